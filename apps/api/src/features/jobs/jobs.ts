import { randomUUID } from "node:crypto";
import { type Db, schema } from "@helpline/db";
import { and, eq, sql } from "drizzle-orm";
import type { Logger } from "../../lib/logger";

const { jobs } = schema;

/** A transaction or the database itself: enqueue joins whichever the caller is in. */
export type DbOrTx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  runAt: number;
  /** Unique across all jobs: enqueuing the same key twice keeps the first job. */
  idempotencyKey: string;
  maxAttempts?: number;
}

export interface Job {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  runAt: string;
  attempts: number;
}

/** What a handler may do besides writing in its transaction. */
export interface JobEffects {
  /**
   * Runs `effect` once the job's transaction has committed (never if it rolls back): telling the
   * live streams about a ticket the job changed. Effects are in-process and best effort; a
   * failing one is logged, the job stays done.
   */
  afterCommit(effect: () => void): void;
}

/**
 * Runs one job inside the transaction that marks it done: its database writes commit with the
 * "done" mark or not at all. Anything outside the database (a Telegram message) may happen twice
 * after a crash, so such handlers must be idempotent themselves.
 */
export type JobHandler = (job: Job, tx: DbOrTx, effects: JobEffects) => Promise<void>;

const jobRow = (job: NewJob) => ({
  id: randomUUID(),
  kind: job.kind,
  payload: job.payload,
  runAt: new Date(job.runAt).toISOString(),
  idempotencyKey: job.idempotencyKey,
  maxAttempts: job.maxAttempts ?? 5,
});

/**
 * Adds a job, in the caller's transaction when given one.
 *
 * @returns whether it was new (false: a job with this idempotency key already exists)
 */
export async function enqueue(db: DbOrTx, job: NewJob): Promise<boolean> {
  const inserted = await db
    .insert(jobs)
    .values(jobRow(job))
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .returning({ id: jobs.id });
  return inserted.length > 0;
}

/** Several jobs in one statement (a re-plan schedules up to five); duplicates are skipped. */
export async function enqueueAll(db: DbOrTx, batch: readonly NewJob[]): Promise<void> {
  if (batch.length === 0) return;
  await db
    .insert(jobs)
    .values(batch.map(jobRow))
    .onConflictDoNothing({ target: jobs.idempotencyKey });
}

export interface RunnerOptions {
  db: Db;
  handlers: Record<string, JobHandler>;
  logger: Logger;
  now?: () => number;
  /** How long an idle runner waits before looking again; at most 1 s keeps timers precise. */
  pollMs?: number;
  /** Jobs per tick before the runner yields to the event loop. */
  batch?: number;
  /** Delay before attempt n+1 (n = attempts so far). */
  backoffMs?: (attempts: number) => number;
}

export interface TickResult {
  done: number;
  failed: number;
}

const defaultBackoff = (attempts: number) => Math.min(2 ** attempts * 1000, 15 * 60_000);

/**
 * A job runner. `tick()` works off what is due now (tests drive it with a fake clock);
 * `start()` ticks every `pollMs` until `stop()`, which waits for the job in hand.
 */
export function createJobRunner(options: RunnerOptions) {
  const now = options.now ?? Date.now;
  const pollMs = Math.min(options.pollMs ?? 500, 1000);
  const batch = options.batch ?? 50;
  const backoff = options.backoffMs ?? defaultBackoff;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  /** Claims one due job and runs it; undefined when nothing is due. */
  async function runOne(): Promise<"done" | "failed" | undefined> {
    const at = new Date(now()).toISOString();
    let claimed: Job | undefined;
    const effects: (() => void)[] = [];
    try {
      await options.db.transaction(async (tx) => {
        const [row] = await tx
          .select({
            id: jobs.id,
            kind: jobs.kind,
            payload: jobs.payload,
            runAt: jobs.runAt,
            attempts: jobs.attempts,
          })
          .from(jobs)
          .where(and(eq(jobs.status, "pending"), sql`${jobs.runAt} <= ${at}`))
          .orderBy(jobs.runAt)
          .limit(1)
          .for("update", { skipLocked: true });
        if (!row) return;
        claimed = row;
        const handler = options.handlers[row.kind];
        if (!handler) throw new Error(`No handler for job kind "${row.kind}"`);
        effects.length = 0;
        await handler(row, tx, { afterCommit: (effect) => effects.push(effect) });
        await tx
          .update(jobs)
          .set({ status: "done", attempts: row.attempts + 1, doneAt: at, lastError: null })
          .where(eq(jobs.id, row.id));
      });
    } catch (error) {
      if (!claimed) throw error;
      await recordFailure(claimed, error);
      return "failed";
    }
    for (const effect of effects) {
      try {
        effect();
      } catch (error) {
        options.logger.warn("A job's after-commit effect failed", { kind: claimed?.kind, error });
      }
    }
    return claimed ? "done" : undefined;
  }

  async function recordFailure(job: Job, error: unknown) {
    const attempts = job.attempts + 1;
    const message = error instanceof Error ? error.message : String(error);
    // Guarded by status so a job another runner finished meanwhile is left alone.
    const [row] = await options.db
      .update(jobs)
      .set({
        attempts,
        lastError: message.slice(0, 500),
        status: sql`case when ${attempts} >= ${jobs.maxAttempts} then 'dead' else 'pending' end`,
        runAt: new Date(now() + backoff(attempts)).toISOString(),
      })
      .where(and(eq(jobs.id, job.id), eq(jobs.status, "pending")))
      .returning({ status: jobs.status });
    const fields = { jobId: job.id, kind: job.kind, attempts, error: message };
    if (row?.status === "dead") options.logger.error("Job gave up", fields);
    else options.logger.warn("Job failed; will retry", fields);
  }

  async function tick(): Promise<TickResult> {
    const result: TickResult = { done: 0, failed: 0 };
    for (let i = 0; i < batch; i++) {
      const outcome = await runOne();
      if (!outcome) break;
      result[outcome]++;
    }
    return result;
  }

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .then((result) => schedule(result.done + result.failed >= batch ? 0 : pollMs))
        .catch((error: unknown) => {
          options.logger.error("Job runner tick failed", { error });
          schedule(pollMs);
        });
    }, delay);
  }

  return {
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule(0);
    },
    /** Stops polling and waits for the tick in progress, so no job is cut off mid-run. */
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
