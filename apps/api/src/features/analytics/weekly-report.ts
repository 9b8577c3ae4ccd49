import { randomUUID } from "node:crypto";
import type { WeeklyReport } from "@helpline/contracts/analytics";
import { type Db, rowsOf, schema, toIso } from "@helpline/db";
import { desc, sql } from "drizzle-orm";
import { type DbOrTx, enqueue, type JobHandler } from "../jobs/jobs";
import { notify } from "../notifications/notify";
import { createAnalyticsRepo, maybe, num, type Scope } from "./analytics.repo";
import { round2 } from "./analytics.service";

const { weeklyReports, staffNotificationPrefs } = schema;

export const WEEKLY_REPORT_JOB = "analytics.weekly_report";
const DAY_MS = 86_400_000;
const REPORT_ROLES = ["analyst", "supervisor", "admin"];

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

/** Monday 06:00 UTC after `now`: the report then covers Monday to Sunday just ended. */
export function nextWeeklyRun(now: number): number {
  const next = new Date(now);
  next.setUTCHours(6, 0, 0, 0);
  const toMonday = (8 - next.getUTCDay()) % 7;
  next.setUTCDate(next.getUTCDate() + toMonday);
  if (next.getTime() <= now) next.setUTCDate(next.getUTCDate() + 7);
  return next.getTime();
}

export async function scheduleWeeklyReport(db: DbOrTx, now: number) {
  const runAt = nextWeeklyRun(now);
  await enqueue(db, {
    kind: WEEKLY_REPORT_JOB,
    payload: {},
    runAt,
    idempotencyKey: `${WEEKLY_REPORT_JOB}:${new Date(runAt).toISOString()}`,
  });
}

