import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { formatWhen } from "../../../lib/format";
import { useKbTranslation } from "../../../lib/kb-i18n";
import { useKbVersions } from "../api/get-kb-editor-article";

/** Who changed what and when, newest first. */
export function VersionHistory({ slug }: { slug: string }) {
  const { t, locale } = useKbTranslation();
  const versions = useKbVersions(slug);
  return (
    <section className="card kb-history" aria-labelledby="kb-history">
      <h2 id="kb-history">{t("admin.history")}</h2>
      {versions.isPending ? (
        <SkeletonList label={t("admin.history")} rows={2} />
      ) : versions.isError ? (
        <ErrorState onRetry={() => void versions.refetch()} />
      ) : versions.data.items.length === 0 ? (
        <p className="hint">{t("admin.historyEmpty")}</p>
      ) : (
        <ol className="kb-history-list">
          {versions.data.items.map((version) => (
            <li key={version.id}>
              <span className="kb-history-action">{t(`admin.actions.${version.action}`)}</span>{" "}
              <span className="hint">
                {t("admin.by", { name: version.editorName ?? t("admin.someone") })} ·{" "}
                <time dateTime={version.createdAt}>{formatWhen(version.createdAt, locale)}</time>
              </span>
              {version.changed.length > 0 ? (
                <p className="hint" dir="ltr">
                  {t("admin.changed", { fields: version.changed.join(", ") })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
