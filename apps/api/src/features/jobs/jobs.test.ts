import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Db, type DbHandle, schema } from "@helpline/db";
import { createTestDb, createTestDbPair } from "@helpline/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../lib/logger";
import { createJobRunner, enqueue, type Job } from "./jobs";

const T0 = Date.parse("2026-11-23T10:00:00Z");

/** A clock the test moves by hand. */
function fakeClock(start = T0) {
  let value = start;
  return { now: () => value, advance: (ms: number) => (value += ms) };
}

/** Counts how often each job ran, by its payload's `n`. */
function recorder() {
  const runs = new Map<number, number>();
  const handler = async (job: Job) => {
    const n = job.payload.n as number;
    runs.set(n, (runs.get(n) ?? 0) + 1);
  };
  return { runs, handler };
}

async function statuses(db: Db) {
  const rows = await db.select({ status: schema.jobs.status }).from(schema.jobs);
  return rows.reduce<Record<string, number>>((acc, row) => {
    acc[row.status] = (acc[row.status] ?? 0) + 1;
    return acc;
  }, {});
}

describe("durable jobs", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(process.env.DATABASE_URL);
  });
  afterAll(() => handle.close());

  it("keeps the first job for an idempotency key", async () => {
    const job = { kind: "k", payload: { n: 1 }, runAt: T0, idempotencyKey: "dedupe-1" };
    expect(await enqueue(handle.db, job)).toBe(true);
    expect(await enqueue(handle.db, { ...job, payload: { n: 2 } })).toBe(false);
    const rows = await handle.db
      .select()
      .from(schema.jobs)
      .where(eq(schema.jobs.idempotencyKey, "dedupe-1"));
    expect(rows.map((row) => row.payload)).toEqual([{ n: 1 }]);
    await handle.db.delete(schema.jobs);
  });

  it("enqueues in the caller's transaction: a rollback leaves no job", async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await enqueue(tx, { kind: "k", payload: {}, runAt: T0, idempotencyKey: "rolled-back" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await handle.db.select().from(schema.jobs)).toHaveLength(0);
  });

  it("runs a job only once it is due, by the injected clock", async () => {
    const clock = fakeClock();
    const { runs, handler } = recorder();
    const runner = createJobRunner({
      db: handle.db,
      handlers: { k: handler },
      logger: silentLogger,
      now: clock.now,
    });
    await enqueue(handle.db, {
      kind: "k",
      payload: { n: 7 },
      runAt: T0 + 60_000,
      idempotencyKey: "due-7",
    });
    expect(await runner.tick()).toEqual({ done: 0, failed: 0 });
    clock.advance(59_999);
    await runner.tick();
    expect(runs.size).toBe(0);
    clock.advance(1);
    expect(await runner.tick()).toEqual({ done: 1, failed: 0 });
    expect(runs.get(7)).toBe(1);
    expect(await runner.tick()).toEqual({ done: 0, failed: 0 });
    await handle.db.delete(schema.jobs);
  });

  it("runs after-commit effects only for a job that committed", async () => {
    const clock = fakeClock();
    const seen: string[] = [];
    const runner = createJobRunner({
      db: handle.db,
      handlers: {
        ok: async (_job, _tx, effects) => {
          effects.afterCommit(() => seen.push("ok"));
        },
        broken: async (_job, _tx, effects) => {
          effects.afterCommit(() => seen.push("broken"));
          throw new Error("rolled back");
        },
      },
      logger: silentLogger,
      now: clock.now,
    });
    await enqueue(handle.db, { kind: "broken", payload: {}, runAt: T0, idempotencyKey: "fx-1" });
    await enqueue(handle.db, { kind: "ok", payload: {}, runAt: T0 + 1, idempotencyKey: "fx-2" });
    clock.advance(1);
    expect(await runner.tick()).toEqual({ done: 1, failed: 1 });
    expect(seen).toEqual(["ok"]);
    await handle.db.delete(schema.jobs);
  });

  it("retries with backoff, rolls back a failed attempt's writes and gives up after N", async () => {
    const clock = fakeClock();
    let calls = 0;
    const runner = createJobRunner({
      db: handle.db,
      handlers: {
        flaky: async (_job, tx) => {
          calls++;
          // A write the failure must undo.
          await enqueue(tx, {
            kind: "side",
            payload: {},
            runAt: T0,
            idempotencyKey: `side-${calls}`,
          });
          throw new Error("downstream is down");
        },
      },
      logger: silentLogger,
      now: clock.now,
      backoffMs: (attempts) => attempts * 1000,
    });
    await enqueue(handle.db, {
      kind: "flaky",
      payload: {},
      runAt: T0,
      idempotencyKey: "flaky",
      maxAttempts: 3,
    });
    expect(await runner.tick()).toEqual({ done: 0, failed: 1 });
    clock.advance(999);
    expect(await runner.tick()).toEqual({ done: 0, failed: 0 });
    clock.advance(1);
    expect(await runner.tick()).toEqual({ done: 0, failed: 1 });
    clock.advance(2000);
    expect(await runner.tick()).toEqual({ done: 0, failed: 1 });
    clock.advance(60_000);
    expect(await runner.tick()).toEqual({ done: 0, failed: 0 });
    const [job] = await handle.db.select().from(schema.jobs);
    expect(job).toMatchObject({ status: "dead", attempts: 3, lastError: "downstream is down" });
    expect(calls).toBe(3);
    expect(await handle.db.select().from(schema.jobs)).toHaveLength(1);
    await handle.db.delete(schema.jobs);
  });

  it("fires a due job within 5 s on the real clock", async () => {
    let firedAt = 0;
    const runner = createJobRunner({
      db: handle.db,
      handlers: {
        ping: async () => {
          firedAt = Date.now();
        },
      },
      logger: silentLogger,
      pollMs: 200,
    });
    const due = Date.now() + 300;
    await enqueue(handle.db, { kind: "ping", payload: {}, runAt: due, idempotencyKey: "ping" });
    runner.start();
    await expect.poll(() => firedAt, { timeout: 5000, interval: 50 }).toBeGreaterThan(0);
    await runner.stop();
    expect(firedAt).toBeGreaterThanOrEqual(due);
    expect(firedAt - due).toBeLessThan(5000);
    await handle.db.delete(schema.jobs);
  });
});

