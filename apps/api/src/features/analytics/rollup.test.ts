import { randomUUID } from "node:crypto";
import type { AnalyticsFilter } from "@helpline/contracts/analytics";
import { type DbHandle, rowsOf, schema, seedReference } from "@helpline/db";
import { createTestDb } from "@helpline/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../lib/logger";
import { createJobRunner } from "../jobs/jobs";
import { createAnalytics } from "./analytics.index";
import { createAnalyticsRepo } from "./analytics.repo";
import { type AnalyticsService, createAnalyticsService } from "./analytics.service";
import { AGENT_B, seedFixture } from "./analytics-fixture";
import { nextRollupRun, ROLLUP_JOB, refreshRollup } from "./rollup";

let handle: DbHandle;
let ids: Record<string, string>;
/** Raw tickets only: the reference every rollup-served figure must equal. */
let raw: AnalyticsService;
let served: AnalyticsService;
const NOW = Date.parse("2026-10-20T12:00:00Z");
const WEEK = { from: "2026-10-05", to: "2026-10-11" };

beforeAll(async () => {
  handle = await createTestDb(process.env.DATABASE_URL);
  await seedReference(handle.db);
  ids = await seedFixture(handle.db);
  raw = createAnalyticsService(createAnalyticsRepo(handle.db, { rollup: false }), () => NOW);
  served = createAnalyticsService(createAnalyticsRepo(handle.db), () => NOW);
});
afterAll(async () => {
  await handle?.close();
});

const rollupRows = async () =>
  rowsOf<{ slot: string; queue_id: string; arrivals: number }>(
    await handle.db.execute(sql`select slot, queue_id, arrivals from analytics_arrivals
      order by slot, queue_id`),
  );

/** Every filter and zone the rollup serves or hands back to the raw path, week and month. */
const FILTERS: AnalyticsFilter[] = [
  { tz: "UTC", ...WEEK },
  { tz: "Europe/Moscow", ...WEEK },
  { tz: "America/New_York", from: "2026-09-28", to: "2026-10-20" },
  { tz: "Asia/Tehran", ...WEEK },
  { tz: "Asia/Kolkata", from: "2026-09-28", to: "2026-10-20" },
  { tz: "Asia/Kathmandu", ...WEEK },
  { tz: "UTC", ...WEEK, queue: "l1" },
  { tz: "UTC", ...WEEK, topic: "orders" },
  { tz: "UTC", ...WEEK, language: "en" },
  { tz: "UTC", ...WEEK, agent: AGENT_B },
];

async function expectSameAsRaw() {
  for (const filter of FILTERS) {
    expect(await served.volume(filter), JSON.stringify(filter)).toEqual(await raw.volume(filter));
    expect(await served.sla(filter), JSON.stringify(filter)).toEqual(await raw.sla(filter));
    expect(await served.product(filter), JSON.stringify(filter)).toEqual(await raw.product(filter));
  }
}

const breachesOf = async (filter: AnalyticsFilter) => (await served.sla(filter)).breaches;

