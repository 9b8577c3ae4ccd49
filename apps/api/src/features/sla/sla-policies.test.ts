import type { StaffRole } from "@helpline/contracts/users";
import { schema, seedReference } from "@helpline/db";
import { createTestDbPair } from "@helpline/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app";
import { signInitData } from "../../lib/init-data";
import { silentLogger } from "../../lib/logger";
import { createTestApp, customer, TEST_BOT_TOKEN, type TestApp } from "../../testing/test-app";
import { createJobRunner } from "../jobs/jobs";
import { createSlaRepo } from "./sla.repo";
import { createSlaService } from "./sla.service";

const admin = customer(6001);
const supervisor = customer(6002);
const agent = customer(6003);
const buyer = customer(6004);

const valid = {
  firstResponseMinutes: 20,
  nextResponseMinutes: 10,
  resolutionMinutes: 300,
  dueSoonRatio: 0.75,
  pauseStatuses: ["waiting_customer"],
  calendar: {
    timeZone: "Europe/Berlin",
    week: [[], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 960]], []],
    holidays: ["2026-12-25"],
  },
  clarifyReminderMinutes: 1440,
  clarifyAutoCloseMinutes: 2880,
  noReplyMinutes: 1440,
  csatDelayMinutes: 0,
  followUpMinutes: 2880,
  autoCloseResolvedMinutes: 5760,
};

describe("the SLA policy API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const roles: [number, StaffRole][] = [
      [admin.id, "admin"],
      [supervisor.id, "supervisor"],
      [agent.id, "agent_l1"],
    ];
    for (const [userId, role] of roles) {
      await t.handle.db.insert(schema.staffRoles).values({ userId, role });
    }
  });
  afterAll(() => t?.close());

  it("lists every queue with the defaults until one is saved", async () => {
    const res = await t.call("GET", "/api/admin/sla-policies", { user: supervisor });
    expect(res.status).toBe(200);
    const l1 = res.body.items.find((item: { queueId: string }) => item.queueId === "l1");
    expect(l1).toMatchObject({
      custom: false,
      firstResponseMinutes: 15,
      nextResponseMinutes: 15,
      resolutionMinutes: 240,
      dueSoonRatio: 0.8,
      pauseStatuses: ["waiting_customer"],
      calendar: null,
      autoCloseResolvedMinutes: 5760,
    });
    expect(res.body.items.map((item: { queueId: string }) => item.queueId).sort()).toEqual([
      "l1",
      "l2",
      "security",
      "vip",
    ]);
  });

  it("lets admins and supervisors save a policy, with an audit line", async () => {
    const res = await t.call("PUT", "/api/admin/sla-policies/l2", { user: admin, body: valid });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ...valid, queueId: "l2", custom: true });
    const again = await t.call("PUT", "/api/admin/sla-policies/l2", {
      user: supervisor,
      body: { ...valid, calendar: null, resolutionMinutes: 600 },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ calendar: null, resolutionMinutes: 600 });
    const audit = await t.handle.db
      .select()
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.action, "sla_policy.update"), eq(schema.auditLog.targetId, "l2")),
      );
    expect(audit.map((row) => row.actorId)).toEqual([admin.id, supervisor.id]);
    expect(audit[1]?.before).toMatchObject({ resolutionMinutes: 300 });
    expect(audit[1]?.after).toMatchObject({ resolutionMinutes: 600 });
  });

  it("refuses agents and customers with a bare 403", async () => {
    for (const user of [agent, buyer]) {
      const list = await t.call("GET", "/api/admin/sla-policies", { user });
      expect(list.status).toBe(403);
      const put = await t.call("PUT", "/api/admin/sla-policies/l1", { user, body: valid });
      expect(put.status).toBe(403);
      expect(JSON.stringify(put.body)).not.toContain("firstResponseMinutes");
    }
    expect((await t.call("GET", "/api/admin/sla-policies")).status).toBe(401);
  });

  it("answers bad input with 400 and the fields at fault, and an unknown queue with 404", async () => {
    const bad = await t.call("PUT", "/api/admin/sla-policies/l1", {
      user: admin,
      body: {
        ...valid,
        firstResponseMinutes: 0,
        dueSoonRatio: 1.5,
        pauseStatuses: ["resolved"],
        followUpMinutes: 10,
        calendar: { ...valid.calendar, timeZone: "Mars/Olympus", week: [[[600, 500]]] },
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_failed");
    const fields = Object.keys(bad.body.error.details.fields);
    for (const field of [
      "firstResponseMinutes",
      "dueSoonRatio",
      "pauseStatuses.0",
      "followUpMinutes",
      "calendar.timeZone",
    ]) {
      expect(fields).toContain(field);
    }
    const extra = await t.call("PUT", "/api/admin/sla-policies/l1", {
      user: admin,
      body: { ...valid, surprise: true },
    });
    expect(extra.status).toBe(400);
    const unknown = await t.call("PUT", "/api/admin/sla-policies/nope", {
      user: admin,
      body: valid,
    });
    expect(unknown.status).toBe(404);
  });

  it("shows staff a ticket's three clocks, in their queues only", async () => {
    const ticket = await t.call("POST", "/api/tickets", {
      user: buyer,
      body: { topicId: "orders", subject: "Parcel", description: "It did not arrive at all." },
    });
    expect(ticket.status).toBe(201);
    const res = await t.call("GET", `/api/admin/tickets/${ticket.body.id}/sla`, { user: agent });
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((c: { target: string; state: string }) => [c.target, c.state]),
    ).toEqual([
      ["first_response", "running"],
      ["next_response", "idle"],
      ["resolution", "running"],
    ]);
    const stranger = await t.call("GET", `/api/admin/tickets/${ticket.body.id}/sla`, {
      user: buyer,
    });
    expect(stranger.status).toBe(403);
  });
});

