import { schema } from "@helpline/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../lib/logger";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";
import { createJobRunner } from "../jobs/jobs";
import { createAnalytics } from "./analytics.index";
import { seedFixture } from "./analytics-fixture";
import { ROLLUP_JOB } from "./rollup";
import { buildWeeklyReport, nextWeeklyRun, WEEKLY_REPORT_JOB } from "./weekly-report";

let t: TestApp;
const analyst = customer(8601);
const supervisor = customer(8602);
const agent = customer(8603);
const retired = customer(8604);
// Monday 12 October 2026, 05:00 UTC: the report for 5–11 October is due at 06:00.
const NOW = Date.parse("2026-10-12T05:00:00Z");

beforeAll(async () => {
  t = await createTestApp();
  await t.handle.db.insert(schema.staffRoles).values([
    { userId: analyst.id, role: "analyst" },
    { userId: supervisor.id, role: "supervisor" },
    { userId: agent.id, role: "agent_l1" },
    { userId: retired.id, role: "supervisor" },
  ]);
  await t.handle.db
    .insert(schema.staffMembers)
    .values({ userId: retired.id, deactivatedAt: "2026-10-01T00:00:00Z" });
  await seedFixture(t.handle.db);
});
afterAll(async () => {
  await t?.close();
});

describe("the weekly report", () => {
  it("is scheduled for Monday 06:00 UTC", () => {
    expect(new Date(nextWeeklyRun(NOW)).toISOString()).toBe("2026-10-12T06:00:00.000Z");
    expect(new Date(nextWeeklyRun(Date.parse("2026-10-12T06:00:00Z"))).toISOString()).toBe(
      "2026-10-19T06:00:00.000Z",
    );
    expect(new Date(nextWeeklyRun(Date.parse("2026-10-14T12:00:00Z"))).toISOString()).toBe(
      "2026-10-19T06:00:00.000Z",
    );
  });

  it("lets report viewers opt in; agents may not", async () => {
    const put = (user: ReturnType<typeof customer>, subscribed: unknown) =>
      t.call("PUT", "/api/admin/analytics/weekly-reports/subscription", {
        user,
        body: { subscribed },
      });
    expect((await put(analyst, true)).body).toEqual({ subscribed: true });
    expect((await put(supervisor, true)).status).toBe(200);
    expect((await put(supervisor, false)).status).toBe(200);
    expect((await put(agent, true)).status).toBe(403);
    expect((await put(analyst, "yes")).status).toBe(400);
    const list = await t.call("GET", "/api/admin/analytics/weekly-reports", { user: analyst });
    expect(list.body).toEqual({ items: [], subscribed: true });
  });

  it("builds last week against the week before, stores it and notifies opted-in staff", async () => {
    // Opted in long ago, then lost the role or was deactivated: no message.
    await t.handle.db.insert(schema.staffNotificationPrefs).values([
      { userId: agent.id, weeklyReport: true },
      { userId: retired.id, weeklyReport: true },
    ]);
    const analytics = createAnalytics(t.handle.db, () => NOW);
    await analytics.schedule();
    const runner = createJobRunner({
      db: t.handle.db,
      handlers: { ...analytics.handlers(), [ROLLUP_JOB]: async () => {} },
      logger: silentLogger,
      now: () => Date.parse("2026-10-12T06:00:00Z"),
    });
    // The report, and the rollup's first run (stubbed: rollup.test.ts covers it).
    expect(await runner.tick()).toEqual({ done: 2, failed: 0 });

    const list = await t.call("GET", "/api/admin/analytics/weekly-reports", { user: supervisor });
    expect(list.status).toBe(200);
    expect(list.body.subscribed).toBe(false);
    expect(list.body.items).toHaveLength(1);
    const report = list.body.items[0];
    expect(report.from).toBe("2026-10-05");
    expect(report.to).toBe("2026-10-11");
    expect(report.current).toEqual({
      from: "2026-10-05",
      to: "2026-10-11",
      created: 6,
      resolved: 4,
      frtP50Minutes: 15,
      frtP90Minutes: 34,
      csatAverage: 3.67,
      topReasons: [
        { name: "Orders and delivery", count: 3 },
        { name: "Account", count: 1 },
        { name: "Complaint", count: 1 },
        { name: "Using the app", count: 1 },
      ],
    });
    expect(report.previous).toEqual({
      from: "2026-09-28",
      to: "2026-10-04",
      created: 2,
      resolved: 1,
      frtP50Minutes: 30,
      frtP90Minutes: 30,
      csatAverage: null,
      topReasons: [
        { name: "Orders and delivery", count: 1 },
        { name: "Using the app", count: 1 },
      ],
    });
    expect(report.worstServed).toEqual([
      { topicId: "complaint", frtP50Minutes: 40, csatAverage: 2 },
      { topicId: "orders", frtP50Minutes: 15, csatAverage: 4.5 },
      { topicId: "account", frtP50Minutes: 5, csatAverage: null },
    ]);

    const sent = await t.handle.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.kind, "staff.weekly_report"));
    expect(sent.map((row) => row.chatId)).toEqual([analyst.id]);
    expect(sent[0]?.idempotencyKey).toBe(`staff.weekly_report:2026-10-05:${analyst.id}`);
    expect(sent[0]?.params).toEqual({
      from: "2026-10-05",
      to: "2026-10-11",
      created: 6,
      resolved: 4,
      frtP50Minutes: 15,
      frtP90Minutes: 34,
      csatAverage: 3.67,
      topReasons: report.current.topReasons,
    });

    // The next week is queued; building the same week again changes nothing.
    const jobs = await t.handle.db
      .select()
      .from(schema.jobs)
      .where(eq(schema.jobs.kind, WEEKLY_REPORT_JOB));
    expect(jobs.filter((j) => j.status === "pending").map((j) => j.runAt.slice(0, 10))).toEqual([
      "2026-10-19",
    ]);
    const again = await t.handle.db.transaction((tx) =>
      buildWeeklyReport(tx, Date.parse("2026-10-12T09:00:00Z")),
    );
    expect(again).toEqual({ from: "2026-10-05", to: "2026-10-11", notified: 0 });
    expect(await t.handle.db.select().from(schema.weeklyReports)).toHaveLength(1);
  });
});
