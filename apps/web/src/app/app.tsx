import { isLocale } from "@helpline/contracts/locales";
import { lazy, Suspense, useEffect, useState } from "react";
import { Link, Route, Switch, useLocation } from "wouter";
import { SkeletonList } from "../components/skeleton";
import { useMe } from "../features/session/api/get-me";
import { OutsideTelegram } from "../features/session/components/outside-telegram";
import { SessionProblem } from "../features/session/components/session-problem";
import { MyTicketsScreen } from "../features/tickets/components/my-tickets-screen";
import { type ApiError, onAuthError } from "../lib/api-client";
import { setLocale, useTranslation } from "../lib/i18n";
import { isDemo, launchState } from "../lib/telegram";
import { StartParamRedirect } from "./start-param";

// The console is its own chunk: a customer's phone never downloads it.
const AdminApp = lazy(() => import("../features/admin/admin-app"));
const SettingsScreen = lazy(() =>
  import("../features/settings/components/settings-screen").then((module) => ({
    default: module.SettingsScreen,
  })),
);
// The thread (stream, composer, rating) is fetched after My requests has painted; see below.
const loadThread = () => import("../features/tickets/components/ticket-thread-screen");
const TicketThreadScreen = lazy(() =>
  loadThread().then((module) => ({ default: module.TicketThreadScreen })),
);
const KbApp = lazy(() => import("../features/kb/components/kb-app"));
// The form carries the zod schemas; My requests paints without waiting for them.
const NewTicketScreen = lazy(() =>
  import("../features/tickets/components/new-ticket-screen").then((module) => ({
    default: module.NewTicketScreen,
  })),
);

/**
 * Inner screens go back with Telegram's BackButton. The demo door has no Telegram client to draw
 * it, so there the page shows its own.
 */
function DemoBackLink() {
  const { t } = useTranslation();
  const [location] = useLocation();
  if (!isDemo() || location === "/" || location.startsWith("/admin")) return null;
  return (
    <Link href="/" className="demo-back">
      {t("nav.back")}
    </Link>
  );
}

/**
 * Follows the language saved in Settings once the profile arrives. Its own component, so the
 * profile's arrival re-renders nothing else.
 */
function SavedLanguage() {
  const language = useMe().data?.settings.language;
  useEffect(() => {
    if (isLocale(language)) void setLocale(language);
  }, [language]);
  return null;
}

function SignedInApp() {
  const { t } = useTranslation();
  // A tap on a ticket should not wait for the network: fetch the thread's code once idle.
  useEffect(() => {
    const id = setTimeout(() => void loadThread(), 1500);
    return () => clearTimeout(id);
  }, []);

  return (
    <>
      <SavedLanguage />
      <StartParamRedirect />
      <DemoBackLink />
      <Switch>
        <Route path="/" component={MyTicketsScreen} />
        <Route path="/new">
          {() => (
            <Suspense fallback={<SkeletonList label={t("app.loading")} rows={4} />}>
              <NewTicketScreen
                initialTopic={new URLSearchParams(window.location.search).get("topic") ?? undefined}
              />
            </Suspense>
          )}
        </Route>
        <Route path="/settings">
          <Suspense fallback={<SkeletonList label={t("app.loading")} rows={4} />}>
            <SettingsScreen />
          </Suspense>
        </Route>
        <Route path="/tickets/:id">
          {(params) => (
            <Suspense fallback={<SkeletonList label={t("app.loading")} rows={4} />}>
              <TicketThreadScreen id={params.id} />
            </Suspense>
          )}
        </Route>
        <Route path="/kb" nest>
          <Suspense fallback={<SkeletonList label={t("app.loading")} rows={4} />}>
            <KbApp />
          </Suspense>
        </Route>
        <Route path="/admin" nest>
          <Suspense fallback={<SkeletonList label={t("app.loading")} />}>
            <AdminApp />
          </Suspense>
        </Route>
        <Route component={MyTicketsScreen} />
      </Switch>
    </>
  );
}

export function App() {
  const [authError, setAuthError] = useState<ApiError | null>(null);
  useEffect(() => onAuthError(setAuthError), []);
  if (launchState().kind === "outside") return <OutsideTelegram />;
  if (authError) return <SessionProblem reason={authError.reason} />;
  return <SignedInApp />;
}
