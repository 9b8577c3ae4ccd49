import type { Ticket } from "@helpline/contracts/tickets";
import { Link } from "wouter";
import { formatNumber, formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { EtaLine } from "./eta-line";
import { StatusBadge } from "./status-badge";

/** One request in My requests; times in the customer's chosen time zone (device zone until known). */
export function TicketRow({ ticket, timeZone }: { ticket: Ticket; timeZone?: string }) {
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
        <EtaLine ticket={ticket} timeZone={timeZone} />
        <p className="hint">
          {t("list.updated", { time: formatWhen(ticket.lastActivityAt, locale, timeZone) })}
        </p>
      </Link>
    </li>
  );
}
