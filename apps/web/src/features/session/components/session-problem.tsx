import { useTranslation } from "../../../lib/i18n";
import { isDemo } from "../../../lib/telegram";

/** Shown when the API refuses the session: expired launch data, or data it cannot verify. */
export function SessionProblem({ reason }: { reason: string | undefined }) {
  const { t } = useTranslation();
  const expired = reason === "expired";
  return (
    <main className="screen screen-center" role="alert">
      <h1>{expired ? t("session.expiredTitle") : t("session.invalidTitle")}</h1>
      <p className="hint">{expired ? t("session.expiredBody") : t("session.invalidBody")}</p>
      {isDemo() ? (
        <a
          className="button button-primary button-wide"
          href="/"
          onClick={() => {
            sessionStorage.clear();
          }}
        >
          {t("session.newDemo")}
        </a>
      ) : null}
    </main>
  );
}
