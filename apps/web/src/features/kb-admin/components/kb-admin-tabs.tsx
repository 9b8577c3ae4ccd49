import { Link, useLocation } from "wouter";
import type { KbT } from "../../../lib/kb-i18n";

/** Articles | Insights inside the knowledge-base editor. */
export function KbAdminTabs({ t }: { t: KbT }) {
  const [location] = useLocation();
  return (
    <nav className="kb-admin-tabs" aria-label={t("admin.nav")}>
      <Link href="/" aria-current={location === "/" ? "page" : undefined}>
        {t("admin.articles")}
      </Link>
      <Link href="/insights" aria-current={location === "/insights" ? "page" : undefined}>
        {t("admin.insights")}
      </Link>
    </nav>
  );
}
