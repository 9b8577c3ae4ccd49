import {
  ANALYTICS_SECTIONS,
  ANALYTICS_TARGETS,
  type AnalyticsSection,
  type EfficiencyFigures,
  type ProductFigures,
  type QualityFigures,
  type RiskFigures,
  type SlaFigures,
  type VolumeFigures,
} from "@helpline/contracts/analytics";
import { LOCALES } from "@helpline/contracts/locales";
import { QUEUE_IDS } from "@helpline/contracts/ticket-values";
import { Suspense, useId, useState } from "react";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { formatDay, formatNumber } from "../../../lib/format";
import { useTranslation } from "../../../lib/i18n";
import { NoAccessNotice } from "../components/no-access";
import { ToolScreen } from "../components/tool-screen";
import { can, useConsole } from "../lib/console-context";
import { type Filters, useSection } from "./analytics-api";
import { useAnalyticsTranslation } from "./analytics-i18n";
import { type Cell, ChartCard } from "./chart-card";
import { ReportsPanel } from "./reports-panel";
import { useTopicName } from "./topic-names";
import "./analytics.css";

const DAY = 86_400_000;
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
const localDay = (at: number, tz: string) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(at));

function defaultFilters(): Filters {
  const tz = viewerZone();
  return { tz, from: localDay(Date.now() - 27 * DAY, tz), to: localDay(Date.now(), tz) };
}

type Tab = AnalyticsSection | "reports";

/** The analytics dashboard: analysts, supervisors and admins. Lazily loaded with its words. */
export default function AnalyticsScreen() {
  return (
    <Suspense fallback={<SkeletonList label="…" />}>
      <Dashboard />
    </Suspense>
  );
}

