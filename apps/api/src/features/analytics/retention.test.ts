import { randomUUID } from "node:crypto";
import { schema } from "@helpline/db";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../lib/logger";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";
import { createJobRunner } from "../jobs/jobs";
import { createAnalytics } from "./analytics.index";
import { seedFixture } from "./analytics-fixture";
import { nextRetentionRun, purgeExpired, RETENTION_JOB } from "./retention";
import { ROLLUP_JOB } from "./rollup";

let t: TestApp;
const admin = customer(8401);
const analyst = customer(8402);
const supervisor = customer(8403);
let ids: Record<string, string>;
const DAY = 86_400_000;
const NOW = Date.parse("2026-12-01T12:00:00Z");

beforeAll(async () => {
  t = await createTestApp();
  await t.handle.db.insert(schema.staffRoles).values([
    { userId: admin.id, role: "admin" },
    { userId: analyst.id, role: "analyst" },
    { userId: supervisor.id, role: "supervisor" },
  ]);
  ids = await seedFixture(t.handle.db);
  // T1 closed 2026-10-05 (57 days before NOW); TP resolved but never closed.
  await t.handle.db.insert(schema.ticketEvents).values({
    id: randomUUID(),
    ticketId: ids.T1 as string,
    fromStatus: "resolved",
    toStatus: "closed",
    actor: "system",
    createdAt: "2026-10-05T10:00:00Z",
  });
  await t.handle.db.insert(schema.attachments).values({
    id: randomUUID(),
    ticketId: ids.T1 as string,
    uploaderId: 7001,
    contentType: "image/png",
    size: 3,
    data: new Uint8Array([1, 2, 3]),
  });
});
afterAll(async () => {
  await t?.close();
});

const bodiesOf = async (ticketId: string) =>
  (
    await t.handle.db
      .select({ body: schema.messages.body })
      .from(schema.messages)
      .where(eq(schema.messages.ticketId, ticketId))
  ).map((m) => m.body);

describe("retention settings", () => {
  it("defaults to 180 days; admins change it (audited), others may only read it", async () => {
    expect((await t.call("GET", "/api/admin/analytics/retention", { user: analyst })).body).toEqual(
      { retentionDays: 180, updatedAt: null },
    );
    const denied = await t.call("PUT", "/api/admin/analytics/retention", {
      user: supervisor,
      body: { retentionDays: 60 },
    });
    expect(denied.status).toBe(403);
    const tooShort = await t.call("PUT", "/api/admin/analytics/retention", {
      user: admin,
      body: { retentionDays: 7 },
    });
    expect(tooShort.status).toBe(400);
    expect(Object.keys(tooShort.body.error.details.fields)).toEqual(["retentionDays"]);
    const ok = await t.call("PUT", "/api/admin/analytics/retention", {
      user: admin,
      body: { retentionDays: 180 },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.retentionDays).toBe(180);
    const [entry] = await t.handle.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "analytics.retention"));
    expect(entry?.actorId).toBe(admin.id);
    expect(entry?.after).toEqual({ retentionDays: 180 });
  });
});

