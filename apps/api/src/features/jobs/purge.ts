import { rowsOf } from "@helpline/db";
import { sql } from "drizzle-orm";
import { type DbOrTx, enqueue, type JobHandler } from "./jobs";

export const PURGE_JOB = "jobs.purge";
/** Finished jobs kept for audit and debugging before the purge removes them (`JOBS_KEEP_DAYS`). */
export const PURGE_DEFAULT_KEEP_DAYS = 14;
/** Rows deleted per job: one short transaction each; a larger backlog continues in the next job. */
export const PURGE_BATCH = 1000;
const DAY_MS = 86_400_000;

/** The daily run at 03:30 UTC after `now` (half an hour after the analytics retention run). */
export function nextPurgeRun(now: number): number {
  const next = new Date(now);
  next.setUTCHours(3, 30, 0, 0);
  if (next.getTime() <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime();
}

/** Makes sure the next daily purge is queued; idempotent (the key is the run's slot). */
export async function schedulePurge(db: DbOrTx, now: number): Promise<void> {
  const runAt = nextPurgeRun(now);
  const slot = new Date(runAt).toISOString();
  await enqueue(db, {
    kind: PURGE_JOB,
    payload: { slot, round: 0 },
    runAt,
    idempotencyKey: `${PURGE_JOB}:${slot}`,
  });
}

/**
 * Deletes done jobs finished more than `keepDays` ago, at most `batch` of them. No `ORDER BY`: the
 * scan stops at the first `batch` old rows it meets instead of sorting the table, and `SKIP
 * LOCKED` leaves rows another transaction holds. Dead jobs stay: they wait for a person.
 *
 * @returns how many rows it deleted
 */
export async function purgeDoneJobs(
  tx: DbOrTx,
  now: number,
  keepDays: number,
  batch = PURGE_BATCH,
): Promise<number> {
  const cutoff = new Date(now - keepDays * DAY_MS).toISOString();
  const deleted = rowsOf<{ id: string }>(
    await tx.execute(sql`
      delete from jobs where id in (
        select id from jobs
        where status = 'done' and done_at < ${cutoff}::timestamptz
        limit ${batch}
        for update skip locked)
      returning id`),
  );
  return deleted.length;
}

/**
 * The purge as a durable job: one batch per job, so no transaction holds many row locks for long;
 * a full batch queues the next round at once (the runner runs due jobs back to back), and every
 * run makes sure the next day's is queued.
 */
export function purgeHandler(options: {
  now: () => number;
  keepDays?: number;
  batch?: number;
}): JobHandler {
  const keepDays = options.keepDays ?? PURGE_DEFAULT_KEEP_DAYS;
  const batch = options.batch ?? PURGE_BATCH;
  return async (job, tx) => {
    const payload = job.payload as { slot?: string; round?: number };
    const slot = payload.slot ?? job.runAt;
    const round = (payload.round ?? 0) + 1;
    const deleted = await purgeDoneJobs(tx, options.now(), keepDays, batch);
    if (deleted >= batch) {
      await enqueue(tx, {
        kind: PURGE_JOB,
        payload: { slot, round },
        runAt: options.now(),
        idempotencyKey: `${PURGE_JOB}:${slot}:${round}`,
      });
    }
    // After this run's own slot, even when the clock is behind it, so the key is a new one.
    await schedulePurge(tx, Math.max(options.now(), Date.parse(job.runAt)));
  };
}

/** The purge's handler, keyed by its kind, for the runner. */
export function purgeHandlers(options: {
  now: () => number;
  keepDays?: number;
}): Record<string, JobHandler> {
  return { [PURGE_JOB]: purgeHandler(options) };
}
