import { RETENTION_DEFAULT_DAYS } from "@helpline/contracts/analytics";
import { type Db, rowsOf, schema, toIso } from "@helpline/db";
import { eq, sql } from "drizzle-orm";
import { writeAudit } from "../console/audit";
import { type DbOrTx, enqueue, type JobHandler } from "../jobs/jobs";

const { analyticsSettings } = schema;

export const RETENTION_JOB = "analytics.retention";
/** Tickets purged per job run; a larger backlog continues in the next run, a minute later. */
export const RETENTION_BATCH = 2000;
const DAY_MS = 86_400_000;

export async function getRetention(db: DbOrTx) {
  const [row] = await db
    .select()
    .from(analyticsSettings)
    .where(eq(analyticsSettings.id, "default"));
  return {
    retentionDays: row?.retentionDays ?? RETENTION_DEFAULT_DAYS,
    updatedAt: toIso(row?.updatedAt ?? null),
  };
}

export async function setRetention(db: Db, actorId: number, retentionDays: number) {
  return db.transaction(async (tx) => {
    const before = await getRetention(tx);
    await tx
      .insert(analyticsSettings)
      .values({ id: "default", retentionDays, updatedBy: actorId })
      .onConflictDoUpdate({
        target: analyticsSettings.id,
        set: { retentionDays, updatedBy: actorId, updatedAt: sql`now()` },
      });
    await writeAudit(tx, {
      actorId,
      action: "analytics.retention",
      targetType: "settings",
      targetId: "retention",
      before: { retentionDays: before.retentionDays },
      after: { retentionDays },
    });
    return getRetention(tx);
  });
}

/**
 * Purges the conversations of tickets closed longer than the retention period, and of every
 * ticket of a customer who erased their data: message bodies emptied, attachments deleted,
 * subject and free-text fields cleared. The ticket rows, their timings, scores and message
 * counts stay, so the dashboard's figures do not change.
 *
 * @returns how many tickets were purged (at most `limit`)
 */
export async function purgeExpired(
  tx: DbOrTx,
  now: number,
  limit = RETENTION_BATCH,
): Promise<{ retention: number; erasure: number }> {
  const { retentionDays } = await getRetention(tx);
  const cutoff = new Date(now - retentionDays * DAY_MS).toISOString();
  // Closed when the last "closed" event says so; tickets older than events fall back to the row.
  const due = rowsOf<{ id: string; reason: "retention" | "erasure" }>(
    await tx.execute(sql`
      select t.id, case when u.erased_at is not null then 'erasure' else 'retention' end as reason
      from tickets t join users u on u.id = t.customer_id
      where not exists (select 1 from ticket_purges p where p.ticket_id = t.id)
        and (
          u.erased_at is not null
          or (t.status = 'closed' and coalesce(
                (select max(e.created_at) from ticket_events e
                  where e.ticket_id = t.id and e.to_status = 'closed'),
                t.updated_at) < ${cutoff}::timestamptz)
        )
      order by t.created_at limit ${limit}`),
  );
  if (due.length === 0) return { retention: 0, erasure: 0 };
  const ids = sql`(select (x->>'id')::uuid from jsonb_array_elements(${JSON.stringify(due)}::jsonb) x)`;
  await tx.execute(sql`delete from attachments where ticket_id in ${ids}`);
  await tx.execute(sql`update messages set body = '' where ticket_id in ${ids} and body <> ''`);
  await tx.execute(sql`update tickets set subject = '', csat_comment = null,
    resolution_summary = null, next_steps = null where id in ${ids}`);
  await tx.execute(sql`insert into ticket_purges (ticket_id, reason)
    select (x->>'id')::uuid, x->>'reason' from jsonb_array_elements(${JSON.stringify(due)}::jsonb) x
    on conflict do nothing`);
  return {
    retention: due.filter((row) => row.reason === "retention").length,
    erasure: due.filter((row) => row.reason === "erasure").length,
  };
}

/** The daily run at 03:00 UTC after `now`. */
export function nextRetentionRun(now: number): number {
  const next = new Date(now);
  next.setUTCHours(3, 0, 0, 0);
  if (next.getTime() <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next.getTime();
}

export async function scheduleRetention(db: DbOrTx, now: number) {
  const runAt = nextRetentionRun(now);
  await enqueue(db, {
    kind: RETENTION_JOB,
    payload: {},
    runAt,
    idempotencyKey: `${RETENTION_JOB}:${new Date(runAt).toISOString()}`,
  });
}

export function retentionHandler(now: () => number): JobHandler {
  return async (job, tx) => {
    const purged = await purgeExpired(tx, now());
    if (purged.retention + purged.erasure >= RETENTION_BATCH) {
      const runAt = now() + 60_000;
      await enqueue(tx, {
        kind: RETENTION_JOB,
        payload: {},
        runAt,
        idempotencyKey: `${RETENTION_JOB}:${new Date(runAt).toISOString()}`,
      });
    }
    // After this run's own slot, even when the clock is behind it, so the key is a new one.
    await scheduleRetention(tx, Math.max(now(), Date.parse(job.runAt)));
  };
}
