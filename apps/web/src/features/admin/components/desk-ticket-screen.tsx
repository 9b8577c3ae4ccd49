import { LIMITS } from "@helpline/contracts/ticket-values";
import { Suspense, useId, useState } from "react";
import { Link, useLocation } from "wouter";
import { AttachmentImage } from "../../../components/attachment-image";
import { ErrorState } from "../../../components/error-state";
import { LinkedText } from "../../../components/linked-text";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { formatNumber, formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { haptic, useBackButton } from "../../../lib/telegram";
import { ArticleFromTicketLink } from "../../kb-admin/components/article-from-ticket-link";
import { useMe } from "../../session/api/get-me";
import { useDeskTicket } from "../api/get-desk-ticket";
import { useSendDeskReply } from "../api/send-desk-reply";

export function DeskTicketScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [, navigate] = useLocation();
  const ticket = useDeskTicket(id);
  const send = useSendDeskReply(id);
  const [text, setText] = useState("");
  const [internal, setInternal] = useState(false);
  const replyId = useId();
  const roles = useMe().data?.roles ?? [];
  useBackButton(() => navigate("/"));

  if (ticket.isPending) return <SkeletonList label={t("app.loading")} rows={4} />;
  if (ticket.isError) {
    const missing = ticket.error instanceof ApiError && ticket.error.status === 404;
    return (
      <ErrorState
        message={missing ? t("ticket.notFound") : undefined}
        onRetry={() => void ticket.refetch()}
      />
    );
  }
  const data = ticket.data;
  const error =
    send.error instanceof ApiError
      ? send.error.code === "network"
        ? t("errors.network")
        : t("errors.generic")
      : null;

  return (
    <article className="desk-ticket">
      <Link href="/" className="desk-back">
        {t("admin.backToQueue")}
      </Link>
      <header className="thread-head">
        <h2>
          #{formatNumber(data.number, locale)} · <span dir="auto">{data.subject}</span>
        </h2>
        <p className="hint">
          {t("admin.customer")}: {data.customer.name}
          {data.customer.username ? ` (@${data.customer.username})` : ""} ·{" "}
          {t(`admin.queues.${data.queue}`)} · {t(`admin.priority.${data.priority}`)} ·{" "}
          {t(`admin.status.${data.status}`)}
        </p>
        {(data.status === "resolved" || data.status === "closed") &&
        (roles.includes("content_editor") || roles.includes("admin")) ? (
          <Suspense fallback={null}>
            <ArticleFromTicketLink ticketId={data.id} />
          </Suspense>
        ) : null}
      </header>
      <ol className="thread">
        {data.messages.map((message) => (
          <li
            key={message.id}
            className={`bubble bubble-${message.author === "customer" ? "agent" : message.author === "agent" ? "customer" : message.author}${message.internal ? " bubble-internal" : ""}`}
          >
            <span className="bubble-author">
              {message.author === "customer"
                ? data.customer.name
                : (message.authorName ?? t("ticket.support"))}
              {message.internal ? ` · ${t("admin.internal")}` : ""}
            </span>
            {message.attachments.map((attachment) => (
              <AttachmentImage key={attachment.id} attachment={attachment} alt={message.body} />
            ))}
            <p className="bubble-body" dir="auto">
              <LinkedText text={message.body} />
            </p>
            <span className="bubble-time">{formatWhen(message.createdAt, locale)}</span>
          </li>
        ))}
      </ol>
      <form
        className="desk-reply"
        onSubmit={(event) => {
          event.preventDefault();
          const body = text.trim();
          if (!body) return;
          send.mutate(
            { body, internal, clientId: crypto.randomUUID() },
            {
              onSuccess: () => {
                haptic.success();
                // Only clear what was sent: the agent may have started the next message already.
                setText((current) => (current.trim() === body ? "" : current));
                setInternal(false);
              },
              onError: () => haptic.error(),
            },
          );
        }}
      >
        <label htmlFor={replyId}>{internal ? t("admin.note") : t("admin.reply")}</label>
        <textarea
          id={replyId}
          dir="auto"
          rows={4}
          value={text}
          maxLength={LIMITS.messageMax}
          onChange={(event) => setText(event.target.value)}
        />
        <label className="chip">
          <input
            type="checkbox"
            checked={internal}
            onChange={(event) => setInternal(event.target.checked)}
          />
          <span>{t("admin.note")}</span>
        </label>
        {internal ? <p className="hint">{t("admin.noteHint")}</p> : null}
        {error ? (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        ) : null}
        <button
          type="submit"
          className="button button-primary"
          disabled={!text.trim() || send.isPending}
        >
          {internal ? t("admin.addNote") : t("admin.send")}
        </button>
      </form>
    </article>
  );
}
