import { Link } from "wouter";
import { useKbTranslation } from "../../../lib/kb-i18n";

/** On a resolved desk ticket: opens the KB editor on a draft made from it. */
export function ArticleFromTicketLink({ ticketId }: { ticketId: string }) {
  const { t } = useKbTranslation();
  return (
    <Link href={`/kb/from-ticket/${ticketId}`} className="button">
      {t("admin.fromTicket")}
    </Link>
  );
}
