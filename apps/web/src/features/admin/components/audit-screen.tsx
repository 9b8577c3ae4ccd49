import { AUDIT_ACTIONS, AUDIT_TARGETS, type AuditEntry } from "@helpline/contracts/audit";
import { useId, useState } from "react";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { type AuditFilters, useAuditLog } from "../api/staff";
import { ToolScreen } from "./tool-screen";

const show = (value: unknown) =>
  value === null || value === undefined ? "" : JSON.stringify(value, null, 1);

/** Day boundaries in the reader's zone, sent as UTC instants. */
const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : "");
const dayEnd = (day: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : "");

/** Admins read who did what, to which ticket or setting, and when. Read only. */
export function AuditScreen() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const id = useId();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  const set = (key: string) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });

  return (
    <ToolScreen title={t("admin.audit.title")}>
      <form
        className="card audit-filters"
        aria-label={t("admin.audit.filters")}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({
            actorId: draft.actorId?.trim(),
            action: draft.action,
            targetType: draft.targetType,
            targetId: draft.targetId?.trim(),
            from: dayStart(draft.from ?? ""),
            to: dayEnd(draft.to ?? ""),
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-actor`}>{t("admin.audit.actor")}</label>
          <input
            id={`${id}-actor`}
            inputMode="numeric"
            pattern="\d*"
            dir="ltr"
            value={draft.actorId ?? ""}
            onChange={set("actorId")}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>{t("admin.audit.action")}</label>
          <select id={`${id}-action`} value={draft.action ?? ""} onChange={set("action")}>
            <option value="" />
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`admin.auditActions.${action.replace(".", "_")}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>{t("admin.audit.targetType")}</label>
          <select id={`${id}-type`} value={draft.targetType ?? ""} onChange={set("targetType")}>
            <option value="" />
            {AUDIT_TARGETS.map((target) => (
              <option key={target} value={target}>
                {t(`admin.auditTargets.${target}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>{t("admin.audit.target")}</label>
          <input
            id={`${id}-target`}
            dir="ltr"
            value={draft.targetId ?? ""}
            onChange={set("targetId")}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t("admin.audit.from")}</label>
          <input id={`${id}-from`} type="date" value={draft.from ?? ""} onChange={set("from")} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t("admin.audit.to")}</label>
          <input id={`${id}-to`} type="date" value={draft.to ?? ""} onChange={set("to")} />
        </div>
        <div className="row">
          <button type="submit" className="button button-primary">
            {t("admin.audit.apply")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft({});
              setFilters({});
            }}
          >
            {t("admin.audit.reset")}
          </button>
        </div>
      </form>
      {log.isPending ? (
        <SkeletonList label={t("app.loading")} />
      ) : log.isError ? (
        <ErrorState onRetry={() => void log.refetch()} />
      ) : (
        <AuditTable
          entries={log.data.pages.flatMap((page) => page.items)}
          locale={locale}
          more={log.hasNextPage}
          loading={log.isFetchingNextPage}
          onMore={() => void log.fetchNextPage()}
        />
      )}
    </ToolScreen>
  );
}

function AuditTable({
  entries,
  locale,
  more,
  loading,
  onMore,
}: {
  entries: AuditEntry[];
  locale: ReturnType<typeof currentLocale>;
  more: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="empty hint">{t("admin.audit.empty")}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="admin-table audit-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.audit.when")}</th>
              <th scope="col">{t("admin.audit.who")}</th>
              <th scope="col">{t("admin.audit.what")}</th>
              <th scope="col">{t("admin.audit.before")}</th>
              <th scope="col">{t("admin.audit.after")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at}>{formatWhen(entry.at, locale)}</time>
                </td>
                <td dir="ltr">{entry.actorId ?? "—"}</td>
                <td>
                  <strong>{t(`admin.auditActions.${entry.action.replace(".", "_")}`)}</strong>{" "}
                  <code dir="ltr">{entry.action}</code>
                  <span className="hint">
                    {" "}
                    · {t(`admin.auditTargets.${entry.targetType}`)}{" "}
                    <span dir="ltr">{entry.targetId}</span>
                  </span>
                  {entry.reason ? (
                    <p className="hint" dir="auto">
                      {entry.reason}
                    </p>
                  ) : null}
                </td>
                <td>
                  <pre dir="ltr">{show(entry.before)}</pre>
                </td>
                <td>
                  <pre dir="ltr">{show(entry.after)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more ? (
        <button type="button" className="button" disabled={loading} onClick={onMore}>
          {t("admin.audit.more")}
        </button>
      ) : null}
    </>
  );
}
