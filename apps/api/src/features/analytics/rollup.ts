import { rowsOf } from "@helpline/db";
import { type SQL, sql } from "drizzle-orm";
import { type DbOrTx, enqueue, type JobHandler } from "../jobs/jobs";

/**
 * The arrivals rollup (ADR 019): tickets created per quarter hour by queue, topic, section and
 * channel, so the volume figures and top reasons of a quarter year add up tens of thousands of
 * rows instead of reading a quarter of a million tickets. Slots before `covered_until` come from the rollup, later ones
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
 * @returns how many slots of each table were (re)written and where the rollup now ends
 */
export async function refreshRollup(
  tx: DbOrTx,
  now: number,
): Promise<{ slots: number; breachSlots: number; coveredUntil: string }> {
  const cutoff = new Date(Math.floor((now - ROLLUP_SLACK_MS) / SLOT_MS) * SLOT_MS).toISOString();
  const [state] = rowsOf<{ covered_until: string | Date; refreshed_at: string | Date }>(
    await tx.execute(sql`select covered_until, refreshed_at from analytics_rollup_state
      where id = ${ROLLUP_ID} for update`),
  );
  const since = state
    ? sql`${new Date(state.refreshed_at).toISOString()}::timestamptz
        - ${ROLLUP_SLACK_MS / 1000} * interval '1 second'`
    : null;
  // Sealed since the last run: their tickets and breaches may predate the look-back.
  const sealed = state
    ? sql`select s from generate_series(${new Date(state.covered_until).toISOString()}::timestamptz,
        ${cutoff}::timestamptz - interval '15 minutes', interval '15 minutes') s`
    : sql`select null::timestamptz where false`;
  // First run: every slot before the cutoff. Later runs: the sealed slots and those of
  // tickets changed since the last run.
  const arrivals = await rewrite(
    tx,
    since
      ? sql`${sealed} union select distinct ${slotOf("t.created_at")} from tickets t
          where t.updated_at >= ${since} and t.created_at < ${cutoff}::timestamptz`
      : sql`select distinct ${slotOf("t.created_at")} from tickets t
          where t.created_at < ${cutoff}::timestamptz`,
    (slots) => sql`insert into analytics_arrivals
        (slot, queue_id, topic_id, section_id, channel, arrivals)
      select s.slot, t.queue_id, t.topic_id, coalesce(t.section_id, ''), t.channel::text, count(*)
      from ${slots} s
      join tickets t on t.created_at >= s.slot and t.created_at < s.slot + interval '15 minutes'
      group by 1, 2, 3, 4, 5`,
    "analytics_arrivals",
  );
  // Breaches: the same, plus breaches recorded since the last run (a late commit) and every
  // breach of a changed ticket (its queue may be another now).
  const breached = sql`e.kind = 'breached' and e.created_at < ${cutoff}::timestamptz`;
  const breaches = await rewrite(
    tx,
    since
      ? sql`${sealed}
          union select distinct ${slotOf("e.created_at")} from sla_events e
            where ${breached} and e.created_at >= ${since}
          union select distinct ${slotOf("e.created_at")} from tickets t
            join sla_events e on e.ticket_id = t.id
            where t.updated_at >= ${since} and ${breached}`
      : sql`select distinct ${slotOf("e.created_at")} from sla_events e where ${breached}`,
    (slots) => sql`insert into analytics_breaches (slot, queue_id, topic_id, breaches)
      select s.slot, t.queue_id, t.topic_id, count(*)
      from ${slots} s
      join sla_events e on e.kind = 'breached'
        and e.created_at >= s.slot and e.created_at < s.slot + interval '15 minutes'
      join tickets t on t.id = e.ticket_id
      group by 1, 2, 3`,
    "analytics_breaches",
  );
  await tx.execute(sql`insert into analytics_rollup_state (id, covered_until, refreshed_at)
    values (${ROLLUP_ID}, ${cutoff}::timestamptz, now())
    on conflict (id) do update set covered_until = excluded.covered_until,
      refreshed_at = excluded.refreshed_at`);
  return { slots: arrivals, breachSlots: breaches, coveredUntil: cutoff };
}

/**
 * Deletes and rebuilds the given slots of one rollup table.
 *
 * @returns how many slots were rewritten
 */
async function rewrite(
  tx: DbOrTx,
  slots: SQL,
  insert: (slotList: SQL) => SQL,
  table: "analytics_arrivals" | "analytics_breaches",
): Promise<number> {
  // As JSON text: the same on PGlite and postgres.js, and handed back as one parameter.
  const [dirty] = rowsOf<{ slots: string }>(
    await tx.execute(sql`select coalesce(json_agg(s order by s), '[]')::text as slots
      from (${slots}) x(s)`),
  );
  const list = JSON.parse(dirty?.slots ?? "[]") as string[];
  if (list.length === 0) return 0;
  const slotList = sql`(select (x #>> '{}')::timestamptz as slot
    from jsonb_array_elements(${dirty?.slots}::jsonb) x)`;
  await tx.execute(sql`delete from ${sql.identifier(table)}
    where slot in (select slot from ${slotList} s)`);
  // One index range per slot: never a scan of the rows around them.
  await tx.execute(insert(slotList));
  return list.length;
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
