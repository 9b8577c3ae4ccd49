import type { DeskTicket } from "@helpline/contracts/desk";
import { useEffect, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { formatNumber } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { useDeskQueue } from "../api/desk";
import { useConsole } from "../lib/console-context";
import { formatSpan } from "../lib/duration";
import { useShortcuts } from "../lib/shortcuts";
import { useNow } from "../lib/use-now";

export const priorityBadge = (priority: DeskTicket["priority"]) =>
  priority === "critical" ? "badge-danger" : priority === "high" ? "badge-warning" : "badge-muted";

export const dueBadge = (state: DeskTicket["dueState"]) =>
  state === "breached" ? "badge-danger" : state === "due_soon" ? "badge-warning" : "badge-success";

/** The queue, in the API's priority order; j/k move, Enter or o opens. */
export function QueueList({ openId }: { openId: string | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { view, polling } = useConsole();
  const [, navigate] = useLocation();
  const queue = useDeskQueue(view, polling);
  const now = useNow();
  const items = queue.data?.pages.flatMap((page) => page.items) ?? [];
  const [selected, setSelected] = useState<string | null>(openId);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (openId) setSelected(openId);
  }, [openId]);

  const move = (step: number) => {
    if (items.length === 0) return;
    const index = items.findIndex((item) => item.id === selected);
    const next = items[Math.min(items.length - 1, Math.max(0, index === -1 ? 0 : index + step))];
    if (!next) return;
    setSelected(next.id);
    const row = listRef.current?.querySelector<HTMLElement>(`[data-id="${next.id}"]`);
    row?.focus();
  };
  const open = () => {
    const id = selected ?? items[0]?.id;
    if (id) navigate(`/tickets/${id}`);
  };
  useShortcuts({ j: () => move(1), k: () => move(-1), Enter: open, o: open });

  if (queue.isPending) return <SkeletonList label={t("app.loading")} />;
  if (queue.isError) return <ErrorState onRetry={() => void queue.refetch()} />;
  if (items.length === 0) return <p className="empty hint">{t("admin.empty")}</p>;

  return (
    <>
      <ol className="queue" ref={listRef}>
        {items.map((ticket) => (
          <li key={ticket.id}>
            <Link
              href={`/tickets/${ticket.id}`}
              data-id={ticket.id}
              className="queue-row"
              aria-current={ticket.id === openId ? "page" : undefined}
              data-selected={ticket.id === selected ? "true" : undefined}
              onFocus={() => setSelected(ticket.id)}
            >
              <span className="queue-row-top">
                <span className={`badge ${priorityBadge(ticket.priority)}`}>
                  {t(`admin.priority.${ticket.priority}`)}
                </span>
                {ticket.vip ? <span className="badge badge-vip">{t("admin.list.vip")}</span> : null}
                <span className="ticket-number">#{formatNumber(ticket.number, locale)}</span>
                {ticket.dueState ? (
                  <span className={`badge ${dueBadge(ticket.dueState)} queue-due`}>
                    {t(`admin.due.${ticket.dueState}`)}
                  </span>
                ) : null}
              </span>
              <span className="queue-subject" dir="auto">
                {ticket.subject}
              </span>
              <span className="hint queue-meta">
                <span dir="auto">{ticket.customer.name}</span>
                <span>
                  {t("admin.list.waiting", {
                    time: formatSpan(now - Date.parse(ticket.createdAt), locale),
                  })}
                </span>
                <span>
                  {ticket.assignee
                    ? t("admin.list.assignee", { name: ticket.assignee.name })
                    : t("admin.list.unassigned")}
                </span>
                <span>{t(`admin.status.${ticket.status}`)}</span>
              </span>
              {ticket.tags.length > 0 ? (
                <span className="tags">
                  <span className="visually-hidden">{t("admin.list.tags")}:</span>
                  {ticket.tags.map((tag) => (
                    <span key={tag} className="tag" dir="auto">
                      {tag}
                    </span>
                  ))}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ol>
      {queue.hasNextPage ? (
        <button
          type="button"
          className="button"
          disabled={queue.isFetchingNextPage}
          onClick={() => void queue.fetchNextPage()}
        >
          {t("admin.loadMore")}
        </button>
      ) : null}
    </>
  );
}
