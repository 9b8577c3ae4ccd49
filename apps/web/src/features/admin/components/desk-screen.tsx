import { useTranslation } from "../../../lib/i18n";
import { can, useConsole } from "../lib/console-context";
import { QueueList } from "./queue-list";
import { TicketWorkspace } from "./ticket-workspace";

/** The queue in the middle and the open ticket on the right (one of them at a time on a phone). */
export function DeskScreen({ ticketId }: { ticketId: string | null }) {
  const { t } = useTranslation();
  const { roles } = useConsole();
  if (!can(roles).workTickets) {
    return (
      <section className="console-main">
        <p className="notice">{t("admin.notDesk")}</p>
      </section>
    );
  }
  return (
    <>
      <section className="console-list" aria-label={t("admin.list.label")}>
        <QueueList openId={ticketId} />
      </section>
      <section className="console-work" aria-label={t("admin.workspace.pane")}>
        {ticketId ? (
          <TicketWorkspace key={ticketId} id={ticketId} />
        ) : (
          <p className="empty hint console-choose">{t("admin.workspace.choose")}</p>
        )}
      </section>
    </>
  );
}