describe("SLA timers with two runners on one database", () => {
  let pair: Awaited<ReturnType<typeof createTestDbPair>>;
  beforeAll(async () => {
    pair = await createTestDbPair(process.env.DATABASE_URL);
  });
  afterAll(() => pair?.close());

  it("marks each breach and sends each message once", async () => {
    const [a, b] = pair.handles;
    await seedReference(a.db);
    const start = Date.now();
    let clock = start;
    const { app } = createApp({
      db: a.db,
      logger: silentLogger,
      botToken: TEST_BOT_TOKEN,
      initDataMaxAge: 3600,
      demo: false,
      now: () => clock,
    });
    await a.db.insert(schema.staffRoles).values({ userId: supervisor.id, role: "supervisor" });
    const ids: string[] = [];
    for (let n = 0; n < 12; n++) {
      const res = await app.request("/api/tickets", {
        method: "POST",
        headers: {
          authorization: `tma ${signInitData(customer(6100 + n), TEST_BOT_TOKEN)}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({
          topicId: "orders",
          subject: `Parcel ${n}`,
          description: "It did not arrive at all.",
        }),
      });
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    }
    const runnerOf = (db: typeof a.db) =>
      createJobRunner({
        db,
        handlers: createSlaService({
          repo: createSlaRepo(db),
          logger: silentLogger,
          now: () => clock,
          db,
        }).handlers(),
        logger: silentLogger,
        now: () => clock,
        batch: 1000,
      });
    clock = start + 16 * 60_000;
    const [one, two] = await Promise.all([runnerOf(a.db).tick(), runnerOf(b.db).tick()]);
    expect(one.failed + two.failed).toBe(0);
    const breaches = await a.db
      .select()
      .from(schema.slaEvents)
      .where(eq(schema.slaEvents.kind, "breached"));
    expect(breaches).toHaveLength(ids.length);
    const sent = await a.db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.kind, "staff.breach"));
    expect(sent).toHaveLength(ids.length);
    expect(new Set(sent.map((row) => row.ticketId))).toEqual(new Set(ids));
  });
});
