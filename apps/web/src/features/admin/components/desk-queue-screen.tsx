import type { QueueId } from "@helpline/contracts/ticket-values";
import { useState } from "react";
import { Link } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { formatNumber, formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { useDeskQueue } from "../api/get-desk-queue";

export function DeskQueueScreen() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [queue, setQueue] = useState<QueueId | null>(null);
  const desk = useDeskQueue(queue);

  if (desk.isPending) return <SkeletonList label={t("app.loading")} />;
  if (desk.isError) return <ErrorState onRetry={() => void desk.refetch()} />;

  return (
    <section className="desk-queue">
      <div className="field desk-queue-filter">
        <label htmlFor="desk-queue">{t("admin.queueLabel")}</label>
        <select
          id="desk-queue"
          value={queue ?? ""}
          onChange={(event) => setQueue((event.target.value || null) as QueueId | null)}
        >
          <option value="">{t("admin.allQueues")}</option>
          {desk.data.queues.map((id) => (
            <option key={id} value={id}>
              {t(`admin.queues.${id}`)}
            </option>
          ))}
        </select>
      </div>
      {desk.data.items.length === 0 ? (
        <p className="empty hint">{t("admin.empty")}</p>
      ) : (
        <ul className="ticket-list">
          {desk.data.items.map((ticket) => (
            <li key={ticket.id}>
              <Link href={`/tickets/${ticket.id}`} className="ticket-row">
                <div className="ticket-row-top">
                  <span className="ticket-number">
                    #{formatNumber(ticket.number, locale)} · {t(`admin.queues.${ticket.queue}`)}
                  </span>
                  <span
                    className={`badge ${ticket.priority === "critical" || ticket.priority === "high" ? "badge-warning" : "badge-muted"}`}
                  >
                    {t(`admin.priority.${ticket.priority}`)}
                  </span>
                </div>
                <p className="ticket-subject" dir="auto">
                  {ticket.subject}
                </p>
                <p className="hint">
                  {ticket.customer.name} · {t(`admin.status.${ticket.status}`)} ·{" "}
                  {t("admin.waiting", { time: formatWhen(ticket.createdAt, locale) })}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
