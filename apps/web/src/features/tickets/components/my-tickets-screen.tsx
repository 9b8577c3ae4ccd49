import type { StatusGroup } from "@helpline/contracts/tickets";
import { useEffect, useState } from "react";
import { Link, useLocation } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { MainAction } from "../../../components/main-action";
import { Screen } from "../../../components/screen";
import { SkeletonList } from "../../../components/skeleton";
import { warmFormatters } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { haptic } from "../../../lib/telegram";
import { useMe } from "../../session/api/get-me";
import { useTickets } from "../api/get-tickets";
import { TicketRow } from "./ticket-row";

const GROUPS: StatusGroup[] = ["open", "waiting", "resolved"];
// The filter the customer last chose, so coming back from a ticket lands on the same tab.
let lastGroup: StatusGroup = "open";

export function MyTicketsScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [group, setGroupState] = useState<StatusGroup>(() => lastGroup);
  const setGroup = (next: StatusGroup) => {
    lastGroup = next;
    setGroupState(next);
  };
  const tickets = useTickets(group);
  const timeZone = useMe().data?.settings.timeZone ?? undefined;
  // Building the first date formatter costs a slow phone ~100 ms; do it while the list loads.
  useEffect(() => {
    const id = setTimeout(() => warmFormatters(currentLocale()), 0);
    return () => clearTimeout(id);
  }, []);
  const items = tickets.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Screen
      title={t("nav.myRequests")}
      actions={
        <div className="header-actions">
          <button
            type="button"
            className="icon-link"
            aria-label={t("list.refresh")}
            aria-busy={tickets.isRefetching}
            onClick={() => {
              haptic.tap();
              void tickets.refetch();
            }}
          >
            ↻
          </button>
          <Link href="/kb" className="icon-link" aria-label={t("list.help")}>
            ?
          </Link>
          <Link href="/settings" className="icon-link" aria-label={t("settings.open")}>
            ⚙
          </Link>
        </div>
      }
    >
      <div className="segmented" role="tablist" aria-label={t("filters.label")}>
        {GROUPS.map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={group === value}
            className="segment"
            onClick={() => {
              haptic.select();
              setGroup(value);
            }}
          >
            {t(`filters.${value}`)}
          </button>
        ))}
      </div>

      <section role="tabpanel" aria-label={t(`filters.${group}`)}>
        {tickets.isPending ? (
          <SkeletonList label={t("app.loading")} />
        ) : tickets.isError ? (
          <ErrorState onRetry={() => void tickets.refetch()} />
        ) : items.length === 0 ? (
          <div className="empty">
            <h2>{t("list.emptyTitle")}</h2>
            <p className="hint">{t("list.emptyBody")}</p>
            <Link href="/kb">{t("list.browseHelp")}</Link>
          </div>
        ) : (
          <ul className="ticket-list">
            {items.map((ticket) => (
              <TicketRow key={ticket.id} ticket={ticket} timeZone={timeZone} />
            ))}
          </ul>
        )}
        {tickets.hasNextPage ? (
          <button
            type="button"
            className="button button-wide"
            onClick={() => void tickets.fetchNextPage()}
            disabled={tickets.isFetchingNextPage}
          >
            {t("list.loadMore")}
          </button>
        ) : null}
      </section>

      <MainAction text={t("nav.newRequest")} onClick={() => navigate("/new")} />
    </Screen>
  );
}
