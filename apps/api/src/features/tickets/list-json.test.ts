import { schema } from "@helpline/db";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";
import { encodeCursor, toTicket } from "./tickets.service";

// The list endpoint sends JSON built by the database (`ticketJson` in tickets.repo.ts); it must
// say exactly what `toTicket` says about the same rows, whatever the row holds.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const dana = customer(2001);

/** The customer's rows, newest first, read the plain way. */
function rowsOf(customerId: number) {
  const { tickets } = schema;
  return t.handle.db
    .select()
    .from(tickets)
    .where(eq(tickets.customerId, customerId))
    .orderBy(desc(tickets.createdAt), desc(tickets.id));
}

async function createTickets(n: number) {
  for (let i = 0; i < n; i++) {
    const res = await t.call("POST", "/api/tickets", {
      user: dana,
      body: {
        topicId: "orders",
        sectionId: "order-status",
        subject: `Parcel ${i} has not arrived`,
        description: "Tracking has not moved for a week.",
      },
    });
    expect(res.status).toBe(201);
  }
}

describe("GET /api/tickets as JSON from the database", () => {
  it("matches toTicket field for field, nulls, unread and whole seconds included", async () => {
    await createTickets(5);
    const rows = await t.handle.db
      .select()
      .from(schema.tickets)
      .where(eq(schema.tickets.customerId, 2001));
    const [a, b, c, d] = rows;
    if (!a || !b || !c || !d) throw new Error("expected five tickets");
    const { tickets } = schema;
    // Replied and unread; replied and read; resolved with a summary and steps, whole seconds.
    await t.handle.db
      .update(tickets)
      .set({ lastAgentMessageAt: "2026-11-20T10:00:00.5Z", customerReadAt: null })
      .where(eq(tickets.id, a.id));
    await t.handle.db
      .update(tickets)
      .set({
        lastAgentMessageAt: "2026-11-20T10:00:00Z",
        customerReadAt: "2026-11-20T10:00:01Z",
        firstRespondedAt: "2026-11-20T10:00:00.123456Z",
      })
      .where(eq(tickets.id, b.id));
    await t.handle.db
      .update(tickets)
      .set({
        status: "resolved",
        resolvedAt: "2026-11-21T00:00:00Z",
        resolutionSummary: 'Refunded "in full" — <b>not</b> markup',
        nextSteps: ["Check your bank", "Reply if it is missing"],
        csatScore: 5,
        reopenCount: 1,
      })
      .where(eq(tickets.id, c.id));
    await t.handle.db
      .update(tickets)
      .set({ lastAgentMessageAt: "2026-11-20T10:00:02Z", customerReadAt: "2026-11-20T10:00:01Z" })
      .where(eq(tickets.id, d.id));

    const res = await t.call("GET", "/api/tickets?limit=50", { user: dana });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");

    const expected = (await rowsOf(2001)).map(toTicket);
    expect(res.body).toEqual({ items: expected, nextCursor: null });
    const unread = Object.fromEntries(
      (res.body.items as { id: string; unread: boolean }[]).map((item) => [item.id, item.unread]),
    );
    expect(unread).toMatchObject({ [a.id]: true, [b.id]: false, [c.id]: false, [d.id]: true });
  });

  it("pages with the same cursor toTicket's rows would give, and filters by status", async () => {
    const all = await rowsOf(2001);
    const first = await t.call("GET", "/api/tickets?limit=2", { user: dana });
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual(
      all.slice(0, 2).map((row) => row.id),
    );
    const second = all[1];
    if (!second) throw new Error("expected tickets");
    expect(first.body.nextCursor).toBe(encodeCursor(second));

    const rest = await t.call(
      "GET",
      `/api/tickets?limit=10&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      { user: dana },
    );
    expect(rest.body.items.map((item: { id: string }) => item.id)).toEqual(
      all.slice(2).map((row) => row.id),
    );
    expect(rest.body.nextCursor).toBeNull();

    const resolved = await t.call("GET", "/api/tickets?status=resolved", { user: dana });
    expect(resolved.body.items).toHaveLength(1);
    expect(resolved.body.items[0].status).toBe("resolved");

    const nobody = await t.call("GET", "/api/tickets", { user: customer(2002) });
    expect(nobody.body).toEqual({ items: [], nextCursor: null });
  });
});
