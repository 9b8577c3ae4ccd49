import { Link } from "wouter";
import { Screen } from "../../../components/screen";
import { useKbTranslation } from "../../../lib/kb-i18n";

/** After "this solved it": no request was sent, and the draft is gone. */
export function DeflectionSolved() {
  const { t } = useKbTranslation();
  return (
    <Screen title={t("deflection.solvedTitle")}>
      <div className="created" role="status">
        <div className="created-mark" aria-hidden="true">
          ✓
        </div>
        <p>{t("deflection.solvedBody")}</p>
        <Link href="~/" className="button button-wide">
          {t("deflection.backToList")}
        </Link>
      </div>
    </Screen>
  );
}
