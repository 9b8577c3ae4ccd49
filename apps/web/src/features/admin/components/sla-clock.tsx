import type { DeskTicket } from "@helpline/contracts/desk";
import { formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { formatSpan } from "../lib/duration";
import { useNow } from "../lib/use-now";
import { dueBadge } from "./queue-list";

/** First-response clock from the ticket's promise (`eta`): time left, overdue, or met. */
export function SlaClock({ ticket }: { ticket: DeskTicket }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const now = useNow(15_000);
  let text: string;
  if (ticket.resolvedAt) {
    text = t("admin.sla.resolvedAt", { time: formatWhen(ticket.resolvedAt, locale) });
  } else if (ticket.firstRespondedAt) {
    text = t("admin.sla.answered", { time: formatWhen(ticket.firstRespondedAt, locale) });
  } else {
    const left = Date.parse(ticket.eta) - now;
    const span = formatSpan(left, locale);
    text = left >= 0 ? t("admin.sla.left", { time: span }) : t("admin.sla.overdue", { time: span });
  }
  return (
    <p className="sla-clock">
      <span className="hint">{t("admin.sla.title")}:</span>{" "}
      {ticket.dueState ? (
        <span className={`badge ${dueBadge(ticket.dueState)}`}>{text}</span>
      ) : (
        <span>{text}</span>
      )}
    </p>
  );
}
