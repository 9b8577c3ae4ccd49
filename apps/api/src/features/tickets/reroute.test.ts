import { schema } from "@helpline/db";
import { and, asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ClockedDesk, createClockedDesk } from "../../testing/clocked-desk";
import { customer, type TestApp } from "../../testing/test-app";

// Routing "on every relevant change": a customer's tags decide the queue of their open tickets
// (the default rule sends `vip` customers to VIP), so tagging or untagging them re-routes those
// tickets, except where a person chose the queue.

const MIN = 60_000;

const buyer = customer(7401);
const agent = customer(7411);
const agentL2 = customer(7412);
const concierge = customer(7413);

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
    [concierge, "vip_concierge"],
  ]);
  ({ t, start } = desk);
});
afterEach(() => desk?.close());

async function open(subject: string) {
  const res = await call("POST", "/api/tickets", buyer, {
    topicId: "orders",
    subject,
    description: "My parcel has not arrived yet, please.",
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; number: number; queue: string };
}

async function act(ticketId: string, action: string, body: unknown, user = agent) {
  const res = await call("POST", `/api/admin/tickets/${ticketId}/${action}`, user, body);
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body;
}

const tag = (user: typeof agent, change: { add?: string[]; remove?: string[] }) =>
  call("POST", `/api/admin/customers/${buyer.id}/tags`, user, {
    add: change.add ?? [],
    remove: change.remove ?? [],
  });

async function ticket(id: string) {
  const [row] = await t.handle.db
    .select({
      queueId: schema.tickets.queueId,
      assigneeId: schema.tickets.assigneeId,
      vip: schema.tickets.vip,
      priority: schema.tickets.priority,
      eta: schema.tickets.eta,
      slaQueue: schema.ticketSla.queueId,
      firstDue: schema.ticketSla.firstResponseDueAt,
    })
    .from(schema.tickets)
    .innerJoin(schema.ticketSla, eq(schema.ticketSla.ticketId, schema.tickets.id))
    .where(eq(schema.tickets.id, id));
  if (!row) throw new Error("no ticket");
  return row;
}

const reroutes = (id: string) =>
  t.handle.db
    .select({
      actorId: schema.auditLog.actorId,
      before: schema.auditLog.before,
      after: schema.auditLog.after,
    })
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.targetId, id), eq(schema.auditLog.action, "ticket.reroute")))
    .orderBy(asc(schema.auditLog.at));

const escalatedNotices = (id: string) =>
  t.handle.db
    .select({ chatId: schema.outbox.chatId, params: schema.outbox.params })
    .from(schema.outbox)
    .where(and(eq(schema.outbox.ticketId, id), eq(schema.outbox.kind, "staff.escalated")))
    .orderBy(asc(schema.outbox.seq));

const slaEvents = async (id: string) =>
  (
    await t.handle.db
      .select({ kind: schema.slaEvents.kind, target: schema.slaEvents.target })
      .from(schema.slaEvents)
      .where(eq(schema.slaEvents.ticketId, id))
  ).map((event) => `${event.target}:${event.kind}`);

describe("re-routing when a customer's tags change", () => {
  it("moves open tickets to VIP and back, re-planning their clocks, and keeps escalated ones", async () => {
    const claimed = await open("Where is my parcel");
    const escalated = await open("Wrong size delivered");
    const resolved = await open("Refund question");
    expect([claimed.queue, escalated.queue, resolved.queue]).toEqual(["l1", "l1", "l1"]);
    await at(MIN);
    await act(claimed.id, "claim", {});
    await act(escalated.id, "escalate", { to: "l2", reason: "Warehouse mix-up" });
    await act(resolved.id, "resolve", { summary: "Refunded." });

    // Two minutes in, the agent marks the customer VIP.
    await at(2 * MIN);
    const vip = await tag(agent, { add: ["vip"] });
    expect(vip.status).toBe(200);
    expect(vip.body).toEqual({
      customerId: buyer.id,
      tags: ["vip"],
      vip: true,
      moved: [{ ticketId: claimed.id, number: claimed.number, from: "l1", to: "vip" }],
    });

    const moved = await ticket(claimed.id);
    // VIP's first response is due 5 minutes after creation; the L1 agent cannot work VIP.
    expect(moved).toMatchObject({
      queueId: "vip",
      slaQueue: "vip",
      assigneeId: null,
      vip: true,
      priority: "normal",
    });
    expect(Date.parse(moved.firstDue)).toBe(start + 5 * MIN);
    expect(Date.parse(moved.eta)).toBeLessThanOrEqual(start + 5 * MIN);
    expect((await ticket(escalated.id)).queueId).toBe("l2");
    expect((await ticket(resolved.id)).queueId).toBe("l1");

    const [audit] = await reroutes(claimed.id);
    expect(audit).toMatchObject({
      actorId: agent.id,
      before: { queue: "l1", assigneeId: agent.id },
      after: { queue: "vip", assigneeId: null, rule: "VIP customers" },
    });
    expect(await reroutes(escalated.id)).toEqual([]);
    // The new queue's people hear of it; the person who changed the tags does not.
    const notices = await escalatedNotices(claimed.id);
    expect(notices.map((row) => row.chatId)).toEqual([concierge.id]);
    expect(notices[0]?.params).toMatchObject({
      fromQueue: "l1",
      toQueue: "vip",
      reason: "customer_tags",
    });

    // The concierge sees it in their queue now.
    const desk = await call("GET", `/api/admin/tickets/${claimed.id}`, concierge);
    expect(desk.status).toBe(200);
    expect(desk.body.queue).toBe("vip");

    // Untagged again: back to L1 under L1's clock, and VIP's 5-minute timer goes stale.
    await at(3 * MIN);
    const plain = await tag(concierge, { remove: ["vip"] });
    expect(plain.status).toBe(200);
    const back = await ticket(claimed.id);
    expect(back).toMatchObject({ queueId: "l1", slaQueue: "l1", vip: false });
    expect(Date.parse(back.firstDue)).toBe(start + 15 * MIN);
    expect(
      (await reroutes(claimed.id)).map((row) => (row.after as { queue: string }).queue),
    ).toEqual(["vip", "l1"]);
    expect((await escalatedNotices(claimed.id)).map((row) => row.chatId)).toEqual([
      concierge.id,
      agent.id,
    ]);
    await at(6 * MIN);
    expect(await slaEvents(claimed.id)).toEqual([]);

    // A change that leaves the routing as it is moves nothing.
    const other = await tag(agent, { add: ["wholesale"] });
    expect(other.status).toBe(200);
    expect(other.body.moved).toEqual([]);
    expect(await reroutes(claimed.id)).toHaveLength(2);
  });
});
