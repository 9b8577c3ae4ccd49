import type { AnalyticsFilter } from "@helpline/contracts/analytics";
import { type Db, rowsOf } from "@helpline/db";
import { type SQL, sql } from "drizzle-orm";

/** The range of a request as instants: local midnights of `from` and of the day after `to`. */
export interface Range {
  from: string;
  to: string;
  tz: string;
  startsAt: string;
  endsAt: string;
}

/** Filters plus the resolved range, as every query takes them. */
export type Scope = Omit<AnalyticsFilter, "from" | "to"> & { range: Range };

const num = (value: unknown): number => Number(value ?? 0);
const maybe = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/** Conditions on a ticket (alias `t`) other than its creation time. */
function ticketFilters(scope: Scope): SQL {
  const parts: SQL[] = [sql`true`];
  if (scope.queue) parts.push(sql`t.queue_id = ${scope.queue}`);
  if (scope.topic) parts.push(sql`t.topic_id = ${scope.topic}`);
  if (scope.agent) parts.push(sql`t.assignee_id = ${scope.agent}`);
  if (scope.language) {
    // The customer's chosen language, else Telegram's (which may carry a region: "en-US").
    // users_language_idx gives the planner this expression's statistics.
    parts.push(sql`t.customer_id in (select u.id from users u
      where left(coalesce(u.language, u.language_code, 'en'), 2) = ${scope.language})`);
  }
  return sql.join(parts, sql` and `);
}

/** The cohort: tickets created in the range that match the filters. */
function cohort(scope: Scope): SQL {
  return sql`t.created_at >= ${scope.range.startsAt}::timestamptz
    and t.created_at < ${scope.range.endsAt}::timestamptz and ${ticketFilters(scope)}`;
}

// date_part is double precision, what percentile_cont sorts anyway; extract's numeric cost a
// third more on a quarter of tickets.
const minutes = (later: SQL, earlier: SQL) => sql`date_part('epoch', ${later} - ${earlier}) / 60`;

/** When a ticket stopped being open: resolved, or closed without a resolution. */
const doneAt = sql`coalesce(t.resolved_at, case when t.status = 'closed' then t.updated_at end)`;

/*
 * The reply path sets `first_responded_at` once and `last_agent_message_at` on every public
 * agent reply, in the reply's own transaction (tickets.repo, desk.service): "answered by an
 * agent" is a first response, and "exactly one reply" is the last reply being the first. Read
 * from the ticket row, a month of tickets needs no lookup per ticket in `messages`.
 */
const agentAnswered = sql`t.first_responded_at is not null`;
const oneAgentReply = sql`t.last_agent_message_at = t.first_responded_at`;

export interface AnalyticsRepoOptions {
  /** Read the arrivals rollup where it can serve the scope (default); false: tickets only. */
  rollup?: boolean;
}

