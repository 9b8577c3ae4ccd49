import { schema } from "@helpline/db";
import { and, asc, eq, like } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ClockedDesk, createClockedDesk } from "../../testing/clocked-desk";
import { customer, type TestApp } from "../../testing/test-app";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const buyer = customer(7001);
const agent = customer(7101);
const agentL2 = customer(7102);
const supervisor = customer(7103);

let desk: ClockedDesk;
let t: TestApp;
let start = 0;
const at = (offset: number) => desk.at(offset);
/** A request signed at the fake clock's time, so hours later the session is still fresh. */
const call = (method: string, path: string, user: typeof buyer, body?: unknown) =>
  desk.call(method, path, user, body);

beforeEach(async () => {
  desk = await createClockedDesk([
    [agent, "agent_l1"],
    [agentL2, "agent_l2"],
    [supervisor, "supervisor"],
  ]);
  ({ t, start } = desk);
});
afterEach(() => desk?.close());

async function open(subject = "Where is my parcel") {
  const res = await call("POST", "/api/tickets", buyer, {
    topicId: "orders",
    subject,
    description: "My parcel has not arrived yet, please.",
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; number: number; createdAt: string };
}

async function act(ticketId: string, action: string, body: unknown, user = agent) {
  const res = await call("POST", `/api/admin/tickets/${ticketId}/${action}`, user, body);
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body;
}

const reply = (ticketId: string, text = "Looking into it now.") =>
  act(ticketId, "messages", { body: text });

async function customerWrites(ticketId: string, text = "Here is the order number 12345.") {
  const res = await call("POST", `/api/tickets/${ticketId}/messages`, buyer, { body: text });
  expect(res.status).toBe(201);
}

async function slaRow(ticketId: string) {
  const [row] = await t.handle.db
    .select()
    .from(schema.ticketSla)
    .where(eq(schema.ticketSla.ticketId, ticketId));
  if (!row) throw new Error("no ticket_sla row");
  return row;
}

const events = async (ticketId: string) =>
  (
    await t.handle.db
      .select({ kind: schema.slaEvents.kind, target: schema.slaEvents.target })
      .from(schema.slaEvents)
      .where(eq(schema.slaEvents.ticketId, ticketId))
      .orderBy(asc(schema.slaEvents.createdAt), asc(schema.slaEvents.kind))
  ).map((event) => `${event.target}:${event.kind}`);

const outbox = async (ticketId: string, kind?: string) =>
  t.handle.db
    .select({
      kind: schema.outbox.kind,
      chatId: schema.outbox.chatId,
      params: schema.outbox.params,
      key: schema.outbox.idempotencyKey,
    })
    .from(schema.outbox)
    .where(
      and(
        eq(schema.outbox.ticketId, ticketId),
        kind ? eq(schema.outbox.kind, kind) : like(schema.outbox.kind, "%"),
      ),
    )
    .orderBy(asc(schema.outbox.seq));

const status = async (ticketId: string) => {
  const [row] = await t.handle.db
    .select({ status: schema.tickets.status, queueId: schema.tickets.queueId })
    .from(schema.tickets)
    .where(eq(schema.tickets.id, ticketId));
  return row;
};

describe("a new ticket's plan", () => {
  // Creation writes the bookkeeping once from the inserted row (issue #9) instead of inserting,
  // reading back and re-planning: the result must be exactly what a re-plan stores.
  it("is what a re-plan of the stored ticket would write, timers included", async () => {
    const ticket = await open();
    const pendingJobs = () =>
      t.handle.db
        .select({
          kind: schema.jobs.kind,
          runAt: schema.jobs.runAt,
          key: schema.jobs.idempotencyKey,
        })
        .from(schema.jobs)
        .where(like(schema.jobs.idempotencyKey, `%${ticket.id}%`))
        .orderBy(asc(schema.jobs.idempotencyKey));
    const planned = { sla: await slaRow(ticket.id), jobs: await pendingJobs() };
    expect(planned.sla.status).toBe("new");
    expect(planned.sla.resolutionDueAt).not.toBeNull();
    expect(planned.jobs.map((job) => job.kind)).toContain("sla.first_response.breach");
    await t.handle.db.transaction((tx) => t.services.sla.replan(tx, ticket.id));
    expect({ sla: await slaRow(ticket.id), jobs: await pendingJobs() }).toEqual(planned);
  });
});

describe("the resolution clock", () => {
  it("stands still while waiting for the customer and resumes where it stopped", async () => {
    const ticket = await open();
    await at(5 * MIN);
    await reply(ticket.id);
    await at(60 * MIN);
    await act(ticket.id, "clarify", { body: "Which order is it?" });
    let row = await slaRow(ticket.id);
    expect(row.resolutionSince).toBeNull();
    expect(row.resolutionDueAt).toBeNull();
    expect(row.resolutionUsedMinutes).toBe(60);

    // Ten hours of waiting use none of the four-hour target.
    await at(10 * HOUR);
    await customerWrites(ticket.id);
    row = await slaRow(ticket.id);
    expect(row.status).toBe("open");
    expect(Date.parse(row.resolutionDueAt ?? "")).toBe(start + 10 * HOUR + 180 * MIN);
    // The answer is owed again, within the next-response target (15 minutes in L1).
    expect(Date.parse(row.nextResponseDueAt ?? "")).toBe(start + 10 * HOUR + 15 * MIN);

    // The resolution timers planned at creation (due at 4 h) are stale and fire nothing.
    await at(10 * HOUR + 5 * MIN);
    await reply(ticket.id, "Found it, it ships today.");
    expect(await events(ticket.id)).toEqual([]);
    expect((await slaRow(ticket.id)).nextResponseDueAt).toBeNull();
    // The resumed clock warns at 80 % (192 minutes used) and breaches at 240 minutes used.
    await at(10 * HOUR + 132 * MIN - 1000);
    expect(await events(ticket.id)).toEqual([]);
    await at(10 * HOUR + 132 * MIN);
    expect(await events(ticket.id)).toEqual(["resolution:due_soon"]);
    await at(10 * HOUR + 180 * MIN);
    expect([...(await events(ticket.id))].sort()).toEqual([
      "resolution:breached",
      "resolution:due_soon",
      "resolution:escalated",
    ]);
    // Nor does the clarification reminder planned for a wait that has ended.
    await at(60 * MIN + DAY + MIN);
    expect(await outbox(ticket.id, "ticket.clarify_reminder")).toEqual([]);
  });

  it("resumes a reopened ticket's clock without an instant breach", async () => {
    const ticket = await open();
    await at(10 * MIN);
    await reply(ticket.id);
    await at(100 * MIN);
    await act(ticket.id, "resolve", { summary: "Refund sent to your card." });
    expect((await slaRow(ticket.id)).resolutionUsedMinutes).toBe(100);

    await at(2 * DAY);
    const res = await call("POST", `/api/tickets/${ticket.id}/reopen`, buyer, {
      reason: "The refund never arrived.",
    });
    expect(res.status).toBe(200);
    const row = await slaRow(ticket.id);
    expect(Date.parse(row.resolutionDueAt ?? "")).toBe(start + 2 * DAY + 140 * MIN);
    expect(Date.parse(row.nextResponseDueAt ?? "")).toBe(start + 2 * DAY + 15 * MIN);
    await at(2 * DAY + MIN);
    expect(await events(ticket.id)).toEqual([]);
    // The reopen cancelled the resolved ticket's follow-up and auto-close.
    await at(4 * DAY + 2 * HOUR);
    expect(await outbox(ticket.id, "ticket.follow_up")).toEqual([]);
    expect(await outbox(ticket.id, "ticket.auto_closed")).toEqual([]);
    expect((await status(ticket.id))?.status).not.toBe("closed");
    // Unanswered for 15 minutes after the reopen: a next-response breach, once.
    expect(await events(ticket.id)).toContain("next_response:breached");
  });
});

describe("breach and escalation", () => {
  it("warns at 80 %, then breaches and moves an L1 ticket to L2 with an audit line", async () => {
    const ticket = await open();
    await at(MIN);
    await reply(ticket.id);
    await at(192 * MIN);
    expect(await events(ticket.id)).toEqual(["resolution:due_soon"]);
    // Unassigned: the queue's agents hear it (not L2, not the supervisor).
    const soon = await outbox(ticket.id, "staff.due_soon");
    expect(soon.map((row) => row.chatId)).toEqual([agent.id]);
    expect(soon[0]?.params).toMatchObject({ number: ticket.number, target: "resolution" });

    await at(240 * MIN);
    expect(await events(ticket.id)).toEqual([
      "resolution:due_soon",
      "resolution:breached",
      "resolution:escalated",
    ]);
    expect(await status(ticket.id)).toEqual({ status: "open", queueId: "l2" });
    const breach = await outbox(ticket.id, "staff.breach");
    expect(breach.map((row) => row.chatId)).toEqual([supervisor.id]);
    expect(breach[0]?.params).toEqual({
      number: ticket.number,
      target: "resolution",
      dueAt: new Date(start + 240 * MIN).toISOString(),
    });
    const escalated = await outbox(ticket.id, "staff.escalated");
    expect(escalated.map((row) => row.chatId).sort()).toEqual([agentL2.id, supervisor.id].sort());
    expect(escalated[0]?.params).toMatchObject({ fromQueue: "l1", toQueue: "l2" });
    const audit = await t.handle.db
      .select()
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.targetId, ticket.id), eq(schema.auditLog.action, "ticket.escalate")),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBeNull();
    // L2's 24-hour target now applies to the minutes already used.
    const row = await slaRow(ticket.id);
    expect(row.queueId).toBe("l2");
    expect(Date.parse(row.resolutionDueAt ?? "")).toBe(start + 1440 * MIN);
    // Running the same moment again changes nothing: every mark and message is once.
    await at(241 * MIN);
    expect(await outbox(ticket.id, "staff.breach")).toHaveLength(1);
  });

  it("announces L2's own resolution breach once after an escalation, and escalates no further", async () => {
    const ticket = await open();
    await at(MIN);
    await reply(ticket.id);
    await at(192 * MIN);
    await at(240 * MIN);
    expect((await status(ticket.id))?.queueId).toBe("l2");
    const cycle = (await slaRow(ticket.id)).resolutionCycle;
    expect(cycle).toBe(start + 240 * MIN);

    // L2's target (24 h, with the 240 minutes already used) warns at 80 % and then breaches.
    await at(1152 * MIN);
    expect((await outbox(ticket.id, "staff.due_soon")).map((row) => row.chatId)).toEqual([
      agent.id,
      agentL2.id,
    ]);
    await at(1440 * MIN);
    expect(await events(ticket.id)).toEqual([
      "resolution:due_soon",
      "resolution:breached",
      "resolution:escalated",
      "resolution:due_soon",
      "resolution:breached",
    ]);
    const breaches = await outbox(ticket.id, "staff.breach");
    expect(breaches.map((row) => row.chatId)).toEqual([supervisor.id, supervisor.id]);
    expect(breaches.map((row) => row.key)).toEqual([
      `staff.breach:${ticket.id}:resolution:0:${supervisor.id}`,
      `staff.breach:${ticket.id}:resolution:${cycle}:${supervisor.id}`,
    ]);
    expect(breaches[1]?.params).toMatchObject({
      target: "resolution",
      dueAt: new Date(start + 1440 * MIN).toISOString(),
    });
    expect(await status(ticket.id)).toEqual({ status: "open", queueId: "l2" });
    const clocks = await call("GET", `/api/admin/tickets/${ticket.id}/sla`, agentL2);
    expect(clocks.body.items[2]).toMatchObject({ target: "resolution", state: "breached" });

    // Resolving it late (the clock stops past its due time) finds the breach already told.
    await at(1500 * MIN);
    await act(ticket.id, "resolve", { summary: "Replaced the parcel." }, agentL2);
    await at(1501 * MIN);
    expect(await outbox(ticket.id, "staff.breach")).toHaveLength(2);
    expect((await events(ticket.id)).filter((e) => e === "resolution:escalated")).toHaveLength(1);
  });

  it("re-plans on an agent's escalation: the old queue's timer is stale, the new one fires", async () => {
    const ticket = await open();
    await at(MIN);
    await act(ticket.id, "escalate", { to: "l2", reason: "Needs the payments team" });
    const row = await slaRow(ticket.id);
    expect(row.queueId).toBe("l2");
    expect(Date.parse(row.firstResponseDueAt)).toBe(start + 30 * MIN);
    await at(15 * MIN + 1000);
    expect(await events(ticket.id)).toEqual([]);
    await at(24 * MIN);
    expect(await events(ticket.id)).toEqual(["first_response:due_soon"]);
    expect((await outbox(ticket.id, "staff.due_soon")).map((r) => r.chatId)).toEqual([agentL2.id]);
    await at(30 * MIN);
    expect(await events(ticket.id)).toEqual(["first_response:due_soon", "first_response:breached"]);
  });

  it("counts a first response missed before a late close, not one closed in time", async () => {
    const late = await open("Late parcel");
    const early = await open("Early parcel");
    desk.clock = start + 5 * MIN;
    await act(early.id, "close", {});
    // The runner is behind: the ticket is closed after its due time, before the job runs.
    desk.clock = start + 20 * MIN;
    await act(late.id, "close", {});
    await at(21 * MIN);
    expect(await events(late.id)).toContain("first_response:breached");
    expect(await events(early.id)).toEqual([]);
  });

  it("tells the queue's staff at once when a ticket turns critical, once", async () => {
    const ticket = await open();
    await act(ticket.id, "priority", { priority: "critical" });
    await act(ticket.id, "tags", { add: ["urgent"], remove: [] });
    const critical = await outbox(ticket.id, "staff.critical");
    expect(critical.map((row) => row.chatId).sort()).toEqual([agent.id, supervisor.id].sort());
    expect(critical.map((row) => row.key)).toContain(`staff.critical:${ticket.id}:${agent.id}`);
  });
});

