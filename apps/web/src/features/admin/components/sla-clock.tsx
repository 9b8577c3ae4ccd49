import type { DeskTicket } from "@helpline/contracts/desk";
import { formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { useTicketClocks } from "../api/sla-policies";
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

/** The ticket's three SLA clocks (first response, next response, resolution) as they stand. */
export function SlaClocks({ ticketId, version }: { ticketId: string; version: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const clocks = useTicketClocks(ticketId, version);
  if (!clocks.data) return null;
  return (
    <dl className="sla-clocks" aria-label={t("admin.sla.clocks")}>
      {clocks.data.items.map((clock) => (
        <div key={clock.target} className="sla-clocks-row">
          <dt className="hint">{t(`admin.sla.targets.${clock.target}`)}</dt>
          <dd>
            <span className={clock.state === "breached" ? "badge badge-danger" : undefined}>
              {t(`admin.sla.states.${clock.state}`)}
            </span>
            {clock.dueAt && (clock.state === "running" || clock.state === "breached") ? (
              <span> · {t("admin.sla.dueBy", { time: formatWhen(clock.dueAt, locale) })}</span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