function Dashboard() {
  const { t } = useAnalyticsTranslation();
  const queueName = useQueueName();
  const id = useId();
  const [filters, setFilters] = useState<Filters>(defaultFilters);
  const [draft, setDraft] = useState<Filters>(filters);
  const [tab, setTab] = useState<Tab>("sla");
  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: event.target.value });

  return (
    <ToolScreen title={t("title")}>
      <form
        className="card analytics-filters"
        aria-label={t("filters.label")}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({ ...draft });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-from`}>{t("filters.from")}</label>
          <input id={`${id}-from`} type="date" value={draft.from} onChange={set("from")} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t("filters.to")}</label>
          <input id={`${id}-to`} type="date" value={draft.to} onChange={set("to")} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-queue`}>{t("filters.queue")}</label>
          <select id={`${id}-queue`} value={draft.queue ?? ""} onChange={set("queue")}>
            <option value="">{t("filters.any")}</option>
            {QUEUE_IDS.map((queue) => (
              <option key={queue} value={queue}>
                {queueName(queue)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-topic`}>{t("filters.topic")}</label>
          <input id={`${id}-topic`} dir="ltr" value={draft.topic ?? ""} onChange={set("topic")} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t("filters.language")}</label>
          <select id={`${id}-language`} value={draft.language ?? ""} onChange={set("language")}>
            <option value="">{t("filters.any")}</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {locale}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-agent`}>{t("filters.agent")}</label>
          <input
            id={`${id}-agent`}
            inputMode="numeric"
            pattern="\d*"
            dir="ltr"
            value={draft.agent ?? ""}
            onChange={set("agent")}
          />
        </div>
        <button type="submit" className="button button-primary">
          {t("filters.apply")}
        </button>
        <p className="hint analytics-tz">{t("filters.timeZone", { tz: filters.tz })}</p>
      </form>
      <div className="analytics-tabs" role="tablist" aria-label={t("title")}>
        {[...ANALYTICS_SECTIONS, "reports" as const].map((section) => (
          <button
            key={section}
            type="button"
            role="tab"
            aria-selected={tab === section}
            className="analytics-tab"
            onClick={() => setTab(section)}
          >
            {section === "reports" ? t("weekly.title") : t(`sections.${section}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="analytics-panel">
        {tab === "reports" ? (
          <ReportsPanel filters={filters} />
        ) : (
          <SectionView section={tab} filters={filters} />
        )}
      </div>
    </ToolScreen>
  );
}

function SectionView({ section, filters }: { section: AnalyticsSection; filters: Filters }) {
  const { t } = useAnalyticsTranslation();
  const query = useSection(section, filters);
  const { t: tAdmin } = useTranslation();
  // A role taken away while the screen is open: the API's 403 gets the same plain page.
  if (query.error instanceof ApiError && query.error.code === "forbidden") {
    return <NoAccessNotice message={tAdmin("admin.noAnalytics")} />;
  }
  if (query.isError) return <ErrorState message={t("error")} onRetry={() => query.refetch()} />;
  if (!query.data) return <SkeletonList label="…" />;
  switch (section) {
    case "sla":
      return <SlaView data={query.data as never} />;
    case "quality":
      return <QualityView data={query.data as never} />;
    case "volume":
      return <VolumeView data={query.data as never} />;
    case "efficiency":
      return <EfficiencyView data={query.data as never} />;
    case "product":
      return <ProductView data={query.data as never} />;
    default:
      return <RiskView data={query.data as never} />;
  }
}

function Stat({
  label,
  value,
  note,
  alert,
}: {
  label: string;
  value: string;
  note?: string;
  alert?: boolean;
}) {
  return (
    <div className={`card analytics-stat${alert ? " analytics-stat-alert" : ""}`}>
      <span className="hint">{label}</span>
      <strong>{value}</strong>
      {note ? <span className="hint">{note}</span> : null}
    </div>
  );
}

function useShow() {
  const { t, locale } = useAnalyticsTranslation();
  return (value: number | null, suffix = "") =>
    value === null ? t("none") : `${formatNumber(value, locale)}${suffix}`;
}

/** A queue's name in the console's language (the admin catalogue), its id if unknown. */
function useQueueName(): (queue: string) => string {
  const { t } = useTranslation();
  return (queue) => t(`admin.queues.${queue}`, { defaultValue: queue });
}

function SlaView({ data }: { data: SlaFigures }) {
  const { t, locale } = useAnalyticsTranslation();
  const queueName = useQueueName();
  const show = useShow();
  const targets = ["firstResponse", "resolution"] as const;
  return (
    <>
      <div className="analytics-stats">
        {targets.map((target) => (
          <Stat
            key={target}
            label={`${t(`sla.${target}`)} · ${t("sla.p50")} / ${t("sla.p90")}`}
            value={[data[target].p50, data[target].p90]
              .map((value) =>
                value === null ? show(null) : t("sla.minutes", { value: show(value) }),
              )
              .join(" / ")}
            note={t("sla.count", { count: data[target].count })}
          />
        ))}
      </div>
      <ChartCard
        title={t("sla.attainment")}
        kind="bars"
        valueColumn={3}
        file="sla-attainment"
        columns={[t("sla.queue"), t("sla.target"), t("sla.met"), t("sla.percent"), t("sla.total")]}
        rows={data.attainment.flatMap((row) =>
          targets.map((target): Cell[] => [
            `${queueName(row.queue)} · ${t(`sla.${target}`)}`,
            t(`sla.${target}`),
            row[target].met,
            row[target].percent,
            row[target].total,
          ]),
        )}
      />
      <ChartCard
        title={t("sla.byTarget")}
        kind="bars"
        valueColumn={1}
        file="sla-by-target"
        columns={[t("sla.target"), t("sla.percent"), t("sla.met"), t("sla.total")]}
        rows={targets.map((target) => [
          t(`sla.${target}`),
          data.attainmentByTarget[target].percent,
          data.attainmentByTarget[target].met,
          data.attainmentByTarget[target].total,
        ])}
      />
      <ChartCard
        title={t("sla.breaches")}
        kind="bars"
        valueColumn={2}
        file="sla-breaches"
        columns={[t("sla.date"), t("sla.queue"), t("sla.breachCount")]}
        rows={data.breaches.map((row) => [
          `${formatDay(row.date, locale)} · ${queueName(row.queue)}`,
          queueName(row.queue),
          row.count,
        ])}
      />
    </>
  );
}

function QualityView({ data }: { data: QualityFigures }) {
  const { t, locale } = useAnalyticsTranslation();
  const show = useShow();
  const reopenOff =
    data.reopen.percent !== null && data.reopen.percent > ANALYTICS_TARGETS.reopenRateMax;
  const fcrOff =
    data.fcr.percent !== null &&
    (data.fcr.percent < ANALYTICS_TARGETS.fcrMin || data.fcr.percent > ANALYTICS_TARGETS.fcrMax);
  const csatOff = data.csat.average !== null && data.csat.average < ANALYTICS_TARGETS.csatAverage;
  const status = (off: boolean) => (off ? t("quality.offTarget") : t("quality.onTarget"));
  return (
    <>
      <div className="analytics-stats">
        <Stat
          label={t("quality.csatAverage")}
          value={show(data.csat.average)}
          note={`${t("quality.csatTarget", { value: ANALYTICS_TARGETS.csatAverage })} · ${status(csatOff)}`}
          alert={csatOff}
        />
        <Stat label={t("quality.nps")} value={show(data.nps.score)} />
        <Stat
          label={t("quality.reopen")}
          value={show(data.reopen.percent, "%")}
          note={`${t("quality.reopenTarget", { value: ANALYTICS_TARGETS.reopenRateMax })} · ${status(reopenOff)}`}
          alert={reopenOff}
        />
        <Stat
          label={t("quality.fcr")}
          value={show(data.fcr.percent, "%")}
          note={`${t("quality.fcrTarget", { min: ANALYTICS_TARGETS.fcrMin, max: ANALYTICS_TARGETS.fcrMax })} · ${status(fcrOff)}`}
          alert={fcrOff}
        />
      </div>
      <ChartCard
        title={t("quality.distribution")}
        kind="bars"
        file="csat-distribution"
        columns={[t("quality.stars"), t("quality.count")]}
        rows={data.csat.distribution.map((count, i) => [`${formatNumber(i + 1, locale)} ★`, count])}
      />
      <ChartCard
        title={t("quality.nps")}
        kind="bars"
        file="nps"
        columns={[t("quality.nps"), t("quality.count")]}
        rows={[
          [t("quality.promoters"), data.nps.promoters],
          [t("quality.passives"), data.nps.passives],
          [t("quality.detractors"), data.nps.detractors],
        ]}
      />
    </>
  );
}

function VolumeView({ data }: { data: VolumeFigures }) {
  const { t, locale } = useAnalyticsTranslation();
  const days = t("volume.weekdays").split(",");
  const queueName = useQueueName();
  const topicName = useTopicName();
  const channelName = (channel: string) =>
    t(`volume.channels.${channel}`, { defaultValue: channel });
  const counts = (
    title: string,
    rows: { key: string; count: number }[],
    file: string,
    name: (key: string) => string,
  ) => (
    <ChartCard
      title={title}
      kind="bars"
      file={file}
      columns={[t("volume.key"), t("volume.count")]}
      rows={rows.map((row) => [name(row.key), row.count])}
    />
  );
  return (
    <>
      <p className="analytics-total">{t("volume.total", { count: data.total })}</p>
      <ChartCard
        title={t("volume.perDay")}
        kind="columns"
        file="tickets-per-day"
        columns={[t("volume.date"), t("volume.count")]}
        rows={data.perDay.map((row) => [row.date, row.count])}
      />
      {counts(t("volume.byTopic"), data.byTopic, "tickets-by-topic", (key) => topicName(key))}
      {counts(t("volume.byQueue"), data.byQueue, "tickets-by-queue", queueName)}
      {counts(t("volume.byChannel"), data.byChannel, "tickets-by-channel", channelName)}
      <ChartCard
        title={t("volume.heatmap")}
        kind="heatmap"
        file="arrivals-by-hour"
        columns={[
          t("volume.day"),
          ...Array.from({ length: 24 }, (_, h) => formatNumber(h, locale)),
        ]}
        rows={data.heatmap.map((row, i) => [days[i] ?? String(i + 1), ...row])}
      />
      <ChartCard
        title={t("volume.backlog")}
        kind="columns"
        file="backlog"
        columns={[t("volume.date"), t("volume.open")]}
        rows={data.backlog.map((row) => [row.date, row.open])}
      />
    </>
  );
}

function EfficiencyView({ data }: { data: EfficiencyFigures }) {
  const { t } = useAnalyticsTranslation();
  const show = useShow();
  const { roles } = useConsole();
  return (
    <>
      <div className="analytics-stats">
        <Stat label={t("efficiency.selfService")} value={show(data.selfService.percent, "%")} />
      </div>
      <ChartCard
        title={t("efficiency.selfService")}
        kind="bars"
        file="self-service"
        columns={[t("efficiency.selfService"), t("volume.count")]}
        rows={[
          [t("efficiency.kbSolved"), data.selfService.kbSolved],
          [t("efficiency.botResolved"), data.selfService.botResolved],
          [t("efficiency.agentResolved"), data.selfService.agentResolved],
        ]}
      />
      {data.agents && can(roles).supervise ? (
        <ChartCard
          title={t("efficiency.agents")}
          kind="bars"
          file="agents"
          columns={[
            t("efficiency.agent"),
            t("efficiency.handled"),
            t("efficiency.frt"),
            t("efficiency.csat"),
          ]}
          rows={data.agents.map((a) => [a.name, a.handled, a.frtP50, a.csatAverage])}
        />
      ) : null}
    </>
  );
}

function ProductView({ data }: { data: ProductFigures }) {
  const { t } = useAnalyticsTranslation();
  const topicName = useTopicName();
  return (
    <>
      <ChartCard
        title={t("product.topReasons")}
        kind="bars"
        file="top-reasons"
        columns={[t("product.reason"), t("product.count"), t("product.previous")]}
        rows={data.topReasons.map((r) => [topicName(r.topicId, r.sectionId), r.count, r.previous])}
      />
      <ChartCard
        title={t("product.topTags")}
        kind="bars"
        file="top-tags"
        columns={[t("product.reason"), t("product.count")]}
        rows={data.topTags.map((r) => [r.key, r.count])}
      />
    </>
  );
}

function RiskView({ data }: { data: RiskFigures }) {
  const { t } = useAnalyticsTranslation();
  const show = useShow();
  return (
    <>
      <div className="analytics-stats">
        <Stat label={t("risk.requests")} value={show(data.requests.percent, "%")} />
      </div>
      <ChartCard
        title={t("risk.requests")}
        kind="bars"
        file="requests"
        columns={[t("risk.requests"), t("volume.count")]}
        rows={[
          [t("risk.total"), data.requests.total],
          [t("risk.rejected"), data.requests.rejected],
          [t("risk.rateLimited"), data.requests.rateLimited],
        ]}
      />
      <ChartCard
        title={t("risk.privacy")}
        kind="bars"
        file="privacy"
        columns={[t("risk.privacy"), t("volume.count")]}
        rows={[
          [t("risk.exports"), data.privacy.exports],
          [t("risk.erasures"), data.privacy.erasures],
          [t("risk.purged"), data.privacy.purgedTickets],
        ]}
      />
    </>
  );
}
