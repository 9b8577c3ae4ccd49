import { rowsOf } from "@helpline/db";
import { sql } from "drizzle-orm";
import { type DbOrTx, enqueue, type JobHandler } from "../jobs/jobs";

/**
 * The arrivals rollup (ADR 017): tickets created per quarter hour by queue, topic and channel,
 * so the volume figures of a quarter year add up tens of thousands of rows instead of reading
 * a quarter of a million tickets. Slots before `covered_until` come from the rollup, later ones
 * from `tickets`; a ticket's queue can change after its slot was counted (escalation), so
 * every run also rewrites the slots of tickets changed since the last run.
 */
export const ROLLUP_JOB = "analytics.rollup";
export const ROLLUP_ID = "arrivals";
/** How often the rollup catches up: the most a queue change waits to reach "by queue". */
export const ROLLUP_EVERY_MS = 5 * 60_000;
/**
 * A write's `updated_at` is its transaction's start (`now()`), so a change committed after a
 * run can carry an earlier time: each run looks this far behind the previous one, and only
 * seals slots this far in the past.
 */
export const ROLLUP_SLACK_MS = 5 * 60_000;
/** Every zone's offset from UTC is a whole number of quarter hours (+03:30, +05:45…). */
export const SLOT_MS = 15 * 60_000;

/** The quarter hour of a ticket's creation. */
const slotOf = (column: string) =>
  sql.raw(`date_bin('15 minutes', ${column}, timestamptz '2000-01-01 00:00:00+00')`);

/**
 * Brings the rollup up to date: seals the slots that ended at least `ROLLUP_SLACK_MS` before
 * `now` and rewrites every sealed slot holding a ticket changed since the previous run.
 *
 * @returns how many slots were (re)written and where the rollup now ends
 */
export async function refreshRollup(
  tx: DbOrTx,
  now: number,
): Promise<{ slots: number; coveredUntil: string }> {
  const cutoff = new Date(Math.floor((now - ROLLUP_SLACK_MS) / SLOT_MS) * SLOT_MS).toISOString();
  const [state] = rowsOf<{ covered_until: string | Date; refreshed_at: string | Date }>(
    await tx.execute(sql`select covered_until, refreshed_at from analytics_rollup_state
      where id = ${ROLLUP_ID} for update`),
  );
  // First run: every slot before the cutoff. Later runs: the slots sealed since the last run
  // (their tickets may predate the look-back) and the slots of tickets changed since it.
  const slots = state
    ? sql`(select s from generate_series(${new Date(state.covered_until).toISOString()}::timestamptz,
            ${cutoff}::timestamptz - interval '15 minutes', interval '15 minutes') s
          union
          select distinct ${slotOf("t.created_at")} from tickets t
          where t.updated_at >= ${new Date(state.refreshed_at).toISOString()}::timestamptz
              - ${ROLLUP_SLACK_MS / 1000} * interval '1 second'
            and t.created_at < ${cutoff}::timestamptz)`
    : sql`(select distinct ${slotOf("t.created_at")} from tickets t
          where t.created_at < ${cutoff}::timestamptz)`;
  // As JSON text: the same on PGlite and postgres.js, and handed back as one parameter.
  const [dirty] = rowsOf<{ slots: string }>(
    await tx.execute(sql`select coalesce(json_agg(s order by s), '[]')::text as slots
      from ${slots} x(s)`),
  );
  const list = JSON.parse(dirty?.slots ?? "[]") as string[];
  if (list.length > 0) {
    const slotList = sql`(select (x #>> '{}')::timestamptz as slot
      from jsonb_array_elements(${dirty?.slots}::jsonb) x)`;
    await tx.execute(sql`delete from analytics_arrivals
      where slot in (select slot from ${slotList} s)`);
    // One index range per slot: never a scan of the tickets around them.
    await tx.execute(sql`insert into analytics_arrivals
        (slot, queue_id, topic_id, channel, arrivals)
      select s.slot, t.queue_id, t.topic_id, t.channel::text, count(*)
      from ${slotList} s
      join tickets t on t.created_at >= s.slot and t.created_at < s.slot + interval '15 minutes'
      group by 1, 2, 3, 4`);
  }
  await tx.execute(sql`insert into analytics_rollup_state (id, covered_until, refreshed_at)
    values (${ROLLUP_ID}, ${cutoff}::timestamptz, now())
    on conflict (id) do update set covered_until = excluded.covered_until,
      refreshed_at = excluded.refreshed_at`);
  return { slots: list.length, coveredUntil: cutoff };
}

/** The next run: the next multiple of `ROLLUP_EVERY_MS` after `now`, the same slot for every server. */
export function nextRollupRun(now: number): number {
  return (Math.floor(now / ROLLUP_EVERY_MS) + 1) * ROLLUP_EVERY_MS;
}

export async function scheduleRollup(db: DbOrTx, now: number) {
  const runAt = nextRollupRun(now);
  await enqueue(db, {
    kind: ROLLUP_JOB,
    payload: {},
    runAt,
    idempotencyKey: `${ROLLUP_JOB}:${new Date(runAt).toISOString()}`,
  });
}

export function rollupHandler(now: () => number): JobHandler {
  return async (job, tx) => {
    await refreshRollup(tx, now());
    // After this run's own slot, even when the clock is behind it, so the key is a new one.
    await scheduleRollup(tx, Math.max(now(), Date.parse(job.runAt)));
  };
}
