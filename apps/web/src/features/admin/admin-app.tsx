import type { DeskView } from "@helpline/contracts/desk";
import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { Redirect, Route, Switch, useLocation } from "wouter";
import { ErrorState } from "../../components/error-state";
import { Screen } from "../../components/screen";
import { SkeletonList } from "../../components/skeleton";
import { currentLocale, useTranslation } from "../../lib/i18n";
import { useMe } from "../session/api/get-me";
import "./admin.css";
import { AuditScreen } from "./components/audit-screen";
import { BannedWordsScreen } from "./components/banned-words-screen";
import { ConsoleNav } from "./components/console-nav";
import { DeskScreen } from "./components/desk-screen";
import { MacrosScreen } from "./components/macros-screen";
import { NoAccess } from "./components/no-access";
import { ShortcutsHelp } from "./components/shortcuts-help";
import { SlaPoliciesScreen } from "./components/sla-policies-screen";
import { StaffScreen } from "./components/staff-screen";
import { useAdminMessages } from "./lib/admin-i18n";
import { ConsoleContext, type ConsoleState, can } from "./lib/console-context";
import { followDesk } from "./lib/desk-stream";
import { useShortcuts } from "./lib/shortcuts";
import { NotificationSettingsScreen } from "./notification-settings";

const VIEW_KEY = "helpline.console.view";
// The knowledge-base editor (and its Markdown preview) loads only when opened.
const KbAdminApp = lazy(() => import("../kb-admin/components/kb-admin-app"));
// Analytics (issue #8): its own chunk with its own words, fetched when first opened.
const AnalyticsScreen = lazy(() => import("./analytics/analytics-screen"));

/**
 * The staff console at /admin. Lazy-loaded: none of this reaches a customer's first bundle.
 * The API decides what each role may see; this only draws it.
 */
export default function AdminApp() {
  const { t } = useTranslation();
  const me = useMe();
  const messages = useAdminMessages();
  if (me.isPending || !messages) {
    return (
      <Screen title={t("admin.title")}>
        <SkeletonList label={t("app.loading")} />
      </Screen>
    );
  }
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;
  const { user, roles } = me.data;
  const name = [user.firstName, user.lastName].filter(Boolean).join(" ");
  if (roles.length === 0) {
    return (
      <Screen title={t("admin.title")}>
        <p className="notice">{t("admin.notStaff")}</p>
      </Screen>
    );
  }
  return <Console me={{ id: user.id, name }} roles={roles} />;
}

function Console({ me, roles }: Pick<ConsoleState, "me" | "roles">) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [location, navigate] = useLocation();
  const [view, setViewState] = useState<DeskView | null>(
    () => (sessionStorage.getItem(VIEW_KEY) as DeskView | null) || null,
  );
  const [polling, setPolling] = useState(false);
  const [help, setHelp] = useState(false);
  const allowed = can(roles);
  const editsKb = roles.includes("content_editor") || roles.includes("admin");
  const seesAnalytics = allowed.analyse;

  useEffect(() => {
    if (!allowed.workTickets) return;
    const stream = followDesk(
      () => void queryClient.invalidateQueries({ queryKey: ["desk"] }),
      setPolling,
    );
    return () => stream.close();
  }, [allowed.workTickets, queryClient]);

  useShortcuts(
    Object.fromEntries([
      ["?", () => setHelp(true)],
      ["Escape", () => location !== "/" && navigate("/")],
    ]),
  );

  const state = useMemo<ConsoleState>(
    () => ({
      view,
      setView: (next) => {
        setViewState(next);
        if (next) sessionStorage.setItem(VIEW_KEY, next);
        else sessionStorage.removeItem(VIEW_KEY);
      },
      polling,
      roles,
      me,
    }),
    [view, polling, roles, me],
  );
  const ticketOpen = location.startsWith("/tickets/");
  const roleList = new Intl.ListFormat(currentLocale(), { style: "narrow" }).format(
    roles.map((role) => t(`admin.roleNames.${role}`)),
  );

  return (
    <ConsoleContext.Provider value={state}>
      <div className="console" data-pane={ticketOpen ? "ticket" : "list"}>
        <header className="console-header">
          <div>
            <h1>{t("admin.title")}</h1>
            <p className="hint">
              {t("admin.signedInAs", { name: me.name })} · {roleList}
            </p>
          </div>
          <div className="console-header-tools">
            {allowed.workTickets ? (
              <span className={`live-dot${polling ? " live-dot-off" : ""}`}>
                {polling ? t("admin.polling") : t("admin.live")}
              </span>
            ) : null}
            <button type="button" className="button console-help" onClick={() => setHelp(true)}>
              <span aria-hidden="true">?</span>
              <span className="visually-hidden">{t("admin.nav.shortcuts")}</span>
            </button>
          </div>
        </header>
        <ConsoleNav />
        <Switch>
          <Route path="/macros">
            <MacrosScreen />
          </Route>
          <Route path="/banned-words">
            <BannedWordsScreen />
          </Route>
          <Route path="/sla-policies">
            <SlaPoliciesScreen />
          </Route>
          <Route path="/staff">
            <StaffScreen />
          </Route>
          <Route path="/audit">
            <AuditScreen />
          </Route>
          <Route path="/analytics">
            {seesAnalytics ? (
              <Suspense fallback={<SkeletonList label={t("app.loading")} />}>
                <AnalyticsScreen />
              </Suspense>
            ) : (
              <NoAccess message={t("admin.noAnalytics")} />
            )}
          </Route>
          <Route path="/notifications">
            <NotificationSettingsScreen />
          </Route>
          {editsKb ? (
            <Route path="/kb" nest>
              <Suspense fallback={<SkeletonList label={t("app.loading")} />}>
                <KbAdminApp />
              </Suspense>
            </Route>
          ) : null}
          <Route path="/tickets/:id">{(params) => <DeskScreen ticketId={params.id} />}</Route>
          <Route>
            {/* A content editor works no queue: the knowledge base is their desk; an
                analyst's is the dashboard. */}
            {allowed.workTickets ? (
              <DeskScreen ticketId={null} />
            ) : editsKb ? (
              <Redirect to="/kb" />
            ) : seesAnalytics ? (
              <Redirect to="/analytics" />
            ) : (
              <DeskScreen ticketId={null} />
            )}
          </Route>
        </Switch>
        <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
      </div>
    </ConsoleContext.Provider>
  );
}