async function periodFigures(tx: DbOrTx, from: string, to: string) {
  const repo = createAnalyticsRepo(tx as Db);
  const scope: Scope = { tz: "UTC", range: await repo.resolveRange(from, to, "UTC") };
  const { startsAt, endsAt } = scope.range;
  const pct = await repo.slaPercentiles(scope);
  const [counts] = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      select
        (select count(*) from tickets where created_at >= ${startsAt}::timestamptz and created_at < ${endsAt}::timestamptz) as created,
        (select count(*) from tickets where resolved_at >= ${startsAt}::timestamptz and resolved_at < ${endsAt}::timestamptz) as resolved,
        (select avg(csat_score) from tickets where created_at >= ${startsAt}::timestamptz and created_at < ${endsAt}::timestamptz) as csat`),
  );
  const reasons = rowsOf<{ name: string; count: unknown }>(
    await tx.execute(sql`
      select coalesce(p.name->>'en', t.topic_id) as name, count(*) as count
      from tickets t join topics p on p.id = t.topic_id
      where t.created_at >= ${startsAt}::timestamptz and t.created_at < ${endsAt}::timestamptz
      group by 1 order by count desc, name limit 5`),
  );
  return {
    scope,
    figures: {
      from,
      to,
      created: num(counts?.created),
      resolved: num(counts?.resolved),
      frtP50Minutes: round2(pct.firstResponse.p50),
      frtP90Minutes: round2(pct.firstResponse.p90),
      csatAverage: round2(maybe(counts?.csat)),
      topReasons: reasons.map((r) => ({ name: r.name, count: num(r.count) })),
    },
  };
}

/**
 * Builds the report for the 7 UTC days before `now` against the 7 before those, stores it once
 * per period, and queues `staff.weekly_report` for every opted-in, active analyst, supervisor
 * or admin, all in the caller's transaction.
 */
export async function buildWeeklyReport(tx: DbOrTx, now: number) {
  const today = Date.parse(`${day(now)}T00:00:00Z`);
  const from = day(today - 7 * DAY_MS);
  const to = day(today - DAY_MS);
  const current = await periodFigures(tx, from, to);
  const previous = await periodFigures(tx, day(today - 14 * DAY_MS), day(today - 8 * DAY_MS));
  const frt = sql`extract(epoch from (t.first_responded_at - t.created_at)) / 60.0`;
  const worst = rowsOf<Record<string, unknown>>(
    await tx.execute(sql`
      select t.topic_id, percentile_cont(0.5) within group (order by ${frt}) as frt_p50,
        avg(t.csat_score) as csat
      from tickets t
      where t.created_at >= ${current.scope.range.startsAt}::timestamptz
        and t.created_at < ${current.scope.range.endsAt}::timestamptz
        and t.first_responded_at is not null
      group by t.topic_id order by frt_p50 desc, t.topic_id limit 3`),
  );
  const figures = {
    current: current.figures,
    previous: previous.figures,
    worstServed: worst.map((w) => ({
      topicId: String(w.topic_id),
      frtP50Minutes: round2(maybe(w.frt_p50)) ?? 0,
      csatAverage: round2(maybe(w.csat)),
    })),
  };
  const inserted = await tx
    .insert(weeklyReports)
    .values({ id: randomUUID(), periodFrom: from, periodTo: to, figures })
    .onConflictDoNothing({ target: weeklyReports.periodFrom })
    .returning({ id: weeklyReports.id });
  if (inserted.length === 0) return { from, to, notified: 0 };
  const recipients = rowsOf<{ user_id: unknown }>(
    await tx.execute(sql`
      select s.user_id from staff_notification_prefs s
      where s.weekly_report and exists (select 1 from staff_roles r where r.user_id = s.user_id
          and r.role in (${sql.join(
            REPORT_ROLES.map((r) => sql`${r}`),
            sql`, `,
          )}))
        and not exists (select 1 from staff_members m where m.user_id = s.user_id
          and m.deactivated_at is not null)
      order by s.user_id`),
  );
  for (const r of recipients) {
    const userId = num(r.user_id);
    await notify(tx, {
      chatId: userId,
      userId,
      kind: "staff.weekly_report",
      params: {
        from,
        to,
        created: current.figures.created,
        resolved: current.figures.resolved,
        frtP50Minutes: current.figures.frtP50Minutes,
        frtP90Minutes: current.figures.frtP90Minutes,
        csatAverage: current.figures.csatAverage,
        topReasons: current.figures.topReasons,
      },
      idempotencyKey: `staff.weekly_report:${from}:${userId}`,
    });
  }
  return { from, to, notified: recipients.length };
}

export function weeklyReportHandler(now: () => number): JobHandler {
  return async (job, tx) => {
    // The week is the one before the slot, even if the server was down and runs it late.
    const slot = Date.parse(job.runAt);
    await buildWeeklyReport(tx, slot);
    await scheduleWeeklyReport(tx, Math.max(now(), slot));
  };
}

export async function listWeeklyReports(db: Db, userId: number, limit = 12) {
  const rows = await db
    .select()
    .from(weeklyReports)
    .orderBy(desc(weeklyReports.periodFrom))
    .limit(limit);
  const [sub] = rowsOf<{ one: number }>(
    await db.execute(
      sql`select 1 as one from staff_notification_prefs where user_id = ${userId} and weekly_report`,
    ),
  );
  return {
    items: rows.map(
      (row): WeeklyReport => ({
        id: row.id,
        from: row.periodFrom,
        to: row.periodTo,
        ...(row.figures as Pick<WeeklyReport, "current" | "previous" | "worstServed">),
        createdAt: toIso(row.createdAt),
      }),
    ),
    subscribed: sub !== undefined,
  };
}

/** The same opt-in as the console's notification settings (`staff_notification_prefs`). */
export async function setSubscription(db: Db, userId: number, subscribed: boolean) {
  await db
    .insert(staffNotificationPrefs)
    .values({ userId, weeklyReport: subscribed })
    .onConflictDoUpdate({
      target: staffNotificationPrefs.userId,
      set: { weeklyReport: subscribed, updatedAt: sql`now()` },
    });
}
