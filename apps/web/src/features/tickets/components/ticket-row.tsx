import type { Ticket } from "@helpline/contracts/tickets";
import { Link } from "wouter";
import { formatNumber, formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { EtaLine } from "./eta-line";
import { StatusBadge } from "./status-badge";

export function TicketRow({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <li>
      <Link href={`/tickets/${ticket.id}`} className="ticket-row">
        <div className="ticket-row-top">
          <span className="ticket-number">
            #{formatNumber(ticket.number, locale)}
            {ticket.unread ? <span className="unread">{t("list.unread")}</span> : null}
          </span>
          <StatusBadge status={ticket.status} />
        </div>
        <p className="ticket-subject" dir="auto">
          {ticket.subject}
        </p>
        <EtaLine ticket={ticket} />
        <p className="hint">
          {t("list.updated", { time: formatWhen(ticket.lastActivityAt, locale) })}
        </p>
      </Link>
    </li>
  );
}