describe("automation triggers", () => {
  it("reminds after 24 h of waiting for the customer, then closes", async () => {
    const ticket = await open();
    await at(MIN);
    await act(ticket.id, "clarify", { body: "Which order is it?" });
    await at(MIN + DAY - 1000);
    expect(await outbox(ticket.id, "ticket.clarify_reminder")).toEqual([]);
    await at(MIN + DAY);
    const reminder = await outbox(ticket.id, "ticket.clarify_reminder");
    expect(reminder).toEqual([
      {
        kind: "ticket.clarify_reminder",
        chatId: buyer.id,
        params: { number: ticket.number },
        key: `ticket.clarify_reminder:${ticket.id}:${start + MIN}`,
      },
    ]);
    await at(MIN + 3 * DAY);
    expect((await status(ticket.id))?.status).toBe("closed");
    const closed = await outbox(ticket.id, "ticket.auto_closed");
    expect(closed.map((row) => row.params)).toEqual([
      { number: ticket.number, reason: "no_customer_reply" },
    ]);
    const [event] = await t.handle.db
      .select()
      .from(schema.ticketEvents)
      .where(
        and(
          eq(schema.ticketEvents.ticketId, ticket.id),
          eq(schema.ticketEvents.toStatus, "closed"),
        ),
      );
    expect(event).toMatchObject({ fromStatus: "waiting_customer", actor: "system" });
  });

  it("tells supervisors when nobody answered for 24 h", async () => {
    const ticket = await open();
    const answered = await open("Another parcel");
    await at(HOUR);
    await reply(answered.id);
    await at(DAY - MIN);
    expect(await outbox(ticket.id, "staff.no_reply")).toEqual([]);
    await at(DAY);
    const noReply = await outbox(ticket.id, "staff.no_reply");
    expect(noReply.map((row) => [row.chatId, row.params])).toEqual([
      [supervisor.id, { number: ticket.number }],
    ]);
    expect(await outbox(answered.id, "staff.no_reply")).toEqual([]);
  });

  it("asks for a rating at once, follows up after 48 h and closes after 4 days", async () => {
    const ticket = await open();
    await at(MIN);
    await reply(ticket.id);
    await act(ticket.id, "resolve", { summary: "Refund sent to your card." });
    await at(MIN);
    expect((await outbox(ticket.id, "csat.request")).map((row) => row.params)).toEqual([
      { number: ticket.number },
    ]);
    await at(MIN + 2 * DAY - 1000);
    expect(await outbox(ticket.id, "ticket.follow_up")).toEqual([]);
    await at(MIN + 2 * DAY);
    expect(await outbox(ticket.id, "ticket.follow_up")).toHaveLength(1);
    await at(MIN + 4 * DAY);
    expect((await status(ticket.id))?.status).toBe("closed");
    expect((await outbox(ticket.id, "ticket.auto_closed")).map((row) => row.params)).toEqual([
      { number: ticket.number, reason: "resolved_inactive" },
    ]);
  });

  it("follows the queue's stored policy: a delayed rating request and business hours", async () => {
    const put = await call("PUT", "/api/admin/sla-policies/l1", supervisor, {
      firstResponseMinutes: 60,
      nextResponseMinutes: 30,
      resolutionMinutes: 480,
      dueSoonRatio: 0.5,
      pauseStatuses: ["waiting_customer"],
      calendar: null,
      clarifyReminderMinutes: 60,
      clarifyAutoCloseMinutes: 60,
      noReplyMinutes: 120,
      csatDelayMinutes: 30,
      followUpMinutes: 1440,
      autoCloseResolvedMinutes: 2880,
    });
    expect(put.status).toBe(200);
    const ticket = await open();
    const row = await slaRow(ticket.id);
    expect(Date.parse(row.firstResponseDueAt)).toBe(start + 60 * MIN);
    await at(MIN);
    await reply(ticket.id);
    await act(ticket.id, "resolve", { summary: "Refund sent to your card." });
    await at(30 * MIN);
    expect(await outbox(ticket.id, "csat.request")).toEqual([]);
    await at(31 * MIN);
    expect(await outbox(ticket.id, "csat.request")).toHaveLength(1);
  });
});

