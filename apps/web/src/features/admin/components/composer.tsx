import type {
  BannedMatch,
  BannedWordsDetails,
  DeskTicketDetail,
  ReplyConflictDetails,
} from "@helpline/contracts/desk";
import { LIMITS } from "@helpline/contracts/ticket-values";
import { useQueryClient } from "@tanstack/react-query";
import { forwardRef, type Ref, useId, useImperativeHandle, useRef, useState } from "react";
import { ApiError } from "../../../lib/api-client";
import { useTranslation } from "../../../lib/i18n";
import { haptic } from "../../../lib/telegram";
import { useApplyMacro, useClarify, useSendDeskReply } from "../api/desk";
import { can, useConsole } from "../lib/console-context";
import { markPhrases, unfilledVariables } from "../lib/draft-checks";
import { ActionError } from "./action-error";
import type { PickedMacro } from "./macro-picker";

export interface ComposerHandle {
  focus(mode: "reply" | "note"): void;
  insert(picked: PickedMacro): void;
}

type Kind = "reply" | "note" | "clarify";

/**
 * Reply, internal note or a request for details. A refused send keeps the draft: a banned phrase
 * is marked in it (a supervisor may send anyway with a reason), and a 409 means someone wrote
 * meanwhile — the thread refreshes and the agent sends again once they have read it.
 */
