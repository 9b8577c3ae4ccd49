import type { Ticket } from "@helpline/contracts/tickets";
import { Link, useLocation } from "wouter";
import { MainAction } from "../../../components/main-action";
import { Screen } from "../../../components/screen";
import { formatDuration, formatNumber, formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { useBackButton } from "../../../lib/telegram";
import { QueueBusyNote } from "./queue-busy-note";

/** "Accepted: ticket #12345. ETA 15 minutes", then the way to the thread. */
export function TicketCreated({
  ticket,
  screenshotFailed = false,
}: {
  ticket: Ticket;
  screenshotFailed?: boolean;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const locale = currentLocale();
  const minutes = Math.max(
    1,
    Math.round((Date.parse(ticket.eta) - Date.parse(ticket.createdAt)) / 60_000),
  );
  useBackButton(() => navigate("/"));
  return (
    <Screen title={t("created.title", { number: formatNumber(ticket.number, locale) })}>
      <div className="created" role="status">
        <div className="created-mark" aria-hidden="true">
          ✓
        </div>
        <p className="created-eta">
          {t("created.eta", { duration: formatDuration(minutes, locale) })}
        </p>
        <p className="hint">{t("created.etaAt", { time: formatWhen(ticket.eta, locale) })}</p>
        <QueueBusyNote ticketId={ticket.id} waiting />
        {screenshotFailed ? (
          <p className="notice notice-error" role="alert">
            {t("created.screenshotFailed")}
          </p>
        ) : null}
        <Link href="/" className="button button-wide">
          {t("created.back")}
        </Link>
      </div>
      <MainAction text={t("created.open")} onClick={() => navigate(`/tickets/${ticket.id}`)} />
    </Screen>
  );
}