describe("the retention purge", () => {
  it("keeps conversations of tickets closed for less than the period", async () => {
    const purged = await t.handle.db.transaction((tx) => purgeExpired(tx, NOW));
    expect(purged).toEqual({ retention: 0, erasure: 0 });
    expect(await bodiesOf(ids.T1 as string)).toContain("Help with T1");
  });

  it("purges closed tickets past the period and erased customers' tickets, keeping metrics", async () => {
    const before = await t.call("GET", "/api/admin/analytics/sla?from=2026-10-05&to=2026-10-11", {
      user: analyst,
    });
    await t.call("PUT", "/api/admin/analytics/retention", {
      user: admin,
      body: { retentionDays: 30 },
    });
    // "Delete my data" by customer 7003 (T3, T4): honoured by the same purge.
    const erased = await t.call("POST", "/api/me/erase", {
      user: customer(7003),
      body: { confirm: true },
    });
    expect(erased.status).toBe(200);

    // Through the durable job, as the server runs it.
    const analytics = createAnalytics(t.handle.db, () => NOW);
    await analytics.schedule();
    const runner = createJobRunner({
      db: t.handle.db,
      handlers: { ...analytics.handlers(), [ROLLUP_JOB]: async () => {} },
      logger: silentLogger,
      now: () => nextRetentionRun(NOW),
    });
    // The purge, and the rollup's first run (stubbed: rollup.test.ts covers it).
    expect(await runner.tick()).toEqual({ done: 2, failed: 0 });

    const marks = await t.handle.db.select().from(schema.ticketPurges);
    expect(
      marks
        .map((m) => [m.ticketId, m.reason])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual(
      [
        [ids.T1, "retention"],
        [ids.T3, "erasure"],
        [ids.T4, "erasure"],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect((await bodiesOf(ids.T1 as string)).every((b) => b === "")).toBe(true);
    const [t1] = await t.handle.db
      .select()
      .from(schema.tickets)
      .where(eq(schema.tickets.id, ids.T1 as string));
    expect(t1?.subject).toBe("");
    expect(t1?.csatScore).toBe(5);
    const files = await t.handle.db
      .select()
      .from(schema.attachments)
      .where(eq(schema.attachments.ticketId, ids.T1 as string));
    expect(files).toHaveLength(0);
    // Not closed (resolved only) or not past the period: untouched.
    expect(await bodiesOf(ids.T2 as string)).toContain("Help with T2");
    expect(await bodiesOf(ids.TP as string)).toContain("Help with TP");

    // The figures are what they were.
    const after = await t.call("GET", "/api/admin/analytics/sla?from=2026-10-05&to=2026-10-11", {
      user: analyst,
    });
    expect(after.body).toEqual(before.body);
    const quality = await t.call(
      "GET",
      "/api/admin/analytics/quality?from=2026-10-05&to=2026-10-11",
      { user: analyst },
    );
    expect(quality.body.fcr).toEqual({ resolved: 4, firstContact: 1, percent: 25 });

    // The job queued its next daily run; running again purges nothing new.
    const pending = await t.handle.db
      .select()
      .from(schema.jobs)
      .where(inArray(schema.jobs.kind, [RETENTION_JOB]));
    expect(pending.filter((j) => j.status === "pending").map((j) => j.runAt.slice(0, 10))).toEqual([
      "2026-12-03",
    ]);
    const again = await t.handle.db.transaction((tx) => purgeExpired(tx, NOW + DAY));
    expect(again).toEqual({ retention: 0, erasure: 0 });
  });
});

describe("risk figures", () => {
  it("counts rejected requests and privacy events", async () => {
    const fresh = await createTestApp();
    try {
      const boss = customer(8501);
      await fresh.handle.db.insert(schema.staffRoles).values({ userId: boss.id, role: "admin" });
      expect(
        (await fresh.call("GET", "/api/admin/analytics/sla", { user: customer(1) })).status,
      ).toBe(403);
      expect(
        (await fresh.call("GET", "/api/admin/analytics/sla?tz=X", { user: boss })).status,
      ).toBe(400);
      expect((await fresh.call("GET", "/api/admin/analytics/sla")).status).toBe(401);
      expect((await fresh.call("GET", "/api/admin/analytics/sla", { user: boss })).status).toBe(
        200,
      );
      const today = new Date().toISOString().slice(0, 10);
      const risk = await fresh.call("GET", `/api/admin/analytics/risk?from=${today}&to=${today}`, {
        user: boss,
      });
      expect(risk.body.requests).toEqual({ total: 4, rejected: 3, rateLimited: 0, percent: 75 });
      await fresh.call("POST", "/api/me/erase", { user: customer(2), body: { confirm: true } });
      const later = await fresh.call("GET", `/api/admin/analytics/risk?from=${today}&to=${today}`, {
        user: boss,
      });
      expect(later.body.requests.total).toBe(6);
      expect(later.body.privacy).toEqual({ exports: 0, erasures: 1, purgedTickets: 0 });
    } finally {
      await fresh.close();
    }
  });
});
