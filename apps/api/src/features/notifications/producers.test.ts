import type { StaffRole } from "@helpline/contracts/users";
import { schema } from "@helpline/db";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";

let t: TestApp;
const buyer = customer(7001);
const l1 = customer(7101);
const l1b = customer(7102);
const l2 = customer(7103);
const sup = customer(7104);

async function grant(userId: number, role: StaffRole) {
  await t.handle.db.insert(schema.staffRoles).values({ userId, role });
}

async function outboxOf(ticketId: string) {
  return t.handle.db
    .select()
    .from(schema.outbox)
    .where(eq(schema.outbox.ticketId, ticketId))
    .orderBy(asc(schema.outbox.seq));
}

const open = async (subject = "Where is my parcel?") => {
  const res = await t.call("POST", "/api/tickets", {
    user: buyer,
    body: { topicId: "orders", subject, description: "It has been two weeks, please check." },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; number: number };
};

beforeAll(async () => {
  t = await createTestApp();
  await grant(l1.id, "agent_l1");
  await grant(l1b.id, "agent_l1");
  await grant(l2.id, "agent_l2");
  await grant(sup.id, "supervisor");
});
afterAll(async () => {
  await t?.close();
});

describe("notification producers", () => {
  it("a Mini App ticket: accepted to the customer, new ticket to the agents of its queue only", async () => {
    const ticket = await open();
    const rows = await outboxOf(ticket.id);
    expect(rows.map((r) => [r.kind, r.chatId])).toEqual([
      ["ticket.accepted", buyer.id],
      ["staff.new_ticket", l1.id],
      ["staff.new_ticket", l1b.id],
    ]);
    expect(rows[0]?.params).toMatchObject({ number: ticket.number, queueBreaching: false });
    expect(String(rows[0]?.params.eta)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(rows[1]).toMatchObject({
      critical: false,
      params: { number: ticket.number, queueId: "l1", subject: "Where is my parcel?" },
    });
  });

  it("a critical ticket pages the security queue and supervisors, ignoring quiet hours", async () => {
    const ticket = await open("支付失败");
    const staff = (await outboxOf(ticket.id)).filter((r) => r.kind.startsWith("staff."));
    expect(staff.map((r) => [r.kind, r.chatId, r.critical])).toEqual([
      ["staff.critical", l2.id, true],
      ["staff.critical", sup.id, true],
    ]);
  });

  it("a public reply writes one ticket.reply row; an internal note writes none", async () => {
    const ticket = await open();
    const before = (await outboxOf(ticket.id)).length;
    const note = await t.call("POST", `/api/admin/tickets/${ticket.id}/messages`, {
      user: l1,
      body: { body: "Second time they ask; be quick.", internal: true },
    });
    expect(note.status).toBe(201);
    expect(await outboxOf(ticket.id)).toHaveLength(before);

    const body = { body: `Your label is on its way. ${"x".repeat(400)}`, clientId: "reply-0001" };
    expect(
      (await t.call("POST", `/api/admin/tickets/${ticket.id}/messages`, { user: l1, body })).status,
    ).toBe(201);
    // The same reply retried (same clientId) notifies once.
    expect(
      (await t.call("POST", `/api/admin/tickets/${ticket.id}/messages`, { user: l1, body })).status,
    ).toBe(200);
    const replies = (await outboxOf(ticket.id)).filter((r) => r.kind === "ticket.reply");
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ chatId: buyer.id, userId: buyer.id });
    expect(String(replies[0]?.params.preview)).toHaveLength(300);
  });

  it("customer-visible status changes and assignment to someone else are notified", async () => {
    const ticket = await open();
    await t.call("POST", `/api/admin/tickets/${ticket.id}/assign`, {
      user: sup,
      body: { assigneeId: l1b.id },
    });
    // Claiming for oneself is no news to oneself.
    await t.call("POST", `/api/admin/tickets/${ticket.id}/claim`, { user: l1b, body: {} });
    const clarify = await t.call("POST", `/api/admin/tickets/${ticket.id}/clarify`, {
      user: l1b,
      body: { body: "Please send the order number." },
    });
    expect(clarify.status).toBe(200);
    const resolved = await t.call("POST", `/api/admin/tickets/${ticket.id}/resolve`, {
      user: l1b,
      body: { summary: "Found it", nextSteps: [] },
    });
    expect(resolved.status).toBe(200);
    const rows = (await outboxOf(ticket.id)).filter(
      (r) => !["ticket.accepted", "staff.new_ticket"].includes(r.kind),
    );
    expect(rows.map((r) => [r.kind, r.chatId, r.params.status ?? null])).toEqual([
      ["staff.assigned", l1b.id, null],
      ["ticket.reply", buyer.id, null],
      ["ticket.status", buyer.id, "waiting_customer"],
      ["ticket.status", buyer.id, "resolved"],
    ]);
  });

  it("an escalation tells the new queue's agents, with the reason", async () => {
    const ticket = await open();
    await t.call("POST", `/api/admin/tickets/${ticket.id}/claim`, { user: l1, body: {} });
    const escalated = await t.call("POST", `/api/admin/tickets/${ticket.id}/escalate`, {
      user: l1,
      body: { to: "l2", reason: "Needs a refund decision" },
    });
    expect(escalated.status).toBe(200);
    const rows = (await outboxOf(ticket.id)).filter((r) => r.kind === "staff.escalated");
    expect(rows.map((r) => [r.chatId, r.params])).toEqual([
      [
        l2.id,
        {
          number: ticket.number,
          fromQueue: "l1",
          toQueue: "l2",
          reason: "Needs a refund decision",
        },
      ],
    ]);
  });

  it("a change that fails writes no notification", async () => {
    const ticket = await open();
    const before = (await outboxOf(ticket.id)).length;
    const refused = await t.call("POST", `/api/admin/tickets/${ticket.id}/assign`, {
      user: sup,
      body: { assigneeId: l2.id },
    });
    expect(refused.status).toBe(400);
    expect(await outboxOf(ticket.id)).toHaveLength(before);
  });
});
