import type { TicketEvent } from "@helpline/contracts/tickets";
import { formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";

/** "Accepted → In progress → Waiting for you → Resolved", with when each step happened. */
export function StatusTimeline({ events }: { events: TicketEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return null;
  return (
    <ol className="timeline" aria-label={t("ticket.timeline")}>
      {events.map((event, index) => (
        <li
          key={`${event.at}-${event.status}`}
          aria-current={index === events.length - 1 ? "step" : undefined}
        >
          <span className="timeline-status">{t(`status.${event.status}`)}</span>
          <span className="timeline-time">{formatWhen(event.at, currentLocale())}</span>
        </li>
      ))}
    </ol>
  );
}
