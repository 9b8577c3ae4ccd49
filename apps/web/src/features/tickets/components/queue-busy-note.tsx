import { useTranslation } from "../../../lib/i18n";
import { useTicketSla } from "../api/get-ticket-sla";

/**
 * The honest flag: the queue was already behind when the ticket came in, so the ETA is later than
 * the usual target. Shown only while the customer still waits for a first answer.
 */
export function QueueBusyNote({ ticketId, waiting }: { ticketId: string; waiting: boolean }) {
  const { t } = useTranslation();
  const sla = useTicketSla(ticketId, waiting);
  if (!waiting || !sla.data?.queueBreaching) return null;
  if (sla.data.state !== "waiting" && sla.data.state !== "late") return null;
  return (
    <p className="notice" role="status">
      {t("ticket.queueBusy")}
    </p>
  );
}
