import { LIMITS } from "@helpline/contracts/ticket-values";
import type { Message } from "@helpline/contracts/tickets";
import { useEffect, useId, useRef, useState } from "react";
import { useLocation } from "wouter";
import { AttachmentImage } from "../../../components/attachment-image";
import { ErrorState } from "../../../components/error-state";
import { LinkedText } from "../../../components/linked-text";
import { Screen } from "../../../components/screen";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { formatNumber, formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { haptic, useBackButton } from "../../../lib/telegram";
import { useMe } from "../../session/api/get-me";
import { useTicket } from "../api/get-ticket";
import { useSendMessage } from "../api/send-message";
import { IMAGE_ACCEPT, imageProblem, useUploadAttachment } from "../api/upload-attachment";
import { EtaLine } from "./eta-line";
import { QueueBusyNote } from "./queue-busy-note";
import { ResolutionCard } from "./resolution-card";
import { StatusBadge } from "./status-badge";
import { StatusTimeline } from "./status-timeline";

function MessageBubble({ message }: { message: Message }) {
  const { t } = useTranslation();
  const pending = message.id.startsWith("pending-");
  const who =
    message.author === "customer"
      ? t("ticket.you")
      : message.author === "agent"
        ? (message.authorName ?? t("ticket.support"))
        : t("ticket.system");
  return (
    <li className={`bubble bubble-${message.author}${pending ? " bubble-pending" : ""}`}>
      <span className="bubble-author">{who}</span>
      {message.attachments.map((attachment) => (
        <AttachmentImage key={attachment.id} attachment={attachment} alt={message.body} />
      ))}
      <p className="bubble-body" dir="auto">
        <LinkedText text={message.body} />
      </p>
      <span className="bubble-time">
        {pending ? t("ticket.sending") : formatWhen(message.createdAt, currentLocale())}
      </span>
    </li>
  );
}

export function TicketThreadScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const ticket = useTicket(id);
  const me = useMe();
  const send = useSendMessage(id);
  const upload = useUploadAttachment(id);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileId = useId();
  const [text, setText] = useState("");
  const [failed, setFailed] = useState<{ body: string; clientId: string } | null>(null);
  const composerId = useId();
  const endRef = useRef<HTMLDivElement>(null);
  useBackButton(() => navigate("/"));

  const count = ticket.data?.messages.length ?? 0;
  useEffect(() => {
    if (count > 0) endRef.current?.scrollIntoView?.({ block: "end" });
  }, [count]);

  const deliver = (payload: { body: string; clientId: string }) => {
    setFailed(null);
    send.mutate(payload, {
      onSuccess: () => haptic.success(),
      onError: () => {
        haptic.error();
        setFailed(payload);
        // Nothing typed is lost: an unsent message goes back into an empty composer.
        setText((current) => (current.trim() === "" ? payload.body : current));
      },
    });
  };

  if (ticket.isPending) {
    return (
      <Screen title={t("app.loading")}>
        <SkeletonList label={t("app.loading")} rows={4} />
      </Screen>
    );
  }
  if (ticket.isError) {
    const missing = ticket.error instanceof ApiError && ticket.error.status === 404;
    return (
      <Screen title={t("nav.myRequests")}>
        <ErrorState
          message={missing ? t("ticket.notFound") : undefined}
          onRetry={missing ? undefined : () => void ticket.refetch()}
        />
      </Screen>
    );
  }

  const data = ticket.data;
  const closed = data.status === "closed";
  const trimmed = text.trim();
  return (
    <Screen title={t("ticket.title", { number: formatNumber(data.number, currentLocale()) })}>
      <div className="thread-head">
        <p className="thread-subject" dir="auto">
          {data.subject}
        </p>
        <StatusBadge status={data.status} />
        <EtaLine ticket={data} />
        <QueueBusyNote
          ticketId={data.id}
          waiting={!data.firstRespondedAt && data.status !== "resolved" && data.status !== "closed"}
        />
        <StatusTimeline events={data.events} />
      </div>
      {data.status === "resolved" || data.status === "closed" ? (
        <ResolutionCard ticket={data} npsDue={me.data?.npsDue ?? false} />
      ) : null}
      <ol className="thread" aria-live="polite">
        {data.messages.map((message) => (
          <MessageBubble key={message.id} message={message} />
        ))}
      </ol>
      <div ref={endRef} className="thread-end" />
      {failed ? (
        <button
          type="button"
          className="notice notice-error notice-button"
          onClick={() => deliver(failed)}
        >
          {t("ticket.failed")}
        </button>
      ) : null}
      {closed ? (
        <p className="notice">{t("ticket.closed")}</p>
      ) : (
        <form
          className="composer"
          onSubmit={(event) => {
            event.preventDefault();
            if (!trimmed) return;
            deliver({ body: trimmed, clientId: crypto.randomUUID() });
            setText("");
          }}
        >
          {failed ? (
            <button
              type="button"
              className="notice notice-error notice-button composer-failed"
              onClick={() => {
                setText((current) => (current === failed.body ? "" : current));
                deliver(failed);
              }}
            >
              {t("ticket.failed")}
            </button>
          ) : null}
          <label htmlFor={fileId} className="button attach-button" aria-busy={upload.isPending}>
            <span aria-hidden="true">📎</span>
            <span className="visually-hidden">
              {upload.isPending ? t("ticket.uploading") : t("ticket.attach")}
            </span>
          </label>
          <input
            id={fileId}
            type="file"
            accept={IMAGE_ACCEPT}
            className="visually-hidden"
            disabled={upload.isPending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (!file) return;
              const problem = imageProblem(file);
              if (problem) {
                setFileError(problem === "type" ? t("ticket.attachType") : t("ticket.attachSize"));
                haptic.error();
                return;
              }
              setFileError(null);
              upload.mutate(
                { file, alt: t("ticket.screenshot") },
                {
                  onSuccess: () => haptic.success(),
                  onError: () => {
                    haptic.error();
                    setFileError(t("errors.generic"));
                  },
                },
              );
            }}
          />
          {fileError ? (
            <p className="notice notice-error composer-failed" role="alert">
              {fileError}
            </p>
          ) : null}
          <label htmlFor={composerId} className="visually-hidden">
            {t("ticket.composerLabel")}
          </label>
          <textarea
            id={composerId}
            dir="auto"
            rows={1}
            value={text}
            maxLength={LIMITS.messageMax}
            placeholder={t("ticket.composerPlaceholder")}
            onChange={(event) => {
              setText(event.target.value);
              growToFit(event.target);
            }}
          />
          <button type="submit" className="button button-primary" disabled={!trimmed}>
            {t("ticket.send")}
          </button>
        </form>
      )}
    </Screen>
  );
}

/** Where CSS `field-sizing` is missing (older iOS webviews), the composer grows by script. */
function growToFit(area: HTMLTextAreaElement) {
  if (CSS.supports("field-sizing", "content")) return;
  area.style.height = "auto";
  area.style.height = `${area.scrollHeight}px`;
}