// forwardRef rather than React 19's ref-as-prop: the app runs on Preact's compat layer, which
// strips `ref` from a function component's props (ADR 010).
export const Composer = forwardRef(function Composer(
  {
    ticket,
    onTyping,
    onMacroShortcut,
  }: {
    ticket: DeskTicketDetail;
    onTyping: () => void;
    /** `/shortcut` then Tab in an empty reply opens the macro search with that shortcut. */
    onMacroShortcut: (query: string) => void;
  },
  ref: Ref<ComposerHandle>,
) {
  const { t } = useTranslation();
  const { roles } = useConsole();
  const queryClient = useQueryClient();
  const replyId = useId();
  const reasonId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState("");
  const [internal, setInternal] = useState(false);
  const [macro, setMacro] = useState<PickedMacro | null>(null);
  const [blocked, setBlocked] = useState<BannedMatch[] | null>(null);
  const [conflict, setConflict] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>(null);
  const send = useSendDeskReply(ticket.id);
  const clarify = useClarify(ticket.id);
  const applyMacro = useApplyMacro(ticket.id);
  const pending = send.isPending || clarify.isPending || applyMacro.isPending;
  const lastSeenMessageId = ticket.messages.at(-1)?.id;

  useImperativeHandle(ref, () => ({
    focus(mode) {
      setInternal(mode === "note");
      textareaRef.current?.focus();
    },
    insert(picked) {
      setInternal(false);
      setMacro(picked);
      setText((current) =>
        current.trim() ? `${current.trimEnd()}\n\n${picked.text}` : picked.text,
      );
      // After the macro dialog has closed and handed focus back, not before.
      setTimeout(() => textareaRef.current?.focus(), 0);
    },
  }));

  const reset = () => {
    setBlocked(null);
    setMissing([]);
    setError(null);
  };

  const submit = (kind: Kind, override = false) => {
    const body = text.trim();
    if (!body || pending) return;
    reset();
    const unfilled = unfilledVariables(body);
    if (unfilled.length > 0 && kind !== "note") {
      setMissing(unfilled);
      return;
    }
    const common = {
      clientId: crypto.randomUUID(),
      lastSeenMessageId,
      ...(override ? { override: { reason: reason.trim() } } : {}),
    };
    const handlers = {
      onSuccess: () => {
        haptic.success();
        setConflict(false);
        setReason("");
        setMacro(null);
        // Only clear what was sent: the agent may have started the next message already.
        setText((current) => (current.trim() === body ? "" : current));
        setInternal(false);
      },
      onError: (failure: Error) => {
        haptic.error();
        if (failure instanceof ApiError && failure.code === "conflict") {
          const details = failure.details as ReplyConflictDetails | undefined;
          setConflict(true);
          if (details?.messages) {
            queryClient.setQueryData<DeskTicketDetail>(["desk", "ticket", ticket.id], (old) =>
              old
                ? {
                    ...old,
                    messages: [
                      ...old.messages,
                      ...details.messages.filter((m) => !old.messages.some((o) => o.id === m.id)),
                    ],
                  }
                : old,
            );
          }
          void queryClient.invalidateQueries({ queryKey: ["desk", "ticket", ticket.id] });
        } else if (failure instanceof ApiError && failure.code === "banned_words") {
          setBlocked((failure.details as BannedWordsDetails | undefined)?.matches ?? []);
        } else if (
          failure instanceof ApiError &&
          (failure.details as { variables?: string[] } | undefined)?.variables?.length
        ) {
          setMissing((failure.details as { variables: string[] }).variables);
        } else {
          setError(failure);
        }
      },
    };
    if (kind === "note") send.mutate({ body, internal: true, ...common }, handlers);
    else if (kind === "clarify") clarify.mutate({ body, ...common }, handlers);
    else if (macro && body === macro.text.trim())
      applyMacro.mutate({ macroId: macro.macro.id, ...common }, handlers);
    else send.mutate({ body, internal: false, ...common }, handlers);
  };

  const kind: Kind = internal ? "note" : "reply";
  const segments = blocked
    ? markPhrases(
        text,
        blocked.map((match) => match.phrase),
      )
    : null;

  return (
    <form
      className={`desk-reply${internal ? " desk-reply-note" : ""}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit(kind);
      }}
    >
      <label htmlFor={replyId}>{internal ? t("admin.note") : t("admin.reply")}</label>
      <textarea
        id={replyId}
        ref={textareaRef}
        dir="auto"
        rows={4}
        value={text}
        maxLength={LIMITS.messageMax}
        aria-invalid={blocked || missing.length > 0 ? true : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (blocked) setBlocked(null);
          if (missing.length) setMissing([]);
          onTyping();
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit(kind);
          }
          if (event.key === "Escape") event.currentTarget.blur();
          const shortcut = /^\/([a-z0-9_-]+)$/i.exec(text.trim());
          if (event.key === "Tab" && !event.shiftKey && shortcut?.[1]) {
            event.preventDefault();
            setText("");
            onMacroShortcut(shortcut[1].toLowerCase());
          }
        }}
      />
      <label className="chip">
        <input
          type="checkbox"
          checked={internal}
          onChange={(event) => setInternal(event.target.checked)}
        />
        <span>{t("admin.note")}</span>
      </label>
      {internal ? (
        <p className="hint">{t("admin.noteHint")}</p>
      ) : (
        <p className="hint desktop-only">{t("admin.composer.slashHint")}</p>
      )}
      {conflict ? (
        <p className="notice notice-warning" role="alert">
          {t("admin.composer.conflict")} {t("admin.composer.draftKept")}
        </p>
      ) : null}
      {missing.length > 0 ? (
        <p className="notice notice-error" role="alert">
          {t("admin.composer.missingVariables", {
            names: missing.map((name) => `{${name}}`).join(", "),
          })}
        </p>
      ) : null}
      {segments ? (
        <div className="notice notice-error" role="alert">
          <p>
            {t("admin.composer.blocked")} {t("admin.composer.draftKept")}
          </p>
          <p className="blocked-draft" dir="auto">
            <span className="visually-hidden">{t("admin.composer.blockedPreview")}: </span>
            {segments.map((segment, index) =>
              segment.hit ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
                <mark key={index}>{segment.text}</mark>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
                <span key={index}>{segment.text}</span>
              ),
            )}
          </p>
          {can(roles).supervise ? (
            <div className="field">
              <label htmlFor={reasonId}>{t("admin.composer.overrideReason")}</label>
              <input
                id={reasonId}
                dir="auto"
                minLength={3}
                maxLength={500}
                value={reason}
                aria-describedby={`${reasonId}-hint`}
                onChange={(event) => setReason(event.target.value)}
              />
              <p className="hint" id={`${reasonId}-hint`}>
                {t("admin.composer.overrideHint")}
              </p>
              <button
                type="button"
                className="button button-danger"
                disabled={reason.trim().length < 3 || pending}
                onClick={() => submit(kind, true)}
              >
                {t("admin.composer.override")}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <ActionError error={error} />
      <div className="row composer-buttons">
        <button type="submit" className="button button-primary" disabled={!text.trim() || pending}>
          {internal ? t("admin.addNote") : t("admin.send")}
        </button>
        {internal ? null : (
          <button
            type="button"
            className="button"
            disabled={!text.trim() || pending}
            onClick={() => submit("clarify")}
            title={t("admin.actions.clarifyHint")}
          >
            {t("admin.actions.clarifySend")}
          </button>
        )}
      </div>
    </form>
  );
});
