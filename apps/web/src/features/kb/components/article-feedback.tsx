import type { Locale } from "@helpline/contracts/locales";
import { useId, useState } from "react";
import { useKbTranslation } from "../../../lib/kb-i18n";
import { haptic } from "../../../lib/telegram";
import { useSendKbFeedback } from "../api/send-kb-feedback";

/** "Was this helpful?": one tap records it; a comment can follow. */
export function ArticleFeedback({ slug, locale }: { slug: string; locale: Locale }) {
  const { t } = useKbTranslation();
  const send = useSendKbFeedback(slug);
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [comment, setComment] = useState("");
  const [done, setDone] = useState(false);
  const commentId = useId();

  const choose = (value: boolean) => {
    haptic.select();
    setHelpful(value);
    send.mutate({ helpful: value, locale });
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
            if (!text) {
              setDone(true);
              return;
            }
            send.mutate(
              { helpful, comment: text, locale },
              {
                onSuccess: () => {
                  haptic.success();
                  setDone(true);
                },
                onError: () => haptic.error(),
              },
            );
          }}
        >
          <p className="hint" role="status">
            {t("helpful.thanks")}
          </p>
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