describe("business hours from a stored calendar", () => {
  it("counts a Friday-evening ticket on Monday morning, across Berlin's spring change", async () => {
    const office = {
      firstResponseMinutes: 15,
      nextResponseMinutes: 15,
      resolutionMinutes: 240,
      dueSoonRatio: 0.8,
      pauseStatuses: ["waiting_customer"],
      calendar: {
        timeZone: "Europe/Berlin",
        week: [[], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], [[540, 1020]], []],
        holidays: [],
      },
      clarifyReminderMinutes: 1440,
      clarifyAutoCloseMinutes: 2880,
      noReplyMinutes: 1440,
      csatDelayMinutes: 0,
      followUpMinutes: 2880,
      autoCloseResolvedMinutes: 5760,
    };
    // Friday 27 March 2026, 16:50 in Berlin (UTC+1); the clocks go forward on Sunday the 29th.
    start = desk.start = Date.parse("2026-03-27T15:50:00Z");
    desk.clock = start;
    expect((await call("PUT", "/api/admin/sla-policies/l1", supervisor, office)).status).toBe(200);
    const ticket = await open();
    const row = await slaRow(ticket.id);
    // Ten minutes on Friday, five on Monday from 09:00 Berlin, which is 07:00Z in summer time.
    expect(Date.parse(row.firstResponseDueAt)).toBe(Date.parse("2026-03-30T07:05:00Z"));
    // The resolution clock: 10 minutes on Friday, the remaining 230 from Monday 09:00.
    expect(Date.parse(row.resolutionDueAt ?? "")).toBe(Date.parse("2026-03-30T10:50:00Z"));
    // Due soon at 12 business minutes: Monday 09:02 Berlin; nothing over the weekend.
    await at(Date.parse("2026-03-30T07:01:59Z") - start);
    expect(await events(ticket.id)).toEqual([]);
    await at(Date.parse("2026-03-30T07:02:00Z") - start);
    expect(await events(ticket.id)).toEqual(["first_response:due_soon"]);
    await at(Date.parse("2026-03-30T07:05:00Z") - start);
    expect(await events(ticket.id)).toEqual(["first_response:due_soon", "first_response:breached"]);
  });
});

