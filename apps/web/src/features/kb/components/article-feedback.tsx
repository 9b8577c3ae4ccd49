import type { KbFeedbackInput } from "@helpline/contracts/kb";
import type { Locale } from "@helpline/contracts/locales";
import { useEffect, useId, useRef, useState } from "react";
import { useKbTranslation } from "../../../lib/kb-i18n";
import { haptic } from "../../../lib/telegram";
import { sendKbFeedback, useSendKbFeedback } from "../api/send-kb-feedback";

/**
 * "Was this helpful?": a tap chooses, a comment may follow. Each POST counts as one vote, so the
 * vote is sent once: with the comment, or on its own when the reader moves on without one.
 */
export function ArticleFeedback({ slug, locale }: { slug: string; locale: Locale }) {
  const { t } = useKbTranslation();
  const send = useSendKbFeedback(slug);
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [comment, setComment] = useState("");
  const [done, setDone] = useState(false);
  const commentId = useId();
  // The vote not sent yet; sent when the reader leaves the article or the app without a comment.
  const pending = useRef<KbFeedbackInput | null>(null);

  useEffect(() => {
    const flush = () => {
      const vote = pending.current;
      pending.current = null;
      if (vote) void sendKbFeedback(slug, vote).catch(() => {});
    };
    const onHide = () => {
      if (document.visibilityState === "hidden") flush();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      flush();
    };
  }, [slug]);

  const choose = (value: boolean) => {
    haptic.select();
    setHelpful(value);
    pending.current = { helpful: value, locale };
  };

  if (done) {
    return (
      <section className="card kb-feedback">
        <p role="status">{t("helpful.thanks")}</p>
      </section>
    );
  }
  return (
    <section className="card kb-feedback">
      <fieldset>
        <legend>{t("helpful.question")}</legend>
        <button
          type="button"
          className="button"
          aria-pressed={helpful === true}
          onClick={() => choose(true)}
        >
          {t("helpful.yes")}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={helpful === false}
          onClick={() => choose(false)}
        >
          {t("helpful.no")}
        </button>
      </fieldset>
      {helpful !== null ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const text = comment.trim();
            pending.current = null;
            send.mutate(
              { helpful, locale, ...(text ? { comment: text } : {}) },
              {
                onSuccess: () => {
                  haptic.success();
                  setDone(true);
                },
                onError: () => {
                  haptic.error();
                  pending.current = { helpful, locale };
                },
              },
            );
          }}
        >
          <label htmlFor={commentId}>
            {helpful ? t("helpful.commentLabelYes") : t("helpful.commentLabel")}
          </label>
          <textarea
            id={commentId}
            dir="auto"
            rows={3}
            maxLength={1000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          {send.isError ? (
            <p className="field-error" role="alert">
              {t("errors.generic", { ns: "translation" })}
            </p>
          ) : null}
          <button type="submit" className="button kb-feedback-send" disabled={send.isPending}>
            {t("helpful.send")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