describe("a restart in the middle of a schedule", () => {
  it("loses nothing and runs nothing twice, even when a run dies half-way", async () => {
    // A database on disk (PGlite) or a server (PostgreSQL), opened twice as two processes would.
    const dir = process.env.DATABASE_URL
      ? undefined
      : mkdtempSync(join(tmpdir(), "helpline-jobs-"));
    const open = async () =>
      dir ? createDb({ dataDir: join(dir, "pglite") }) : createTestDb(process.env.DATABASE_URL);
    let first = await open();
    await first.migrate();
    const clock = fakeClock();
    const { runs, handler } = recorder();
    for (let n = 0; n < 40; n++) {
      await enqueue(first.db, {
        kind: "k",
        payload: { n },
        runAt: T0 + n * 60_000,
        idempotencyKey: `restart-${n}`,
      });
    }
    let crash = true;
    const runnerA = createJobRunner({
      db: first.db,
      handlers: {
        k: async (job, tx) => {
          if (job.payload.n === 15 && crash) {
            crash = false;
            throw new Error("process died");
          }
          await handler(job);
          void tx;
        },
      },
      logger: silentLogger,
      now: clock.now,
      backoffMs: () => 60_000,
    });
    clock.advance(15 * 60_000);
    await runnerA.tick();
    await runnerA.stop();
    expect(runs.size).toBe(15);
    if (dir) {
      await first.close();
      first = await open();
      await first.migrate();
    }
    // The schedule was enqueued again on start-up, as a booting app would: the keys dedupe it.
    for (let n = 0; n < 40; n++) {
      await enqueue(first.db, {
        kind: "k",
        payload: { n },
        runAt: T0 + n * 60_000,
        idempotencyKey: `restart-${n}`,
      });
    }
    const runnerB = createJobRunner({
      db: first.db,
      handlers: { k: handler },
      logger: silentLogger,
      now: clock.now,
    });
    clock.advance(60 * 60_000);
    await runnerB.tick();
    expect(runs.size).toBe(40);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(await statuses(first.db)).toEqual({ done: 40 });
    await first.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
});

describe("two runners sharing one database", () => {
  let pair: Awaited<ReturnType<typeof createTestDbPair>>;
  beforeAll(async () => {
    pair = await createTestDbPair(process.env.DATABASE_URL);
  });
  afterAll(() => pair.close());

  it("runs each job exactly once", async () => {
    const [a, b] = pair.handles;
    const total = 200;
    for (let n = 0; n < total; n++) {
      await enqueue(a.db, { kind: "k", payload: { n }, runAt: T0, idempotencyKey: `pair-${n}` });
    }
    const runs = new Map<number, string[]>();
    const handlerFor = (who: string) => async (job: Job) => {
      const n = job.payload.n as number;
      runs.set(n, [...(runs.get(n) ?? []), who]);
      // Give the other runner a chance to reach for the same row.
      await new Promise((resolve) => setImmediate(resolve));
    };
    const clock = fakeClock(T0 + 1000);
    const runnerA = createJobRunner({
      db: a.db,
      handlers: { k: handlerFor("a") },
      logger: silentLogger,
      now: clock.now,
      batch: 10_000,
    });
    const runnerB = createJobRunner({
      db: b.db,
      handlers: { k: handlerFor("b") },
      logger: silentLogger,
      now: clock.now,
      batch: 10_000,
    });
    const [resultA, resultB] = await Promise.all([runnerA.tick(), runnerB.tick()]);
    expect(resultA.done + resultB.done).toBe(total);
    expect(runs.size).toBe(total);
    expect([...runs.values()].every((who) => who.length === 1)).toBe(true);
    expect(await statuses(a.db)).toEqual({ done: total });
    if (process.env.DATABASE_URL) {
      // Both really worked, so the lock was contended.
      expect(resultA.done).toBeGreaterThan(0);
      expect(resultB.done).toBeGreaterThan(0);
    }
  });
});
