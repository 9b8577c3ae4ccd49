import type { StaffRole } from "@helpline/contracts/users";
import { schema } from "@helpline/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";

let t: TestApp;
const buyer = customer(6001);
const l1 = customer(6101);
const l2 = customer(6102);
const supervisor = customer(6103);
const editor = customer(6104);
let ordersTicket: string;
let paymentTicket: string;

async function grant(userId: number, role: StaffRole) {
  await t.handle.db.insert(schema.staffRoles).values({ userId, role });
}

const ticketBody = (topicId: string, sectionId: string) => ({
  topicId,
  sectionId,
  subject: `Help with ${topicId}`,
  description: "Something went wrong and I need a person to look at it.",
});

beforeAll(async () => {
  t = await createTestApp();
  await grant(l1.id, "agent_l1");
  await grant(l2.id, "agent_l2");
  await grant(supervisor.id, "supervisor");
  await grant(editor.id, "content_editor");
  ordersTicket = (
    await t.call("POST", "/api/tickets", { user: buyer, body: ticketBody("orders", "return") })
  ).body.id;
  paymentTicket = (
    await t.call("POST", "/api/tickets", { user: buyer, body: ticketBody("payment", "refund") })
  ).body.id;
});
afterAll(async () => {
  await t?.close();
});

const ids = (res: { body: { items: { id: string }[] } }) =>
  res.body.items.map((item) => item.id).sort();

describe("who may see which queue", () => {
  it("refuses customers with 403 and reveals nothing", async () => {
    const res = await t.call("GET", "/api/admin/tickets", { user: buyer });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
    expect(
      (await t.call("GET", `/api/admin/tickets/${ordersTicket}`, { user: buyer })).status,
    ).toBe(403);
  });

  it("shows each agent only the queues of their roles", async () => {
    expect(ids(await t.call("GET", "/api/admin/tickets", { user: l1 }))).toEqual([ordersTicket]);
    expect(ids(await t.call("GET", "/api/admin/tickets", { user: l2 }))).toEqual([paymentTicket]);
    expect(ids(await t.call("GET", "/api/admin/tickets", { user: supervisor }))).toEqual(
      [ordersTicket, paymentTicket].sort(),
    );
    // Content editors are staff but work no queue: the ticket routes are not theirs at all.
    const editorQueue = await t.call("GET", "/api/admin/tickets", { user: editor });
    expect(editorQueue.status).toBe(403);
    expect((await t.call("GET", `/api/admin/tickets/${paymentTicket}`, { user: l1 })).status).toBe(
      404,
    );
  });

  it("orders a queue by priority, then by waiting time", async () => {
    const queue = await t.call("GET", "/api/admin/tickets", { user: supervisor });
    // Payment questions are high priority; orders are normal.
    expect(queue.body.items.map((item: { topicId: string }) => item.topicId)).toEqual([
      "payment",
      "orders",
    ]);
    expect(queue.body.items[0].customer).toEqual({
      id: buyer.id,
      name: "Customer 6001",
      username: null,
      languageCode: "en",
    });
    const filtered = await t.call("GET", "/api/admin/tickets?queue=l1", { user: supervisor });
    expect(ids(filtered)).toEqual([ordersTicket]);
    expect(
      (await t.call("GET", "/api/admin/tickets?queue=nope", { user: supervisor })).status,
    ).toBe(400);
  });
});

describe("replying", () => {
  it("delivers a reply to the customer, marks the first response and keeps notes internal", async () => {
    const note = await t.call("POST", `/api/admin/tickets/${ordersTicket}/messages`, {
      user: l1,
      body: { body: "Customer asked twice before; be quick.", internal: true },
    });
    expect(note.status).toBe(201);
    expect(note.body.internal).toBe(true);
    let mine = await t.call("GET", `/api/tickets/${ordersTicket}`, { user: buyer });
    expect(mine.body.firstRespondedAt).toBeNull();
    expect(mine.body.messages.some((m: { body: string }) => m.body.includes("be quick"))).toBe(
      false,
    );

    const reply = await t.call("POST", `/api/admin/tickets/${ordersTicket}/messages`, {
      user: l1,
      body: { body: "Your return label is on its way.", clientId: "agent-reply-0001" },
    });
    expect(reply.status).toBe(201);
    const again = await t.call("POST", `/api/admin/tickets/${ordersTicket}/messages`, {
      user: l1,
      body: { body: "Your return label is on its way.", clientId: "agent-reply-0001" },
    });
    expect(again.status).toBe(200);

    mine = await t.call("GET", `/api/tickets/${ordersTicket}`, { user: buyer });
    expect(mine.body.status).toBe("open");
    expect(mine.body.firstRespondedAt).not.toBeNull();
    expect(mine.body.messages.filter((m: { author: string }) => m.author === "agent")).toEqual([
      expect.objectContaining({
        body: "Your return label is on its way.",
        authorName: "Customer 6101",
      }),
    ]);

    const desk = await t.call("GET", `/api/admin/tickets/${ordersTicket}`, { user: l1 });
    expect(desk.body.messages.map((m: { internal: boolean }) => m.internal)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("refuses an empty reply, a ticket outside the agent's queues, and a closed ticket", async () => {
    const empty = await t.call("POST", `/api/admin/tickets/${ordersTicket}/messages`, {
      user: l1,
      body: { body: "" },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.fields.body).toHaveLength(1);
    const foreign = await t.call("POST", `/api/admin/tickets/${paymentTicket}/messages`, {
      user: l1,
      body: { body: "Let me take this one" },
    });
    expect(foreign.status).toBe(404);

    await t.handle.db
      .update(schema.tickets)
      .set({ status: "closed" })
      .where(eq(schema.tickets.id, paymentTicket));
    const closed = await t.call("POST", `/api/admin/tickets/${paymentTicket}/messages`, {
      user: l2,
      body: { body: "Anything else?" },
    });
    expect(closed.status).toBe(409);
    const note = await t.call("POST", `/api/admin/tickets/${paymentTicket}/messages`, {
      user: l2,
      body: { body: "Closed after the refund went through.", internal: true },
    });
    expect(note.status).toBe(201);
  });
});
