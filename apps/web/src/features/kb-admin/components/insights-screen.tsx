import { useState } from "react";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { formatNumber } from "../../../lib/format";
import { type KbT, useKbTranslation } from "../../../lib/kb-i18n";
import { useKbInsights } from "../api/kb-transfer";
import { KbAdminTabs } from "./kb-admin-tabs";

const PERIODS = [7, 30, 90];

/** What customers ask and do not find: the list the FAQ is updated from each week. */
export function InsightsScreen() {
  const { t, locale } = useKbTranslation();
  const [days, setDays] = useState(30);
  const insights = useKbInsights(days);
  return (
    <section className="kb-admin">
      <KbAdminTabs t={t} />
      <div className="segmented kb-admin-periods" role="tablist" aria-label={t("admin.insights")}>
        {PERIODS.map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={days === value}
            className="segment"
            onClick={() => setDays(value)}
          >
            {t("admin.insightsDays", { days: formatNumber(value, locale) })}
          </button>
        ))}
      </div>
      {insights.isPending ? (
        <SkeletonList label={t("admin.insights")} rows={4} />
      ) : insights.isError ? (
        <ErrorState
          message={
            insights.error instanceof ApiError && insights.error.status === 403
              ? t("admin.forbidden")
              : undefined
          }
          onRetry={() => void insights.refetch()}
        />
      ) : (
        <div className="kb-insights">
          <QueryTable
            id="kb-zero"
            title={t("admin.zeroResult")}
            rows={insights.data.zeroResult}
            t={t}
            locale={locale}
          />
          <QueryTable
            id="kb-then-ticket"
            title={t("admin.searchedThenTicket")}
            rows={insights.data.searchedThenTicket}
            t={t}
            locale={locale}
          />
          <section className="card" aria-labelledby="kb-deflection">
            <h2 id="kb-deflection">{t("admin.deflectionTitle")}</h2>
            <dl className="kb-figures">
              <Figure
                label={t("admin.deflectionSessions")}
                value={formatNumber(insights.data.deflection.sessions, locale)}
              />
              <Figure
                label={t("admin.deflectionOpened")}
                value={formatNumber(insights.data.deflection.opened, locale)}
              />
              <Figure
                label={t("admin.deflectionSolved")}
                value={formatNumber(insights.data.deflection.solved, locale)}
              />
              <Figure
                label={t("admin.deflectionShare")}
                value={new Intl.NumberFormat(locale, {
                  style: "percent",
                  maximumFractionDigits: 1,
                }).format(insights.data.deflection.solvedShare)}
              />
            </dl>
          </section>
          <section className="card" aria-labelledby="kb-feedback">
            <h2 id="kb-feedback">{t("admin.feedbackTitle")}</h2>
            <dl className="kb-figures">
              <Figure
                label={t("admin.feedbackHelpful")}
                value={formatNumber(insights.data.feedback.helpful, locale)}
              />
              <Figure
                label={t("admin.feedbackNotHelpful")}
                value={formatNumber(insights.data.feedback.notHelpful, locale)}
              />
            </dl>
          </section>
        </div>
      )}
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="hint">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function QueryTable({
  id,
  title,
  rows,
  t,
  locale,
}: {
  id: string;
  title: string;
  rows: { query: string; locale: string; count: number }[];
  t: KbT;
  locale: Parameters<typeof formatNumber>[1];
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="hint">{t("admin.noQueries")}</p>
      ) : (
        <table className="kb-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.query")}</th>
              <th scope="col">{t("admin.language")}</th>
              <th scope="col">{t("admin.count")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.locale}:${row.query}`}>
                <td dir="auto" lang={row.locale}>
                  {row.query}
                </td>
                <td>{row.locale}</td>
                <td>{formatNumber(row.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
