import { useTranslation } from "react-i18next";
import { ErrorState } from "../../components/error-state";
import { Screen } from "../../components/screen";
import { SkeletonList } from "../../components/skeleton";
import { useMe } from "../session/api/get-me";

/**
 * The staff console. Lazy-loaded: none of this reaches a customer's first bundle. It shows who
 * is signed in and with which roles; the queues and the ticket workspace build on it.
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
  return (
    <Screen title={t("admin.title")}>
      <section className="card admin">
        <p>
          {t("admin.signedInAs", {
            name: [user.firstName, user.lastName].filter(Boolean).join(" "),
          })}
        </p>
        {roles.length === 0 ? (
          <p className="notice">{t("admin.notStaff")}</p>
        ) : (
          <>
            <h2>{t("admin.roles")}</h2>
            <ul className="role-list">
              {roles.map((role) => (
                <li key={role} className="badge badge-info">
                  {role}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </Screen>
  );
}
