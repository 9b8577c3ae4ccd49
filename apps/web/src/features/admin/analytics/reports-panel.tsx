import type { WeeklyReport } from "@helpline/contracts/analytics";
import { useId, useState } from "react";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { formatNumber } from "../../../lib/format";
import { can, useConsole } from "../lib/console-context";
import {
  downloadExport,
  type Filters,
  useRetention,
  useSaveRetention,
  useSubscribe,
  useWeeklyReports,
} from "./analytics-api";
import { useAnalyticsTranslation } from "./analytics-i18n";
import { useTopicName } from "./topic-names";

/** Weekly reports and the opt-in; export (supervisors, admins); retention (admins change it). */
export function ReportsPanel({ filters }: { filters: Filters }) {
  const { roles } = useConsole();
  const allowed = can(roles);
  return (
    <>
      <WeeklyReports />
      {allowed.supervise ? <ExportCard filters={filters} /> : null}
      <RetentionCard editable={allowed.administer} />
    </>
  );
}

function WeeklyReports() {
  const { t, locale } = useAnalyticsTranslation();
  const topicName = useTopicName();
  const reports = useWeeklyReports();
  const subscribe = useSubscribe();
  const id = useId();
  if (reports.isError) return <ErrorState message={t("error")} onRetry={() => reports.refetch()} />;
  if (!reports.data) return <SkeletonList label="…" />;
  const show = (value: number | null) => (value === null ? t("none") : formatNumber(value, locale));
  const rows = (r: WeeklyReport["current"]) =>
    [
      [t("weekly.created"), r.created],
      [t("weekly.resolved"), r.resolved],
      [t("weekly.frtP50"), r.frtP50Minutes],
      [t("weekly.frtP90"), r.frtP90Minutes],
      [t("weekly.csat"), r.csatAverage],
    ] as const;
  return (
    <section className="card analytics-card" aria-labelledby={`${id}-title`}>
      <header className="analytics-card-header">
        <h3 id={`${id}-title`}>{t("weekly.title")}</h3>
        <label className="analytics-check">
          <input
            type="checkbox"
            checked={reports.data.subscribed}
            disabled={subscribe.isPending}
            onChange={(event) => subscribe.mutate(event.target.checked)}
          />
          {t("weekly.subscribe")}
        </label>
      </header>
      {reports.data.items.length === 0 ? <p className="hint">{t("weekly.none")}</p> : null}
      {reports.data.items.map((report) => (
        <article key={report.id} className="analytics-report">
          <h4 dir="ltr">{t("weekly.period", { from: report.from, to: report.to })}</h4>
          <table className="analytics-table">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{t("weekly.thisWeek")}</th>
                <th scope="col">{t("weekly.previousWeek")}</th>
              </tr>
            </thead>
            <tbody>
              {rows(report.current).map(([label, value], i) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{show(value)}</td>
                  <td>{show(rows(report.previous)[i]?.[1] ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h5>{t("weekly.topReasons")}</h5>
          <ul>
            {report.current.topReasons.map((r) => (
              <li key={r.name}>
                {r.name}: {formatNumber(r.count, locale)}
              </li>
            ))}
          </ul>
          <h5>{t("weekly.worstServed")}</h5>
          <ul>
            {report.worstServed.map((w) => (
              <li key={w.topicId}>
                {topicName(w.topicId)}: {t("weekly.frtP50")} {show(w.frtP50Minutes)} ·{" "}
                {t("weekly.csat")} {show(w.csatAverage)}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}

function ExportCard({ filters }: { filters: Filters }) {
  const { t } = useAnalyticsTranslation();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = (kind: "tickets" | "conversations", format: "csv" | "xlsx") => {
    setBusy(true);
    setFailed(false);
    downloadExport(filters, kind, format)
      .catch(() => setFailed(true))
      .finally(() => setBusy(false));
  };
  return (
    <section className="card analytics-card">
      <h3>{t("export.title")}</h3>
      <p className="hint">{t("export.hint")}</p>
      <div className="analytics-card-tools">
        {(["tickets", "conversations"] as const).flatMap((kind) =>
          (["csv", "xlsx"] as const).map((format) => (
            <button
              key={`${kind}-${format}`}
              type="button"
              className="button"
              disabled={busy}
              onClick={() => run(kind, format)}
            >
              {t(`export.${kind}`)} · {t(`export.${format}`)}
            </button>
          )),
        )}
      </div>
      {failed ? (
        <p role="alert" className="error">
          {t("export.failed")}
        </p>
      ) : null}
    </section>
  );
}

function RetentionCard({ editable }: { editable: boolean }) {
  const { t, locale } = useAnalyticsTranslation();
  const retention = useRetention();
  const save = useSaveRetention();
  const [days, setDays] = useState<string | null>(null);
  const id = useId();
  if (!retention.data) return null;
  const value = days ?? String(retention.data.retentionDays);
  return (
    <section className="card analytics-card">
      <h3>{t("retention.title")}</h3>
      <p className="hint">{t("retention.hint")}</p>
      {editable ? (
        <form
          className="analytics-retention"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(Number(value));
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-days`}>{t("retention.days")}</label>
            <input
              id={`${id}-days`}
              type="number"
              min={30}
              max={3650}
              dir="ltr"
              value={value}
              onChange={(event) => setDays(event.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t("retention.save")}
          </button>
          {save.isSuccess ? <span role="status">{t("retention.saved")}</span> : null}
        </form>
      ) : (
        <p>
          {t("retention.days")}: {formatNumber(retention.data.retentionDays, locale)}
        </p>
      )}
    </section>
  );
}
