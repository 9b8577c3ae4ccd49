import { randomUUID } from "node:crypto";
import { type DbHandle, schema } from "@helpline/db";
import { createTestDb } from "@helpline/db/testing";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../lib/logger";
import { createJobRunner, type JobRunner } from "./jobs";
import { nextPurgeRun, PURGE_JOB, purgeHandler, schedulePurge } from "./purge";

const DAY = 86_400_000;
const T0 = Date.parse("2026-11-23T10:00:00Z");

describe("the purge of finished jobs", () => {
  let handle: DbHandle;
  let clock = T0;
  let runner: JobRunner;
  beforeAll(async () => {
    handle = await createTestDb(process.env.DATABASE_URL);
    runner = createJobRunner({
      db: handle.db,
      // Two rows a batch, so a backlog of five needs three rounds.
      handlers: { [PURGE_JOB]: purgeHandler({ now: () => clock, keepDays: 14, batch: 2 }) },
      logger: silentLogger,
      now: () => clock,
    });
  });
  afterAll(() => handle.close());

  const job = (name: string, status: "pending" | "done" | "dead", ageDays: number) => ({
    id: randomUUID(),
    kind: "test.job",
    payload: { name },
    idempotencyKey: `test:${name}`,
    status,
    runAt: new Date(T0 - ageDays * DAY).toISOString(),
    doneAt: status === "done" ? new Date(T0 - ageDays * DAY).toISOString() : null,
  });

  it("runs daily at 03:30 UTC", () => {
    expect(new Date(nextPurgeRun(T0)).toISOString()).toBe("2026-11-24T03:30:00.000Z");
    const early = Date.parse("2026-11-23T01:00:00Z");
    expect(new Date(nextPurgeRun(early)).toISOString()).toBe("2026-11-23T03:30:00.000Z");
  });

  it("deletes done jobs past the keep period in batches and keeps the rest", async () => {
    await handle.db
      .insert(schema.jobs)
      .values([
        ...[20, 30, 40, 50, 60].map((age) => job(`old-${age}`, "done", age)),
        job("recent", "done", 13),
        job("pending", "pending", -30),
        job("old-dead", "dead", 60),
      ]);
    await schedulePurge(handle.db, T0);
    // Scheduling again (a restart) queues nothing new.
    await schedulePurge(handle.db, T0 + 1000);
    const slot = nextPurgeRun(T0);
    clock = slot - 1;
    expect(await runner.tick()).toEqual({ done: 0, failed: 0 });

    clock = slot + 14 * 60_000; // the old rows are now 14 days and some older than the cutoff
    const result = await runner.tick();
    // The daily run and two follow-up rounds: 2 + 2 + 1 rows.
    expect(result).toEqual({ done: 3, failed: 0 });

    const rows = await handle.db
      .select({
        key: schema.jobs.idempotencyKey,
        status: schema.jobs.status,
        runAt: schema.jobs.runAt,
      })
      .from(schema.jobs)
      .orderBy(asc(schema.jobs.idempotencyKey));
    const keys = rows.map((row) => row.key);
    expect(keys.filter((key) => key.startsWith("test:"))).toEqual([
      "test:old-dead",
      "test:pending",
      "test:recent",
    ]);
    const purges = rows.filter((row) => row.key.startsWith(PURGE_JOB));
    const slotIso = new Date(slot).toISOString();
    expect(purges.map((row) => [row.key, row.status])).toEqual([
      [`${PURGE_JOB}:${slotIso}`, "done"],
      [`${PURGE_JOB}:${slotIso}:1`, "done"],
      [`${PURGE_JOB}:${slotIso}:2`, "done"],
      [`${PURGE_JOB}:${new Date(slot + DAY).toISOString()}`, "pending"],
    ]);

    // A day later "recent" is past the keep period too: one run, one row, no follow-up.
    clock = slot + DAY;
    expect(await runner.tick()).toEqual({ done: 1, failed: 0 });
    const left = await handle.db
      .select({ key: schema.jobs.idempotencyKey })
      .from(schema.jobs)
      .where(eq(schema.jobs.kind, "test.job"))
      .orderBy(asc(schema.jobs.idempotencyKey));
    expect(left.map((row) => row.key)).toEqual(["test:old-dead", "test:pending"]);
  });
});