export function createAnalyticsRepo(db: Db, options: AnalyticsRepoOptions = {}) {
  const useRollup = options.rollup ?? true;
  async function one<T>(query: SQL): Promise<T> {
    return rowsOf<T>(await db.execute(query))[0] as T;
  }
  async function all<T>(query: SQL): Promise<T[]> {
    return rowsOf<T>(await db.execute(query));
  }

  /**
   * Runs a query whose exact percentiles sort every duration of the range. PostgreSQL's
   * default 4 MB of sort memory holds about a month of tickets; a quarter spilled to disk and
   * took twice as long (430 ms against 194 ms on 250,000 tickets), so these queries get more,
   * for their own transaction only. PGlite has a single connection and no such limit to lift.
   */
  async function sorted<T>(query: SQL): Promise<T[]> {
    return db.transaction(async (tx) => {
      await tx.execute(sql`set local work_mem = '64MB'`);
      return rowsOf<T>(await tx.execute(query));
    });
  }

  /**
   * Where the rollup's part of the range ends (raw tickets from there to the end), or null when
   * the rollup cannot serve it exactly: an agent or language filter (neither is in the rollup:
   * assignees and customers' languages change), an offset that is not whole quarter hours
   * somewhere in the range (no zone today; local mean time before 1900-ish), or no rollup yet
   * before the range's end.
   */
  async function rollupSplit(scope: Scope): Promise<string | null> {
    if (!useRollup || scope.agent || scope.language) return null;
    const { startsAt, endsAt, tz } = scope.range;
    const row = await one<{ covered_until: string | Date | null; aligned: boolean | null }>(sql`
      select (select covered_until from analytics_rollup_state where id = 'arrivals')
          as covered_until,
        (select bool_and(extract(second from d at time zone ${tz}::text) = 0
            and extract(minute from d at time zone 'UTC')::int % 15 = 0
            and extract(minute from d at time zone ${tz}::text)::int % 15 = 0)
          from generate_series(${startsAt}::timestamptz, ${endsAt}::timestamptz,
            interval '1 hour') d) as aligned`);
    if (!row?.covered_until || !row.aligned) return null;
    const covered = new Date(row.covered_until).toISOString();
    if (covered <= startsAt) return null;
    if (covered >= endsAt) return endsAt;
    return covered;
  }

  /**
   * Tickets created in the range as (instant, topic, queue, channel, n): from the rollup's
   * slots before `split`, then one row per ticket from `split` on (or from the start when
   * `split` is null). Only used with the queue and topic filters, the rollup's own columns.
   */
  function arrivals(scope: Scope, split: string | null): SQL {
    const raw = (from: string) => sql`select t.created_at as at, t.topic_id, t.section_id,
        t.queue_id, t.channel::text as channel, 1::bigint as n
      from tickets t
      where t.created_at >= ${from}::timestamptz and t.created_at < ${scope.range.endsAt}::timestamptz
        and ${ticketFilters(scope)}`;
    if (split === null) return raw(scope.range.startsAt);
    const parts: SQL[] = [
      sql`r.slot >= ${scope.range.startsAt}::timestamptz`,
      sql`r.slot < ${split}::timestamptz`,
    ];
    if (scope.queue) parts.push(sql`r.queue_id = ${scope.queue}`);
    if (scope.topic) parts.push(sql`r.topic_id = ${scope.topic}`);
    return sql`select r.slot as at, r.topic_id, nullif(r.section_id, '') as section_id,
        r.queue_id, r.channel, r.arrivals::bigint as n
      from analytics_arrivals r where ${sql.join(parts, sql` and `)}
      union all ${raw(split)}`;
  }

  return {
    /** Local midnights in `tz` as UTC instants; PostgreSQL knows every zone's history. */
    async resolveRange(from: string, to: string, tz: string): Promise<Range> {
      const row = await one<{ starts_at: string | Date; ends_at: string | Date }>(sql`
        select (${from}::date::timestamp at time zone ${tz}::text) as starts_at,
               ((${to}::date + 1)::timestamp at time zone ${tz}::text) as ends_at`);
      return {
        from,
        to,
        tz,
        startsAt: new Date(row.starts_at).toISOString(),
        endsAt: new Date(row.ends_at).toISOString(),
      };
    },

    async slaPercentiles(scope: Scope) {
      const frt = minutes(sql`t.first_responded_at`, sql`t.created_at`);
      const res = minutes(sql`t.resolved_at`, sql`t.created_at`);
      // One sort per measure for both fractions, and in memory (see `sorted`).
      const row = await sorted<Record<string, unknown>>(sql`
        select frt_count, frt[1] as frt_p50, frt[2] as frt_p90,
          res_count, res[1] as res_p50, res[2] as res_p90
        from (select
          count(t.first_responded_at) as frt_count,
          percentile_cont(array[0.5, 0.9]) within group (order by ${frt}) as frt,
          count(t.resolved_at) as res_count,
          percentile_cont(array[0.5, 0.9]) within group (order by ${res}) as res
        from tickets t where ${cohort(scope)}) p`).then((rows) => rows[0] ?? {});
      return {
        firstResponse: {
          count: num(row.frt_count),
          p50: maybe(row.frt_p50),
          p90: maybe(row.frt_p90),
        },
        resolution: {
          count: num(row.res_count),
          p50: maybe(row.res_p50),
          p90: maybe(row.res_p90),
        },
      };
    },

    /**
     * Per queue: first response due at the SLA plan's time (or the queue's target from creation
     * for tickets without a plan), resolution due at the queue's resolution target. A ticket
     * counts once its outcome is known: done, or past due at `now`.
     */
    async slaAttainment(scope: Scope, now: string) {
      return all<Record<string, unknown>>(sql`
        with x as (
          select t.queue_id,
            t.first_responded_at as fr_at,
            coalesce(s.first_response_due_at,
              t.created_at + q.first_response_minutes * interval '1 minute') as fr_due,
            t.resolved_at as res_at,
            t.created_at + q.resolution_minutes * interval '1 minute' as res_due
          from tickets t
          join queues q on q.id = t.queue_id
          left join ticket_sla s on s.ticket_id = t.id
          where ${cohort(scope)}
        )
        select queue_id,
          count(*) filter (where fr_at is not null or fr_due <= ${now}::timestamptz) as fr_total,
          count(*) filter (where fr_at is not null and fr_at <= fr_due) as fr_met,
          count(*) filter (where res_at is not null or res_due <= ${now}::timestamptz) as res_total,
          count(*) filter (where res_at is not null and res_at <= res_due) as res_met
        from x group by queue_id order by queue_id`);
    },

    async breachesByDay(scope: Scope) {
      const { startsAt, endsAt, tz } = scope.range;
      const day = (at: SQL) => sql`to_char((${at} at time zone ${tz}::text)::date, 'YYYY-MM-DD')`;
      const raw = (from: string) => sql`
        with e as materialized (
          -- The range's breaches first (a short index range), then their tickets by key: never
          -- the tickets of every matching customer.
          select e.ticket_id, e.created_at from sla_events e
          where e.kind = 'breached'
            and e.created_at >= ${from}::timestamptz
            and e.created_at < ${endsAt}::timestamptz
        )
        select ${day(sql`e.created_at`)} as date, t.queue_id as queue, count(*) as count
        from e cross join lateral (
          -- offset 0: a lookup by key per breach, not a join planned over all tickets.
          select t.queue_id from tickets t
          where t.id = e.ticket_id and ${ticketFilters(scope)} offset 0
        ) t
        group by 1, 2`;
      const split = await rollupSplit(scope);
      if (split === null) {
        return all<{ date: string; queue: string; count: unknown }>(
          sql`select * from (${raw(startsAt)}) b order by 1, 2`,
        );
      }
      // A quarter's breaches are tens of thousands of lookups by key; the rollup has them
      // counted per quarter hour, and the raw query covers only what it has not sealed yet.
      const parts: SQL[] = [
        sql`r.slot >= ${startsAt}::timestamptz`,
        sql`r.slot < ${split}::timestamptz`,
      ];
      if (scope.queue) parts.push(sql`r.queue_id = ${scope.queue}`);
      if (scope.topic) parts.push(sql`r.topic_id = ${scope.topic}`);
      return all<{ date: string; queue: string; count: unknown }>(sql`
        select date, queue, sum(count) as count from (
          select ${day(sql`r.slot`)} as date, r.queue_id as queue, r.breaches::bigint as count
          from analytics_breaches r where ${sql.join(parts, sql` and `)}
          union all (${raw(split)})
        ) b group by 1, 2 order by 1, 2`);
    },

    async csat(scope: Scope) {
      return one<Record<string, unknown>>(sql`
        select count(t.csat_score) as count, avg(t.csat_score) as average,
          count(*) filter (where t.csat_score = 1) as s1,
          count(*) filter (where t.csat_score = 2) as s2,
          count(*) filter (where t.csat_score = 3) as s3,
          count(*) filter (where t.csat_score = 4) as s4,
          count(*) filter (where t.csat_score = 5) as s5
        from tickets t where ${cohort(scope)} and t.csat_score is not null`);
    },

    /** NPS answers given in the range; queue, topic and agent filters apply through the ticket. */
    async nps(scope: Scope) {
      const throughTicket = scope.queue || scope.topic || scope.agent;
      const parts: SQL[] = [
        sql`n.created_at >= ${scope.range.startsAt}::timestamptz`,
        sql`n.created_at < ${scope.range.endsAt}::timestamptz`,
      ];
      if (scope.language) {
        parts.push(sql`exists (select 1 from users u where u.id = n.user_id
          and left(coalesce(u.language, u.language_code, 'en'), 2) = ${scope.language})`);
      }
      if (throughTicket) {
        const ticketOnly: Scope = { ...scope, language: undefined };
        // offset 0: one lookup by key per answer; as a semi-join PostgreSQL hashed every
        // ticket of the queue (700,000 on the bench: 300 ms for a quarter's 12,000 answers).
        parts.push(sql`exists (select 1 from tickets t where t.id = n.ticket_id
          and ${ticketFilters(ticketOnly)} offset 0)`);
      }
      return one<Record<string, unknown>>(sql`
        select count(*) as count,
          count(*) filter (where n.score >= 9) as promoters,
          count(*) filter (where n.score between 7 and 8) as passives,
          count(*) filter (where n.score <= 6) as detractors
        from nps_responses n where ${sql.join(parts, sql` and `)}`);
    },

    async reopenAndFcr(scope: Scope) {
      return one<Record<string, unknown>>(sql`
        select
          count(*) filter (where t.resolved_at is not null or t.reopen_count > 0) as ever_resolved,
          count(*) filter (where t.reopen_count > 0) as reopened,
          count(*) filter (where t.resolved_at is not null) as resolved,
          count(*) filter (where t.resolved_at is not null and t.reopen_count = 0
            and ${agentAnswered} and ${oneAgentReply}) as first_contact
        from tickets t where ${cohort(scope)}`);
    },

    async volume(scope: Scope) {
      const tz = sql`${scope.range.tz}::text`;
      // One pass: days, topics, queues, channels and hours of the week at once, over the
      // rollup's hours where it serves the scope and the tickets themselves elsewhere.
      const split = await rollupSplit(scope);
      const grouped = all<Record<string, unknown>>(sql`
        select grouping(a.topic_id) as g_topic, grouping(a.queue_id) as g_queue,
          grouping(a.channel) as g_channel, grouping(x.day) as g_day, grouping(x.dow, x.hour) as g_heat,
          a.topic_id, a.queue_id, a.channel,
          to_char(x.day, 'YYYY-MM-DD') as day, x.dow, x.hour, sum(a.n) as count
        from (${arrivals(scope, split)}) a
        cross join lateral (
          select (a.at at time zone ${tz})::date as day,
            extract(isodow from a.at at time zone ${tz}) as dow,
            extract(hour from a.at at time zone ${tz}) as hour
        ) x
        group by grouping sets ((a.topic_id), (a.queue_id), (a.channel), (x.day), (x.dow, x.hour))`);
      const days = all<{ date: string }>(sql`
        select to_char(d::date, 'YYYY-MM-DD') as date
        from generate_series(${scope.range.from}::date, ${scope.range.to}::date, interval '1 day') d`);
      // Open at the end of each day: open at the start of the range, plus arrivals, minus
      // tickets done, day by day. Every part reads an index bounded by the range: tickets open
      // now, tickets done since the range began, tickets created in it.
      const startsAt = sql`${scope.range.startsAt}::timestamptz`;
      const endsAt = sql`${scope.range.endsAt}::timestamptz`;
      // Open now: the open statuses (a resolved ticket always has `resolved_at`), read off the
      // console's partial index of open tickets.
      const base = all<{ open: unknown }>(sql`
        select
          (select count(*) from tickets t
            where t.status in ('new', 'open', 'reopened', 'waiting_customer')
            and t.created_at < ${startsAt} and ${ticketFilters(scope)})
          + (select count(*) from tickets t where ${doneAt} >= ${startsAt}
            and t.created_at < ${startsAt} and ${ticketFilters(scope)}) as open`);
      const done = all<{ day: string; count: unknown }>(sql`
        select to_char((${doneAt} at time zone ${tz})::date, 'YYYY-MM-DD') as day, count(*) as count
        from tickets t
        where ${doneAt} >= ${startsAt} and ${doneAt} < ${endsAt}
          and t.created_at < ${endsAt} and ${ticketFilters(scope)}
        group by 1`);
      // Independent queries: on PostgreSQL they run side by side on the pool's connections.
      const [g, d, b, dn] = await Promise.all([grouped, days, base, done]);
      return { grouped: g, days: d, base: num(b[0]?.open), done: dn };
    },

    async selfService(scope: Scope) {
      const kbParts: SQL[] = [
        sql`k.event = 'solved'`,
        sql`k.created_at >= ${scope.range.startsAt}::timestamptz`,
        sql`k.created_at < ${scope.range.endsAt}::timestamptz`,
      ];
      if (scope.language) kbParts.push(sql`k.locale = ${scope.language}`);
      if (scope.topic) {
        kbParts.push(
          sql`exists (select 1 from kb_articles a where a.id = k.article_id and a.topic_id = ${scope.topic})`,
        );
      }
      // A deflection has no queue or agent: with those filters, only tickets count.
      const kb =
        scope.queue || scope.agent
          ? { solved: 0 }
          : await one<{ solved: unknown }>(
              sql`select count(*) as solved from kb_deflection_events k where ${sql.join(kbParts, sql` and `)}`,
            );
      // The bot's answers are looked up only for tickets no agent answered.
      const tickets = await one<Record<string, unknown>>(sql`
        select
          count(*) filter (where not ${agentAnswered} and exists (select 1 from messages m
            where m.ticket_id = t.id and m.author = 'bot')) as bot_resolved,
          count(*) filter (where ${agentAnswered}) as agent_resolved
        from tickets t where ${cohort(scope)} and t.resolved_at is not null`);
      return {
        kbSolved: num(kb.solved),
        botResolved: num(tickets.bot_resolved),
        agentResolved: num(tickets.agent_resolved),
      };
    },

    async perAgent(scope: Scope) {
      const frt = minutes(sql`t.first_responded_at`, sql`t.created_at`);
      // Names are joined to the few agents after grouping, not to every ticket before it.
      return sorted<Record<string, unknown>>(sql`
        select a.agent_id, coalesce(u.first_name, 'Staff ' || a.agent_id) as name,
          a.handled, a.frt_p50, a.csat
        from (
          select t.assignee_id as agent_id,
            count(*) filter (where t.resolved_at is not null) as handled,
            percentile_cont(0.5) within group (order by ${frt}) as frt_p50,
            avg(t.csat_score) as csat
          from tickets t
          where ${cohort(scope)} and t.assignee_id is not null
          group by t.assignee_id
        ) a left join users u on u.id = a.agent_id
        order by a.handled desc, a.agent_id`);
    },

    async topReasons(scope: Scope, previousStart: string) {
      // This period and the one before it, from the rollup where it serves both.
      const both: Scope = { ...scope, range: { ...scope.range, startsAt: previousStart } };
      const split = await rollupSplit(both);
      const current = sql`a.at >= ${scope.range.startsAt}::timestamptz`;
      return all<Record<string, unknown>>(sql`
        select a.topic_id, a.section_id,
          coalesce(sum(a.n) filter (where ${current}), 0) as count,
          coalesce(sum(a.n) filter (where not ${current}), 0) as previous
        from (${arrivals(both, split)}) a
        group by a.topic_id, a.section_id
        having sum(a.n) filter (where ${current}) > 0
        order by count desc, a.topic_id, a.section_id nulls first limit 10`);
    },

    async topTags(scope: Scope) {
      return all<{ key: string; count: unknown }>(sql`
        select tag as key, count(*) as count
        from tickets t cross join lateral unnest(t.tags) as tag
        where ${cohort(scope)} group by tag order by count desc, tag limit 10`);
    },

    async risk(scope: Scope) {
      const requests = await one<Record<string, unknown>>(sql`
        select
          coalesce(sum(count) filter (where outcome = 'total'), 0) as total,
          coalesce(sum(count) filter (where outcome = 'rejected'), 0) as rejected,
          coalesce(sum(count) filter (where outcome = 'rate_limited'), 0) as rate_limited
        from api_request_counts
        where day >= ${scope.range.from}::date and day <= ${scope.range.to}::date`);
      const privacy = await one<Record<string, unknown>>(sql`
        select
          (select count(*) from audit_log where action = 'analytics.export'
            and at >= ${scope.range.startsAt}::timestamptz and at < ${scope.range.endsAt}::timestamptz) as exports,
          (select count(*) from users where erased_at >= ${scope.range.startsAt}::timestamptz
            and erased_at < ${scope.range.endsAt}::timestamptz) as erasures,
          (select count(*) from ticket_purges where purged_at >= ${scope.range.startsAt}::timestamptz
            and purged_at < ${scope.range.endsAt}::timestamptz) as purged`);
      return { requests, privacy };
    },
  };
}

export type AnalyticsRepo = ReturnType<typeof createAnalyticsRepo>;
export { maybe, num };