describe("tickets without bookkeeping", () => {
  it("are adopted at start-up: clocks planned from their creation, timers scheduled", async () => {
    const ticket = await open();
    await t.handle.db.delete(schema.ticketSla).where(eq(schema.ticketSla.ticketId, ticket.id));
    // The app's own service, as main.ts adopts them at start-up.
    const sla = t.services.sla;
    expect(await sla.adoptUntracked()).toBe(1);
    expect(await sla.adoptUntracked()).toBe(0);
    const row = await slaRow(ticket.id);
    expect(Date.parse(row.firstResponseDueAt)).toBe(Date.parse(ticket.createdAt) + 15 * MIN);
    await at(15 * MIN);
    expect(await events(ticket.id)).toEqual(["first_response:breached", "first_response:due_soon"]);
  });

  it("pages nobody when an older critical ticket is adopted: its staff heard when it arrived", async () => {
    const ticket = await open("My account was hacked");
    const criticalPages = async () =>
      (
        await t.handle.db
          .select({ userId: schema.outbox.userId })
          .from(schema.outbox)
          .where(
            and(eq(schema.outbox.ticketId, ticket.id), eq(schema.outbox.kind, "staff.critical")),
          )
      ).map((row) => row.userId);
    // Its arrival paged the queue's staff (the supervisor sees every queue).
    expect(await criticalPages()).toContain(supervisor.id);
    await t.handle.db.delete(schema.outbox).where(eq(schema.outbox.ticketId, ticket.id));
    await t.handle.db.delete(schema.ticketSla).where(eq(schema.ticketSla.ticketId, ticket.id));
    // The app's own service, as main.ts adopts them at start-up.
    const sla = t.services.sla;
    expect(await sla.adoptUntracked()).toBe(1);
    expect((await slaRow(ticket.id)).queueId).toBe("security");
    expect(await criticalPages()).toEqual([]);
  });
});
