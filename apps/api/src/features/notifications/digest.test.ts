import type { StaffRole } from "@helpline/contracts/users";
import { schema } from "@helpline/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../lib/logger";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";
import { createJobRunner } from "../jobs/jobs";
import { DIGEST_JOB, digestHandlers, nextDigestAt, scheduleDigest } from "./digest";

let t: TestApp;
const buyer = customer(7501);
const sup = customer(7601);
const sup2 = customer(7602);
const agent = customer(7603);
const analyst = customer(7604);

async function grant(userId: number, role: StaffRole) {
  await t.handle.db.insert(schema.staffRoles).values({ userId, role });
}

beforeAll(async () => {
  t = await createTestApp();
  await grant(sup.id, "supervisor");
  await grant(sup2.id, "supervisor");
  await grant(agent.id, "agent_l1");
  await grant(analyst.id, "analyst");
});
afterAll(async () => {
  await t?.close();
});

describe("notification preferences", () => {
  it("starts off, stores my choice, and is mine alone", async () => {
    expect((await t.call("GET", "/api/admin/notification-prefs", { user: sup })).body).toEqual({
      dailyDigest: false,
      weeklyReport: false,
    });
    const put = await t.call("PUT", "/api/admin/notification-prefs", {
      user: sup,
      body: { dailyDigest: true, weeklyReport: false },
    });
    expect(put.status).toBe(200);
    expect((await t.call("GET", "/api/admin/notification-prefs", { user: sup })).body).toEqual({
      dailyDigest: true,
      weeklyReport: false,
    });
    expect((await t.call("GET", "/api/admin/notification-prefs", { user: sup2 })).body).toEqual({
      dailyDigest: false,
      weeklyReport: false,
    });
    const weekly = await t.call("PUT", "/api/admin/notification-prefs", {
      user: analyst,
      body: { dailyDigest: false, weeklyReport: true },
    });
    expect(weekly.status).toBe(200);
  });

  it("answers 400 with field errors on bad input, 403 to agents and customers", async () => {
    const bad = await t.call("PUT", "/api/admin/notification-prefs", {
      user: sup,
      body: { dailyDigest: "yes", extra: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_failed");
    expect(Object.keys(bad.body.error.details.fields)).toContain("dailyDigest");
    const partial = await t.call("PUT", "/api/admin/notification-prefs", {
      user: sup,
      body: { dailyDigest: false },
    });
    expect(partial.status).toBe(400);
    for (const user of [agent, buyer]) {
      expect((await t.call("GET", "/api/admin/notification-prefs", { user })).status).toBe(403);
      expect(
        (
          await t.call("PUT", "/api/admin/notification-prefs", {
            user,
            body: { dailyDigest: true, weeklyReport: true },
          })
        ).status,
      ).toBe(403);
    }
  });
});

describe("daily digest job", () => {
  it("notifies each opted-in supervisor once a day with the desk's figures", async () => {
    // The digest counts "yesterday" by UTC day: a ticket today is in tomorrow's digest.
    const created = await t.call("POST", "/api/tickets", {
      user: buyer,
      body: { topicId: "orders", subject: "Digest me", description: "A ticket to be counted." },
    });
    expect(created.status).toBe(201);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    // sup opted in above; the agent's flag must not matter (the digest is for supervisors).
    await t.handle.db
      .insert(schema.staffNotificationPrefs)
      .values({ userId: agent.id, dailyDigest: true });

    // Only the digest's jobs here: the ticket's SLA timers belong to another runner's test.
    await t.handle.db.delete(schema.jobs);
    let clock = Date.now();
    await scheduleDigest(t.handle.db, clock);
    await scheduleDigest(t.handle.db, clock);
    const runner = createJobRunner({
      db: t.handle.db,
      handlers: digestHandlers(() => clock),
      logger: silentLogger,
      now: () => clock,
    });
    clock = nextDigestAt(Date.now());
    expect(await runner.tick()).toEqual({ done: 1, failed: 0 });
    clock = nextDigestAt(clock + 1);
    expect(await runner.tick()).toEqual({ done: 1, failed: 0 });

    const rows = await t.handle.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.kind, "staff.digest"));
    expect(rows.map((r) => r.chatId)).toEqual([sup.id, sup.id]);
    const byDate = new Map(rows.map((r) => [r.params.date, r.params]));
    const days = [...byDate.keys()].sort();
    expect(days).toHaveLength(2);
    expect(days).toContain(tomorrow);
    expect(byDate.get(tomorrow)).toMatchObject({
      open: 1,
      createdYesterday: 1,
      resolvedYesterday: 0,
    });
    const jobs = await t.handle.db
      .select({ key: schema.jobs.idempotencyKey })
      .from(schema.jobs)
      .where(eq(schema.jobs.kind, DIGEST_JOB));
    expect(jobs).toHaveLength(3);
  });
});
