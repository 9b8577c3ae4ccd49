import type { TicketStatus } from "@helpline/contracts/tickets";
import { useTranslation } from "../../../lib/i18n";

const TONE: Record<TicketStatus, string> = {
  new: "info",
  open: "info",
  reopened: "info",
  waiting_customer: "warning",
  resolved: "success",
  closed: "muted",
};

export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${TONE[status]}`}>{t(`status.${status}`)}</span>;
}
