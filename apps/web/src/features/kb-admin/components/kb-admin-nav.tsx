import { Link, useLocation } from "wouter";
import { useKbTranslation } from "../../../lib/kb-i18n";

/** Tickets | Knowledge base, for the people who may edit the knowledge base. */
export function KbAdminNav() {
  const { t } = useKbTranslation();
  const [location] = useLocation();
  const inKb = location === "/kb" || location.startsWith("/kb/");
  return (
    <nav className="admin-nav" aria-label={t("admin.nav")}>
      <Link href="/" aria-current={inKb ? undefined : "page"}>
        {t("admin.tickets")}
      </Link>
      <Link href="/kb" aria-current={inKb ? "page" : undefined}>
        {t("admin.nav")}
      </Link>
    </nav>
  );
}
