import type { Ticket } from "@helpline/contracts/tickets";
import { formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";

/** "Reply expected by 14:30" while the customer waits for a first answer from a person. */
export function EtaLine({ ticket, timeZone }: { ticket: Ticket; timeZone?: string }) {
  const { t } = useTranslation();
  if (ticket.firstRespondedAt || ticket.status === "resolved" || ticket.status === "closed")
    return null;
  const late = Date.parse(ticket.eta) < Date.now();
  return (
    <p className={late ? "eta eta-late" : "eta"}>
      {late
        ? t("list.etaLate")
        : t("list.eta", { time: formatWhen(ticket.eta, currentLocale(), timeZone) })}
    </p>
  );
}
