import type { TicketDetail } from "@helpline/contracts/tickets";
import { useEffect, useId, useState } from "react";
import { formatNumber } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { haptic } from "../../../lib/telegram";
import { useRateTicket, useReopenTicket } from "../api/close-the-loop";
import { NpsCard } from "./nps-card";

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * What a customer sees when the desk says it is done: what was done, what to do next, a 1–5
 * rating, and "this did not help", which reopens the ticket with its history.
 */
export function ResolutionCard({ ticket, npsDue }: { ticket: TicketDetail; npsDue: boolean }) {
  const { t } = useTranslation();
  const rate = useRateTicket(ticket.id);
  const reopen = useReopenTicket(ticket.id);
  const [score, setScore] = useState<number | null>(ticket.csatScore);
  const [comment, setComment] = useState("");
  const [reason, setReason] = useState("");
  const [askReason, setAskReason] = useState(false);
  const ids = { comment: useId(), reason: useId(), stars: useId() };
  const rated = ticket.csatScore !== null;
  // Once asked, the NPS question stays (with its thanks) even after the answer clears npsDue.
  const [npsShown, setNpsShown] = useState(false);
  useEffect(() => {
    if (rated && npsDue) setNpsShown(true);
  }, [rated, npsDue]);

  return (
    <section className="card resolution" aria-labelledby={`${ids.stars}-title`}>
      <h2 id={`${ids.stars}-title`}>{t("resolution.title")}</h2>
      {ticket.resolutionSummary ? (
        <p dir="auto" className="resolution-summary">
          {ticket.resolutionSummary}
        </p>
      ) : null}
      {ticket.nextSteps.length > 0 ? (
        <>
          <h3>{t("resolution.nextSteps")}</h3>
          <ol className="next-steps">
            {ticket.nextSteps.map((step) => (
              <li key={step} dir="auto">
                {step}
              </li>
            ))}
          </ol>
        </>
      ) : null}

      {rated ? (
        <p className="notice">
          {t("resolution.thanks", { score: formatNumber(ticket.csatScore ?? 0, currentLocale()) })}
        </p>
      ) : (
        <form
          className="rating"
          onSubmit={(event) => {
            event.preventDefault();
            if (score === null) return;
            rate.mutate(
              { score, comment: comment.trim() || undefined },
              { onSuccess: () => haptic.success(), onError: () => haptic.error() },
            );
          }}
        >
          <fieldset className="stars">
            <legend>{t("resolution.rate")}</legend>
            {STARS.map((value) => (
              <label key={value} className="star" data-on={score !== null && value <= score}>
                <input
                  type="radio"
                  name="csat"
                  value={value}
                  checked={score === value}
                  onChange={() => {
                    haptic.select();
                    setScore(value);
                  }}
                />
                <span aria-hidden="true">★</span>
                <span className="visually-hidden">
                  {t("resolution.stars", {
                    count: value,
                    formatted: formatNumber(value, currentLocale()),
                  })}
                </span>
              </label>
            ))}
          </fieldset>
          {score !== null ? (
            <div className="field">
              <label htmlFor={ids.comment}>{t("resolution.comment")}</label>
              <textarea
                id={ids.comment}
                dir="auto"
                rows={2}
                maxLength={1000}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
              />
              <button type="submit" className="button button-primary" disabled={rate.isPending}>
                {t("resolution.send")}
              </button>
            </div>
          ) : null}
          {rate.isError ? (
            <p className="notice notice-error" role="alert">
              {t("errors.generic")}
            </p>
          ) : null}
        </form>
      )}

      {npsShown ? <NpsCard ticketId={ticket.id} /> : null}

      {ticket.status === "resolved" ? (
        askReason ? (
          <form
            className="field"
            onSubmit={(event) => {
              event.preventDefault();
              reopen.mutate(
                { reason: reason.trim() || undefined },
                { onSuccess: () => haptic.success(), onError: () => haptic.error() },
              );
            }}
          >
            <label htmlFor={ids.reason}>{t("resolution.reason")}</label>
            <textarea
              id={ids.reason}
              dir="auto"
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            <button type="submit" className="button" disabled={reopen.isPending}>
              {t("resolution.reopen")}
            </button>
            {reopen.isError ? (
              <p className="notice notice-error" role="alert">
                {t("errors.generic")}
              </p>
            ) : null}
          </form>
        ) : (
          <button type="button" className="button" onClick={() => setAskReason(true)}>
            {t("resolution.notHelped")}
          </button>
        )
      ) : null}
    </section>
  );
}