describe("the arrivals rollup", () => {
  it("gives the raw figures before its first run (nothing to read yet)", async () => {
    expect(await rollupRows()).toEqual([]);
    const week = await served.volume({ tz: "UTC", ...WEEK });
    expect(week.total).toBe(6);
    await expectSameAsRaw();
  });

  it("serves the hand-computed week from the rollup when only part of it is sealed", async () => {
    // Sealed up to Wednesday 12:00 UTC: T4 (created at 12:00 exactly) is read raw.
    const { coveredUntil } = await refreshRollup(handle.db, Date.parse("2026-10-07T12:13:00Z"));
    expect(coveredUntil).toBe("2026-10-07T12:00:00.000Z");
    const rows = await rollupRows();
    expect(rows.reduce((sum, row) => sum + Number(row.arrivals), 0)).toBe(5); // TP, T0–T3
    const week = await served.volume({ tz: "UTC", ...WEEK });
    expect(week.perDay.map((d) => d.count)).toEqual([2, 1, 1, 1, 0, 0, 1]);
    expect(await breachesOf({ tz: "UTC", ...WEEK })).toEqual([
      { date: "2026-10-05", queue: "l1", count: 1 },
      { date: "2026-10-07", queue: "l2", count: 1 },
    ]);
    await expectSameAsRaw();
  });

  it("serves whole ranges once sealed, and reads the rollup, not the tickets", async () => {
    const { slots } = await refreshRollup(handle.db, NOW);
    // The slots sealed since the last run (13 days), T4, T5 and T6 in three of them.
    expect(slots).toBe(12 * 24 * 4 + 23 * 4 + 3);
    expect((await rollupRows()).reduce((sum, row) => sum + Number(row.arrivals), 0)).toBe(8);
    await expectSameAsRaw();
    // A row only the rollup has shows up on the paths it serves, never on the raw ones.
    await handle.db.execute(sql`insert into analytics_arrivals
      (slot, queue_id, topic_id, section_id, channel, arrivals) values
      ('2026-10-09T15:00:00Z', 'vip', 'orders', 'refund', 'webapp', 40)`);
    await handle.db.execute(sql`insert into analytics_breaches (slot, queue_id, topic_id, breaches)
      values ('2026-10-09T15:00:00Z', 'vip', 'orders', 7)`);
    try {
      expect((await served.volume({ tz: "UTC", ...WEEK })).total).toBe(46);
      expect((await served.volume({ tz: "Europe/Moscow", ...WEEK })).total).toBe(46);
      expect((await served.volume({ tz: "UTC", ...WEEK, queue: "vip" })).total).toBe(40);
      expect((await served.product({ tz: "UTC", ...WEEK })).topReasons[0]).toEqual({
        topicId: "orders",
        sectionId: "refund",
        count: 40,
        previous: 0,
      });
      // +03:30: 15:00 UTC is 18:30 on Friday in Tehran.
      const tehran = await served.volume({ tz: "Asia/Tehran", ...WEEK });
      expect(tehran.total).toBe(46);
      expect(tehran.heatmap[4]?.[18]).toBe(40);
      expect((await served.volume({ tz: "UTC", ...WEEK, agent: AGENT_B })).total).toBe(2);
      expect(await breachesOf({ tz: "UTC", ...WEEK, topic: "orders" })).toEqual([
        { date: "2026-10-05", queue: "l1", count: 1 },
        { date: "2026-10-09", queue: "vip", count: 7 },
      ]);
      // Language and agent filters are not in the rollup: the breaches are read raw.
      expect(await breachesOf({ tz: "UTC", ...WEEK, language: "en" })).toEqual([
        { date: "2026-10-07", queue: "l2", count: 1 },
      ]);
    } finally {
      await handle.db.execute(sql`delete from analytics_arrivals where queue_id = 'vip'`);
      await handle.db.execute(sql`delete from analytics_breaches where queue_id = 'vip'`);
    }
  });

  it("rewrites the slots of tickets changed or committed late since the last run", async () => {
    // An escalation of T2 (Monday, breached) and a ticket that arrived in a slot sealed already.
    await handle.db
      .update(schema.tickets)
      .set({ queueId: "l2", updatedAt: sql`now()` })
      .where(eq(schema.tickets.id, ids.T2 as string));
    await handle.db.insert(schema.tickets).values({
      id: randomUUID(),
      customerId: 7001,
      topicId: "account",
      subject: "Late",
      queueId: "vip",
      channel: "bot",
      eta: "2026-10-09T15:20:00Z",
      createdAt: "2026-10-09T15:05:00Z",
    });
    // Until the next run the rollup still has T2 in L1 (the lag ADR 019 accepts).
    expect((await served.volume({ tz: "UTC", ...WEEK, queue: "l2" })).total).toBe(1);
    expect((await breachesOf({ tz: "UTC", ...WEEK }))[0]).toEqual({
      date: "2026-10-05",
      queue: "l1",
      count: 1,
    });
    await refreshRollup(handle.db, NOW + 5 * 60_000);
    expect((await served.volume({ tz: "UTC", ...WEEK, queue: "l2" })).total).toBe(2);
    expect(await breachesOf({ tz: "UTC", ...WEEK })).toEqual([
      { date: "2026-10-05", queue: "l2", count: 1 },
      { date: "2026-10-07", queue: "l2", count: 1 },
    ]);
    expect((await served.volume({ tz: "UTC", ...WEEK })).byQueue).toEqual([
      { key: "l1", count: 4 },
      { key: "l2", count: 2 },
      { key: "vip", count: 1 },
    ]);
    await expectSameAsRaw();
  });

  it("runs as a durable job every five minutes, queued by the analytics feature", async () => {
    const later = NOW + 3 * 3_600_000;
    const analytics = createAnalytics(handle.db, () => later);
    await analytics.schedule();
    const runner = createJobRunner({
      db: handle.db,
      handlers: analytics.handlers(),
      logger: silentLogger,
      now: () => nextRollupRun(later),
    });
    await runner.tick();
    const [state] = rowsOf<{ covered_until: string }>(
      await handle.db.execute(sql`select covered_until from analytics_rollup_state`),
    );
    expect(new Date(state?.covered_until ?? 0).toISOString()).toBe("2026-10-20T14:45:00.000Z");
    const pending = rowsOf<{ run_at: string }>(
      await handle.db.execute(sql`select run_at from jobs
        where kind = ${ROLLUP_JOB} and status = 'pending'`),
    );
    expect(pending.map((job) => new Date(job.run_at).toISOString())).toEqual([
      new Date(nextRollupRun(later) + 5 * 60_000).toISOString(),
    ]);
    await expectSameAsRaw();
  });
});
