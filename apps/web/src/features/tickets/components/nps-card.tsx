import { useState } from "react";
import { formatNumber } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { haptic } from "../../../lib/telegram";
import { useAnswerNps } from "../api/close-the-loop";

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** "How likely are you to recommend us?" — asked at most once every 90 days. */
export function NpsCard({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const answer = useAnswerNps();
  const [done, setDone] = useState(false);
  if (done) return <p className="notice">{t("nps.thanks")}</p>;
  return (
    <fieldset className="nps">
      <legend>{t("nps.question")}</legend>
      <div className="nps-scale">
        {SCORES.map((score) => (
          <button
            key={score}
            type="button"
            className="nps-score"
            disabled={answer.isPending}
            onClick={() =>
              answer.mutate(
                { score, ticketId },
                {
                  onSuccess: () => {
                    haptic.success();
                    setDone(true);
                  },
                  onError: () => setDone(true),
                },
              )
            }
          >
            {formatNumber(score, currentLocale())}
          </button>
        ))}
      </div>
      <div className="nps-ends hint">
        <span>{t("nps.unlikely")}</span>
        <span>{t("nps.likely")}</span>
      </div>
    </fieldset>
  );
}
