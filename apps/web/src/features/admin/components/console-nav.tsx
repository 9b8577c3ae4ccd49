import type { DeskView } from "@helpline/contracts/desk";
import { Link, useLocation } from "wouter";
import { formatNumber } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { useDeskQueue } from "../api/desk";
import { can, useConsole } from "../lib/console-context";

const VIEW_ORDER: readonly DeskView[] = [
  "l1",
  "l2",
  "vip",
  "security",
  "mine",
  "unassigned",
  "due_soon_or_breached",
];

/** Queue views with their counts, and the tools each role may use. */
export function ConsoleNav() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { view, setView, polling, roles } = useConsole();
  const [location, navigate] = useLocation();
  const allowed = can(roles);
  const queue = useDeskQueue(view, polling, allowed.workTickets);
  const counts = queue.data?.pages[0]?.counts ?? {};
  const views = VIEW_ORDER.filter((id) => id in counts);
  const onDesk = location === "/" || location.startsWith("/tickets/");

  const tools = [
    allowed.supervise && { href: "/macros", label: t("admin.nav.macros") },
    allowed.supervise && { href: "/banned-words", label: t("admin.nav.bannedWords") },
    allowed.supervise && { href: "/sla-policies", label: t("admin.nav.slaPolicies") },
    allowed.administer && { href: "/staff", label: t("admin.nav.staff") },
    allowed.administer && { href: "/audit", label: t("admin.nav.audit") },
    allowed.analyse && { href: "/analytics", label: t("admin.nav.analytics") },
    (roles.includes("content_editor") || roles.includes("admin")) && {
      href: "/kb",
      label: t("admin.nav.knowledgeBase"),
    },
    // The daily digest and weekly report are for supervisors, admins and analysts.
    (allowed.supervise || roles.includes("analyst")) && {
      href: "/notifications",
      label: t("admin.nav.notifications"),
    },
  ].filter((tool): tool is { href: string; label: string } => Boolean(tool));

  const pick = (next: DeskView | null) => {
    setView(next);
    if (!onDesk) navigate("/");
  };

  return (
    <nav className="console-nav" aria-label={t("admin.nav.label")}>
      {allowed.workTickets ? (
        <>
          <h2 className="console-nav-title">{t("admin.nav.views")}</h2>
          <ul>
            <li>
              <button
                type="button"
                className="console-nav-item"
                aria-current={onDesk && view === null ? "true" : undefined}
                onClick={() => pick(null)}
              >
                <span>{t("admin.allQueues")}</span>
              </button>
            </li>
            {views.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="console-nav-item"
                  aria-current={onDesk && view === id ? "true" : undefined}
                  onClick={() => pick(id)}
                >
                  <span>{t(`admin.views.${id}`)}</span>
                  <span
                    className={`count${id === "due_soon_or_breached" && (counts[id] ?? 0) > 0 ? " count-alert" : ""}`}
                    title={t("admin.nav.count", { count: counts[id] ?? 0 })}
                  >
                    {formatNumber(counts[id] ?? 0, locale)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {tools.length > 0 ? (
        <>
          <h2 className="console-nav-title">{t("admin.nav.tools")}</h2>
          <ul>
            {tools.map((tool) => (
              <li key={tool.href}>
                <Link
                  href={tool.href}
                  className="console-nav-item"
                  aria-current={
                    location === tool.href || location.startsWith(`${tool.href}/`)
                      ? "page"
                      : undefined
                  }
                >
                  {tool.label}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </nav>
  );
}
