import type { StaffRole } from "@helpline/contracts/users";
import { schema } from "@helpline/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";

let t: TestApp;
const buyer = customer(7001, { language_code: "fa" });
const other = customer(7002);
const l1 = customer(7101, { first_name: "Lia" });
const l1b = customer(7102, { first_name: "Ben" });
const l2 = customer(7103, { first_name: "Lena" });
const sup = customer(7104, { first_name: "Sam" });
const admin = customer(7105, { first_name: "Ada" });
const analyst = customer(7106);

async function grant(userId: number, role: StaffRole) {
  await t.handle.db.insert(schema.staffRoles).values({ userId, role });
}

// Customers may open 10 tickets in 10 minutes: each ticket comes from someone new by default.
let nextCustomer = 7500;
async function open(user = customer(nextCustomer++), topicId = "orders", sectionId = "return") {
  const res = await t.call("POST", "/api/tickets", {
    user,
    body: {
      topicId,
      sectionId,
      subject: `Help with ${topicId}`,
      description: "Something went wrong and I need a person to look at it.",
    },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const audit = async (targetId: string) =>
  (await t.call("GET", `/api/admin/audit?targetId=${targetId}`, { user: admin })).body.items as {
    action: string;
    actorId: number;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    reason: string | null;
  }[];

beforeAll(async () => {
  t = await createTestApp();
  for (const [user, role] of [
    [l1, "agent_l1"],
    [l1b, "agent_l1"],
    [l2, "agent_l2"],
    [sup, "supervisor"],
    [admin, "admin"],
    [analyst, "analyst"],
  ] as const) {
    await grant(user.id, role);
    // Staff must have opened the app once to have a name.
    await t.call("GET", "/api/me", { user });
  }
});
afterAll(async () => {
  await t?.close();
});

describe("queue views", () => {
  it("lists views in working order with counts and pages with a cursor", async () => {
    const first = await open();
    const second = await open();
    const third = await open();
    await t.call("POST", `/api/admin/tickets/${third}/priority`, {
      user: sup,
      body: { priority: "critical" },
    });
    const page1 = await t.call("GET", "/api/admin/tickets?view=l1&limit=2", { user: l1 });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((item: { id: string }) => item.id)).toEqual([third, first]);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await t.call(
      "GET",
      `/api/admin/tickets?view=l1&limit=2&cursor=${page1.body.nextCursor}`,
      { user: l1 },
    );
    expect(page2.body.items.map((item: { id: string }) => item.id)[0]).toBe(second);
    // An L1 agent sees counts for L1 and the personal views only.
    expect(Object.keys(page1.body.counts).sort()).toEqual(
      ["due_soon_or_breached", "l1", "mine", "unassigned"].sort(),
    );
    expect(page1.body.counts.l1).toBeGreaterThanOrEqual(3);
    expect((await t.call("GET", "/api/admin/tickets?view=l2", { user: l1 })).status).toBe(403);
    const bad = await t.call("GET", "/api/admin/tickets?cursor=nonsense", { user: l1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.cursor).toBeDefined();
  });

  it("puts VIP customers right after critical tickets", async () => {
    const earlier = await open(other);
    const escalated = await open(other);
    // Only staff who can see one of the customer's tickets may label them.
    expect(
      (
        await t.call("POST", `/api/admin/customers/${other.id}/tags`, {
          user: l2,
          body: { add: ["vip"] },
        })
      ).status,
    ).toBe(404);
    const moved = await t.call("POST", `/api/admin/tickets/${escalated}/escalate`, {
      user: l1,
      body: { to: "l2", reason: "Needs the warehouse" },
    });
    expect(moved.status).toBe(200);
    const tagged = await t.call("POST", `/api/admin/customers/${other.id}/tags`, {
      user: l1,
      body: { add: ["vip"] },
    });
    expect(tagged.body).toEqual({
      customerId: other.id,
      tags: ["vip"],
      vip: true,
      moved: [{ ticketId: earlier, number: expect.any(Number), from: "l1", to: "vip" }],
    });
    // The ticket an agent escalated stays in L2 and moves up there, right after the critical
    // ones, ahead of older ones.
    const queue = await t.call("GET", "/api/admin/tickets?view=l2", { user: l2 });
    const rows = queue.body.items as { id: string; priority: string; vip: boolean }[];
    const firstNonCritical = rows.findIndex((row) => row.priority !== "critical");
    expect(rows[firstNonCritical]?.id).toBe(escalated);
    expect(rows[firstNonCritical]?.vip).toBe(true);
    // The one the rules had put in L1 is routed again: VIP customers go to the VIP queue
    // (issue #5's default rule), now and for their next request.
    const l1Queue = await t.call("GET", "/api/admin/tickets?view=l1", { user: l1 });
    expect(l1Queue.body.items.map((row: { id: string }) => row.id)).not.toContain(earlier);
    const vipTicket = await open(other);
    const vipQueue = await t.call("GET", "/api/admin/tickets?view=vip", { user: sup });
    const vipRows = vipQueue.body.items as { id: string; vip: boolean }[];
    expect(vipRows.find((row) => row.id === earlier)?.vip).toBe(true);
    expect(vipRows.find((row) => row.id === vipTicket)?.vip).toBe(true);
    expect((await audit(String(other.id)))[0]).toMatchObject({
      action: "customer.tags",
      after: { tags: ["vip"] },
    });
  });

  it("mine, unassigned and due-soon views follow claims and the first-response time", async () => {
    const id = await open();
    const claim = await t.call("POST", `/api/admin/tickets/${id}/claim`, { user: l1, body: {} });
    expect(claim.status).toBe(200);
    expect(claim.body.status).toBe("open");
    expect(claim.body.assignee).toEqual({ id: l1.id, name: "Lia" });
    const mine = await t.call("GET", "/api/admin/tickets?view=mine", { user: l1 });
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(id);
    const unassigned = await t.call("GET", "/api/admin/tickets?view=unassigned", { user: l1 });
    expect(unassigned.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    // Past its promised time with no answer: breached (the view reads the SLA clock's due time).
    const past = new Date(Date.now() - 60_000).toISOString();
    await t.handle.db.update(schema.tickets).set({ eta: past }).where(eq(schema.tickets.id, id));
    await t.handle.db
      .update(schema.ticketSla)
      .set({ firstResponseDueAt: past, nextDueAt: past })
      .where(eq(schema.ticketSla.ticketId, id));
    const due = await t.call("GET", "/api/admin/tickets?view=due_soon_or_breached", { user: l1 });
    const row = due.body.items.find((item: { id: string }) => item.id === id);
    expect(row?.dueState).toBe("breached");
    // The count (read from the due clocks) agrees with the view (read ticket by ticket), also for
    // a ticket without SLA bookkeeping whose unanswered ETA has passed.
    expect(due.body.counts.due_soon_or_breached).toBe(due.body.items.length);
    const untracked = await open();
    await t.handle.db
      .update(schema.tickets)
      .set({ eta: past })
      .where(eq(schema.tickets.id, untracked));
    await t.handle.db.delete(schema.ticketSla).where(eq(schema.ticketSla.ticketId, untracked));
    const again = await t.call("GET", "/api/admin/tickets?view=due_soon_or_breached", { user: l1 });
    expect(again.body.items.map((item: { id: string }) => item.id)).toContain(untracked);
    expect(again.body.counts.due_soon_or_breached).toBe(again.body.items.length);
    expect(again.body.counts.due_soon_or_breached).toBe(due.body.counts.due_soon_or_breached + 1);
    // Someone else cannot claim it from under the first agent; a supervisor can.
    expect(
      (await t.call("POST", `/api/admin/tickets/${id}/claim`, { user: l1b, body: {} })).status,
    ).toBe(409);
  });

  it("refuses analysts and customers", async () => {
    expect((await t.call("GET", "/api/admin/tickets", { user: analyst })).status).toBe(403);
    expect((await t.call("GET", "/api/admin/tickets", { user: buyer })).status).toBe(403);
  });
});

describe("ticket actions", () => {
  it("assigns only to staff of the ticket's queue, and audits it", async () => {
    const id = await open();
    const wrong = await t.call("POST", `/api/admin/tickets/${id}/assign`, {
      user: sup,
      body: { assigneeId: l2.id },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.fields.assigneeId).toBeDefined();
    const list = await t.call("GET", `/api/admin/tickets/${id}/assignees`, { user: l1 });
    expect(list.body.items.map((item: { id: number }) => item.id)).toEqual(
      expect.arrayContaining([l1.id, l1b.id, sup.id, admin.id]),
    );
    expect(list.body.items.map((item: { id: number }) => item.id)).not.toContain(l2.id);
    const ok = await t.call("POST", `/api/admin/tickets/${id}/assign`, {
      user: sup,
      body: { assigneeId: l1b.id },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.assignee.id).toBe(l1b.id);
    const entries = await audit(id);
    expect(entries[0]).toMatchObject({
      action: "ticket.assign",
      actorId: sup.id,
      before: { assigneeId: null },
      after: { assigneeId: l1b.id },
    });
  });

  it("requests clarification, changes priority, tags, and validates transitions", async () => {
    const id = await open(buyer);
    const clarify = await t.call("POST", `/api/admin/tickets/${id}/clarify`, {
      user: l1,
      body: { body: "Please send the order number." },
    });
    expect(clarify.status).toBe(200);
    expect(clarify.body.status).toBe("waiting_customer");
    expect(clarify.body.firstRespondedAt).not.toBeNull();
    expect(clarify.body.events.map((event: { toStatus: string }) => event.toStatus)).toEqual([
      "new",
      "waiting_customer",
    ]);
    // The customer sees the question.
    const mine = await t.call("GET", `/api/tickets/${id}`, { user: buyer });
    expect(mine.body.messages.at(-1).body).toBe("Please send the order number.");

    const priority = await t.call("POST", `/api/admin/tickets/${id}/priority`, {
      user: l1,
      body: { priority: "high" },
    });
    expect(priority.body.priority).toBe("high");
    const tags = await t.call("POST", `/api/admin/tickets/${id}/tags`, {
      user: l1,
      body: { add: ["Refund", "late"], remove: [] },
    });
    expect(tags.body.tags).toEqual(["refund", "late"]);
    const removed = await t.call("POST", `/api/admin/tickets/${id}/tags`, {
      user: l1,
      body: { remove: ["late"] },
    });
    expect(removed.body.tags).toEqual(["refund"]);
    expect(
      (await t.call("POST", `/api/admin/tickets/${id}/tags`, { user: l1, body: { add: ["a b"] } }))
        .status,
    ).toBe(400);

    const resolve = await t.call("POST", `/api/admin/tickets/${id}/resolve`, {
      user: l1,
      body: { summary: "Refund sent", nextSteps: [] },
    });
    expect(resolve.body.status).toBe("resolved");
    const close = await t.call("POST", `/api/admin/tickets/${id}/close`, { user: l1, body: {} });
    expect(close.body.status).toBe("closed");
    // closed → waiting_customer is not a move the desk makes.
    const again = await t.call("POST", `/api/admin/tickets/${id}/clarify`, {
      user: l1,
      body: { body: "One more thing?" },
    });
    expect(again.status).toBe(409);
    expect((await audit(id)).map((entry) => entry.action)).toEqual([
      "ticket.close",
      "ticket.resolve",
      "ticket.tags",
      "ticket.tags",
      "ticket.priority",
      "ticket.clarify",
    ]);
  });

  it("escalates to L2 with a reason: moves, unassigns, notes, and L1 loses sight of it", async () => {
    const id = await open(buyer);
    await t.call("POST", `/api/admin/tickets/${id}/claim`, { user: l1, body: {} });
    const res = await t.call("POST", `/api/admin/tickets/${id}/escalate`, {
      user: l1,
      body: { to: "l2", reason: "Needs a refund decision" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ queue: "l2", assignee: null });
    // From now on the ticket is out of L1's sight.
    expect((await t.call("GET", `/api/admin/tickets/${id}`, { user: l1 })).status).toBe(404);
    const seen = await t.call("GET", `/api/admin/tickets/${id}`, { user: l2 });
    expect(seen.body).toMatchObject({
      queue: "l2",
      assignee: null,
      escalationReason: "Needs a refund decision",
    });
    const note = seen.body.messages.at(-1);
    expect(note).toMatchObject({ internal: true, body: "⇡ L2: Needs a refund decision" });
    // The note never reaches the customer.
    const theirs = await t.call("GET", `/api/tickets/${id}`, { user: buyer });
    expect(theirs.body.messages.map((m: { body: string }) => m.body)).not.toContain(note.body);
    expect((await audit(id))[0]).toMatchObject({
      action: "ticket.escalate",
      reason: "Needs a refund decision",
      before: { queue: "l1" },
      after: { queue: "l2", assigneeId: null },
    });
    expect(
      (
        await t.call("POST", `/api/admin/tickets/${id}/escalate`, {
          user: l2,
          body: { to: "l2", reason: "again" },
        })
      ).status,
    ).toBe(409);
  });

  it("merges a duplicate of the same customer only, linking its messages", async () => {
    const target = await open(buyer);
    const duplicate = await open(buyer);
    const foreign = await open(customer(7003));
    const refused = await t.call("POST", `/api/admin/tickets/${foreign}/merge`, {
      user: l1,
      body: { targetId: target },
    });
    expect(refused.status).toBe(409);
    const merged = await t.call("POST", `/api/admin/tickets/${duplicate}/merge`, {
      user: l1,
      body: { targetId: target },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.id).toBe(target);
    expect(merged.body.mergedFrom.map((entry: { id: string }) => entry.id)).toEqual([duplicate]);
    // The duplicate's first message now shows in the target's thread.
    expect(merged.body.messages.length).toBeGreaterThanOrEqual(3);
    const source = await t.call("GET", `/api/admin/tickets/${duplicate}`, { user: l1 });
    expect(source.body).toMatchObject({ status: "closed", mergedIntoId: target });
    expect((await audit(duplicate))[0]?.action).toBe("ticket.merge");
  });

  it("shows the customer card: language, local time, tags, history and CSAT", async () => {
    await t.call("PATCH", "/api/me/settings", { user: buyer, body: { timeZone: "Asia/Tehran" } });
    const rated = await open(buyer);
    await t.call("POST", `/api/admin/tickets/${rated}/resolve`, {
      user: l1,
      body: { summary: "Sorted", nextSteps: [] },
    });
    expect(
      (await t.call("POST", `/api/tickets/${rated}/rating`, { user: buyer, body: { score: 4 } }))
        .status,
    ).toBe(200);
    const id = await open(buyer);
    const detail = await t.call("GET", `/api/admin/tickets/${id}`, { user: l1 });
    expect(detail.body.card).toMatchObject({
      id: buyer.id,
      language: "fa",
      timeZone: "Asia/Tehran",
      localTime: expect.stringMatching(/^\d\d:\d\d$/),
      vip: false,
    });
    const previous = detail.body.card.previousTickets.find((p: { id: string }) => p.id === rated);
    expect(previous).toMatchObject({ status: "resolved", csatScore: 4 });
    expect(detail.body.card.csatHistory[0]).toMatchObject({ score: 4 });
  });
});

describe("collision guard", () => {
  it("announces who else is on a ticket, and refuses a reply made blind to a newer one", async () => {
    const id = await open();
    const seen = await t.call("GET", `/api/admin/tickets/${id}`, { user: l1 });
    const lastSeen = seen.body.messages.at(-1).id;
    expect(
      (
        await t.call("POST", `/api/admin/tickets/${id}/presence`, {
          user: l1b,
          body: { state: "typing" },
        })
      ).body.active,
    ).toEqual([]);
    const presence = await t.call("POST", `/api/admin/tickets/${id}/presence`, {
      user: l1,
      body: { state: "viewing" },
    });
    expect(presence.body.active).toMatchObject([{ userId: l1b.id, name: "Ben", state: "typing" }]);
    expect(
      (await t.call("GET", `/api/admin/tickets/${id}`, { user: l1 })).body.active,
    ).toHaveLength(1);

    const first = await t.call("POST", `/api/admin/tickets/${id}/messages`, {
      user: l1b,
      body: { body: "Ben here, on it.", lastSeenMessageId: lastSeen },
    });
    expect(first.status).toBe(201);
    const second = await t.call("POST", `/api/admin/tickets/${id}/messages`, {
      user: l1,
      body: { body: "Lia here, on it.", lastSeenMessageId: lastSeen },
    });
    expect(second.status).toBe(409);
    expect(second.body.error.details).toMatchObject({
      reason: "new_messages",
      messages: [{ id: first.body.id, body: "Ben here, on it." }],
    });
    // After reading it, the reply goes through.
    const third = await t.call("POST", `/api/admin/tickets/${id}/messages`, {
      user: l1,
      body: { body: "Lia: adding details.", lastSeenMessageId: first.body.id },
    });
    expect(third.status).toBe(201);
    expect((await audit(id)).map((entry) => entry.action)).toEqual([
      "ticket.reply",
      "ticket.reply",
    ]);
  });
});

describe("live queue stream", () => {
  it("tells an agent when a ticket appears in their queue, and not in others", async () => {
    const res = await t.app.request("/api/admin/stream", {
      headers: { authorization: t.auth(l1) },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil("event: ready");
    await open(customer(7900), "payment", "refund"); // security queue: not L1's
    const id = await open();
    await readUntil(id);
    await reader.cancel();
    expect(text).toContain(`"queue":"l1","ticketId":"${id}"`);
    expect(text).not.toContain('"queue":"security"');
  });
});

describe("floods", () => {
  it("answers 429 with Retry-After when one person sends too many writes", async () => {
    // A stopped clock: the bucket does not refill however slow the machine is.
    const at = Date.now();
    const frozen = await createTestApp({ now: () => at });
    try {
      const flooder = customer(7199);
      await frozen.handle.db.insert(schema.staffRoles).values([
        { userId: flooder.id, role: "agent_l1" },
        { userId: l1.id, role: "agent_l1" },
      ]);
      const created = await frozen.call("POST", "/api/tickets", {
        user: customer(7198),
        body: {
          topicId: "orders",
          subject: "Flood test",
          description: "A ticket to send heartbeats about.",
        },
      });
      const beat = (user: typeof l1) =>
        frozen.call("POST", `/api/admin/tickets/${created.body.id}/presence`, {
          user,
          body: { state: "viewing" },
        });
      for (let i = 0; i < 120; i++) expect((await beat(flooder)).status).toBe(200);
      const refused = await beat(flooder);
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe("rate_limited");
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      // Someone else is not affected.
      expect((await beat(l1)).status).toBe(200);
    } finally {
      await frozen.close();
    }
  }, 90_000);
});
