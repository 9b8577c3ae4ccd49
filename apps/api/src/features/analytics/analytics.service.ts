import {
  ANALYTICS_DEFAULT_DAYS,
  ANALYTICS_MAX_DAYS,
  type AnalyticsFilter,
  type EfficiencyFigures,
  type ProductFigures,
  type QualityFigures,
  type RiskFigures,
  type SlaFigures,
  type VolumeFigures,
} from "@helpline/contracts/analytics";
import { AppError } from "../../lib/errors";
import { type AnalyticsRepo, maybe, num, type Scope } from "./analytics.repo";

const DAY_MS = 86_400_000;

/** Two decimals for minutes and averages: enough for a dashboard, stable for tests. */
export const round2 = (value: number | null) =>
  value === null ? null : Math.round(value * 100) / 100;
/** A share as a percentage with one decimal; null when there is nothing to divide. */
export const percent = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 10;

/** Today's date (YYYY-MM-DD) in a time zone. */
export function localDate(at: number, tz: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: tz,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(at));
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export function createAnalyticsService(repo: AnalyticsRepo, now: () => number = Date.now) {
  /** Applies the defaults (the last 28 days up to today in `tz`) and the length limit. */
  async function scopeOf(filter: AnalyticsFilter): Promise<Scope> {
    const to =
      filter.to ??
      (filter.from
        ? addDays(filter.from, ANALYTICS_DEFAULT_DAYS - 1)
        : localDate(now(), filter.tz));
    const from = filter.from ?? addDays(to, -(ANALYTICS_DEFAULT_DAYS - 1));
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
    if (days > ANALYTICS_MAX_DAYS) {
      throw new AppError("validation_failed", "The request has invalid fields", {
        fields: { from: [`The range may cover at most ${ANALYTICS_MAX_DAYS} days`] },
        form: [],
      });
    }
    const { from: _f, to: _t, ...rest } = filter;
    return { ...rest, range: await repo.resolveRange(from, to, filter.tz) };
  }

  const attainment = (met: unknown, total: unknown) => ({
    total: num(total),
    met: num(met),
    percent: percent(num(met), num(total)),
  });

  return {
    scopeOf,

    async sla(filter: AnalyticsFilter): Promise<SlaFigures> {
      const scope = await scopeOf(filter);
      const [pct, rows, breaches] = await Promise.all([
        repo.slaPercentiles(scope),
        repo.slaAttainment(scope, new Date(now()).toISOString()),
        repo.breachesByDay(scope),
      ]);
      const sum = (key: string) => rows.reduce((acc, row) => acc + num(row[key]), 0);
      return {
        range: scope.range,
        firstResponse: {
          count: pct.firstResponse.count,
          p50: round2(pct.firstResponse.p50),
          p90: round2(pct.firstResponse.p90),
        },
        resolution: {
          count: pct.resolution.count,
          p50: round2(pct.resolution.p50),
          p90: round2(pct.resolution.p90),
        },
        attainment: rows.map((row) => ({
          queue: String(row.queue_id),
          firstResponse: attainment(row.fr_met, row.fr_total),
          resolution: attainment(row.res_met, row.res_total),
        })),
        attainmentByTarget: {
          firstResponse: attainment(sum("fr_met"), sum("fr_total")),
          resolution: attainment(sum("res_met"), sum("res_total")),
        },
        breaches: breaches.map((row) => ({
          date: row.date,
          queue: row.queue,
          count: num(row.count),
        })),
      };
    },

    async quality(filter: AnalyticsFilter): Promise<QualityFigures> {
      const scope = await scopeOf(filter);
      const [csat, nps, loop] = await Promise.all([
        repo.csat(scope),
        repo.nps(scope),
        repo.reopenAndFcr(scope),
      ]);
      const npsCount = num(nps.count);
      const promoters = num(nps.promoters);
      const detractors = num(nps.detractors);
      return {
        range: scope.range,
        csat: {
          count: num(csat.count),
          average: round2(maybe(csat.average)),
          distribution: [num(csat.s1), num(csat.s2), num(csat.s3), num(csat.s4), num(csat.s5)],
        },
        nps: {
          count: npsCount,
          promoters,
          passives: num(nps.passives),
          detractors,
          score:
            npsCount === 0 ? null : Math.round(((promoters - detractors) / npsCount) * 1000) / 10,
        },
        reopen: {
          resolved: num(loop.ever_resolved),
          reopened: num(loop.reopened),
          percent: percent(num(loop.reopened), num(loop.ever_resolved)),
        },
        fcr: {
          resolved: num(loop.resolved),
          firstContact: num(loop.first_contact),
          percent: percent(num(loop.first_contact), num(loop.resolved)),
        },
      };
    },

    async volume(filter: AnalyticsFilter): Promise<VolumeFigures> {
      const scope = await scopeOf(filter);
      const v = await repo.volume(scope);
      const group = (flag: string, column: string) =>
        v.grouped
          .filter((row) => num(row[flag]) === 0)
          .map((row) => ({ key: String(row[column]), count: num(row.count) }))
          .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
      const heatmap = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
      for (const cell of v.grouped.filter((row) => num(row.g_heat) === 0)) {
        const row = heatmap[num(cell.dow) - 1];
        if (row) row[num(cell.hour)] = num(cell.count);
      }
      const arrivals = new Map(group("g_day", "day").map((d) => [d.key, d.count]));
      const leaving = new Map(v.done.map((d) => [d.day, num(d.count)]));
      const perDay = v.days.map((d) => ({ date: d.date, count: arrivals.get(d.date) ?? 0 }));
      let open = v.base;
      const backlog = perDay.map((d) => {
        open += d.count - (leaving.get(d.date) ?? 0);
        return { date: d.date, open };
      });
      return {
        range: scope.range,
        total: perDay.reduce((acc, row) => acc + row.count, 0),
        perDay,
        byTopic: group("g_topic", "topic_id"),
        byQueue: group("g_queue", "queue_id"),
        byChannel: group("g_channel", "channel"),
        heatmap,
        backlog,
      };
    },

    /** `withAgents`: the per-agent table, for supervisors and admins only. */
    async efficiency(filter: AnalyticsFilter, withAgents: boolean): Promise<EfficiencyFigures> {
      const scope = await scopeOf(filter);
      const [self, agents] = await Promise.all([
        repo.selfService(scope),
        withAgents ? repo.perAgent(scope) : Promise.resolve(null),
      ]);
      const selfServed = self.kbSolved + self.botResolved;
      return {
        range: scope.range,
        selfService: { ...self, percent: percent(selfServed, selfServed + self.agentResolved) },
        agents:
          agents?.map((row) => ({
            agentId: num(row.agent_id),
            name: String(row.name),
            handled: num(row.handled),
            frtP50: round2(maybe(row.frt_p50)),
            csatAverage: round2(maybe(row.csat)),
          })) ?? null,
      };
    },

    async product(filter: AnalyticsFilter): Promise<ProductFigures> {
      const scope = await scopeOf(filter);
      const length = Date.parse(scope.range.endsAt) - Date.parse(scope.range.startsAt);
      const previousStart = new Date(Date.parse(scope.range.startsAt) - length).toISOString();
      const [reasons, tags] = await Promise.all([
        repo.topReasons(scope, previousStart),
        repo.topTags(scope),
      ]);
      return {
        range: scope.range,
        topReasons: reasons.map((row) => ({
          topicId: String(row.topic_id),
          sectionId: row.section_id === null ? null : String(row.section_id),
          count: num(row.count),
          previous: num(row.previous),
        })),
        topTags: tags.map((row) => ({ key: row.key, count: num(row.count) })),
      };
    },

    async risk(filter: AnalyticsFilter): Promise<RiskFigures> {
      const scope = await scopeOf(filter);
      const { requests, privacy } = await repo.risk(scope);
      const total = num(requests.total);
      const rejected = num(requests.rejected);
      const rateLimited = num(requests.rate_limited);
      return {
        range: scope.range,
        requests: { total, rejected, rateLimited, percent: percent(rejected + rateLimited, total) },
        privacy: {
          exports: num(privacy.exports),
          erasures: num(privacy.erasures),
          purgedTickets: num(privacy.purged),
        },
      };
    },
  };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
