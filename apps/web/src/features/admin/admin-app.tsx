import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { ErrorState } from "../../components/error-state";
import { Screen } from "../../components/screen";
import { SkeletonList } from "../../components/skeleton";
import { currentLocale, useTranslation } from "../../lib/i18n";
import { KbAdminNav } from "../kb-admin/components/kb-admin-nav";
import { useMe } from "../session/api/get-me";
import { DeskQueueScreen } from "./components/desk-queue-screen";
import { DeskTicketScreen } from "./components/desk-ticket-screen";

// The knowledge-base editor (and its Markdown preview) loads only when opened.
const KbAdminApp = lazy(() => import("../kb-admin/components/kb-admin-app"));

/**
 * The staff console at /admin. Lazy-loaded: none of this reaches a customer's first bundle.
 * The API decides what each role may see; this only draws it.
 */
export default function AdminApp() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) {
    return (
      <Screen title={t("admin.title")}>
        <SkeletonList label={t("app.loading")} />
      </Screen>
    );
  }
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;
  const { user, roles } = me.data;
  const name = [user.firstName, user.lastName].filter(Boolean).join(" ");
  const editsKb = roles.includes("content_editor") || roles.includes("admin");
  return (
    <main className="screen screen-wide">
      <header className="screen-header">
        <h1>{t("admin.title")}</h1>
        <p className="hint">
          {t("admin.signedInAs", { name })}
          {roles.length > 0
            ? ` · ${new Intl.ListFormat(currentLocale(), { style: "narrow" }).format(
                roles.map((role) => t(`admin.roleNames.${role}`)),
              )}`
            : ""}
        </p>
      </header>
      {editsKb ? (
        <Suspense fallback={null}>
          <KbAdminNav />
        </Suspense>
      ) : null}
      {roles.length === 0 ? (
        <p className="notice">{t("admin.notStaff")}</p>
      ) : (
        <Switch>
          {editsKb ? (
            <Route path="/kb" nest>
              <Suspense fallback={<SkeletonList label={t("app.loading")} />}>
                <KbAdminApp />
              </Suspense>
            </Route>
          ) : null}
          <Route path="/tickets/:id">{(params) => <DeskTicketScreen id={params.id} />}</Route>
          <Route>
            <DeskQueueScreen />
          </Route>
        </Switch>
      )}
    </main>
  );
}
