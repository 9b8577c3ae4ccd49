import { schema } from "@helpline/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const dana = customer(1001);
const omid = customer(1002, { language_code: "fa" });

const validTicket = {
  topicId: "orders",
  sectionId: "order-status",
  subject: "Parcel has not arrived",
  description: "I ordered a kettle a week ago and tracking has not moved.",
};

async function ticketCount(customerId: number) {
  const rows = await t.handle.db
    .select({ id: schema.tickets.id })
    .from(schema.tickets)
    .where(eq(schema.tickets.customerId, customerId));
  return rows.length;
}

describe("authorization", () => {
  it("answers 401 missing without a header", async () => {
    const res = await t.call("GET", "/api/tickets");
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      error: { code: "unauthorized", message: expect.any(String), details: { reason: "missing" } },
    });
  });

  it("answers 401 malformed for another scheme", async () => {
    const res = await t.call("GET", "/api/tickets", { headers: { authorization: "Bearer abc" } });
    expect(res.status).toBe(401);
    expect(res.body.error.details.reason).toBe("malformed");
  });

  it("answers 401 bad_signature for tampered initData", async () => {
    const genuine = t.auth(dana);
    const header = genuine.replace("Customer+1001", "Customer+9999");
    expect(header).not.toBe(genuine);
    const res = await t.call("GET", "/api/tickets", { headers: { authorization: header } });
    expect(res.status).toBe(401);
    expect(res.body.error.details.reason).toBe("bad_signature");
  });

  it("answers 401 expired for old initData", async () => {
    const old = Math.floor(Date.now() / 1000) - 7200;
    const res = await t.call("GET", "/api/tickets", {
      headers: { authorization: t.auth(dana, { authDate: old }) },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.details.reason).toBe("expired");
  });

  it("does not reveal unknown /api paths to strangers, and says 404 to users", async () => {
    expect((await t.call("GET", "/api/secret-admin-thing")).status).toBe(401);
    const res = await t.call("GET", "/api/secret-admin-thing", { user: dana });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});

describe("POST /api/tickets", () => {
  it("opens a ticket with a number, queue and ETA from the queue's first-response target", async () => {
    const res = await t.call("POST", "/api/tickets", { user: dana, body: validTicket });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      topicId: "orders",
      sectionId: "order-status",
      subject: validTicket.subject,
      status: "new",
      queue: "l1",
      priority: "normal",
      firstRespondedAt: null,
    });
    expect(res.body.number).toBeGreaterThanOrEqual(10001);
    const etaMinutes = (Date.parse(res.body.eta) - Date.parse(res.body.createdAt)) / 60_000;
    expect(etaMinutes).toBe(15);
    expect(res.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);

    const detail = await t.call("GET", `/api/tickets/${res.body.id}`, { user: dana });
    expect(detail.status).toBe(200);
    expect(detail.body.messages).toEqual([
      expect.objectContaining({ author: "customer", body: validTicket.description }),
    ]);
  });

  it("routes payment questions to the security and payments queue", async () => {
    const res = await t.call("POST", "/api/tickets", {
      user: dana,
      body: { ...validTicket, topicId: "payment", sectionId: "payment-failed" },
    });
    expect(res.status).toBe(201);
    expect(res.body.queue).toBe("security");
    expect((Date.parse(res.body.eta) - Date.parse(res.body.createdAt)) / 60_000).toBe(5);
  });

  it("returns the same ticket for the same Idempotency-Key, even when sent twice at once", async () => {
    const user = customer(2001);
    const headers = { "idempotency-key": "double-tap-0001" };
    const [a, b] = await Promise.all([
      t.call("POST", "/api/tickets", { user, body: validTicket, headers }),
      t.call("POST", "/api/tickets", { user, body: validTicket, headers }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    const again = await t.call("POST", "/api/tickets", { user, body: validTicket, headers });
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.id).toBe(a.body.id);
    expect(await ticketCount(user.id)).toBe(1);
  });

  it("answers 409 when an Idempotency-Key is reused for another request", async () => {
    const user = customer(2002);
    const headers = { "idempotency-key": "reused-key-0001" };
    expect(
      (await t.call("POST", "/api/tickets", { user, body: validTicket, headers })).status,
    ).toBe(201);
    const res = await t.call("POST", "/api/tickets", {
      user,
      body: { ...validTicket, subject: "Something else entirely" },
      headers,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
    expect(await ticketCount(user.id)).toBe(1);
  });

  it("answers 400 with field errors for a bad payload and stores nothing", async () => {
    const user = customer(2003);
    const res = await t.call("POST", "/api/tickets", {
      user,
      body: { topicId: "orders", subject: "x", description: "short", extra: true },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(Object.keys(res.body.error.details.fields).sort()).toEqual([
      "description",
      "extra",
      "subject",
    ]);
    expect(res.body.error.details.fields.extra).toEqual(["Unknown field"]);
    expect(await ticketCount(user.id)).toBe(0);
  });

  it("answers 400 for malformed JSON and for an unknown topic or a section of another topic", async () => {
    const user = customer(2004);
    const malformed = await t.call("POST", "/api/tickets", { user, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("validation_failed");

    const unknown = await t.call("POST", "/api/tickets", {
      user,
      body: { ...validTicket, topicId: "nope", sectionId: undefined },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.fields.topicId).toEqual(["Unknown topic"]);

    const mismatch = await t.call("POST", "/api/tickets", {
      user,
      body: { ...validTicket, sectionId: "refund" },
    });
    expect(mismatch.status).toBe(400);
    expect(Object.keys(mismatch.body.error.details.fields)).toEqual(["sectionId"]);
    expect(await ticketCount(user.id)).toBe(0);
  });

  it("answers 413 for an oversize body", async () => {
    const res = await t.call("POST", "/api/tickets", {
      user: customer(2005),
      body: { ...validTicket, description: "x".repeat(70 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("payload_too_large");
  });

  it("answers 429 with Retry-After when one customer floods", async () => {
    const user = customer(2006);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await t.call("POST", "/api/tickets", {
        user,
        body: validTicket,
        headers: { "idempotency-key": `flood-key-${i}-xxxx` },
      });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(res.body.error.code).toBe("rate_limited");
      }
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(await ticketCount(user.id)).toBe(10);
  });
});

describe("GET /api/tickets", () => {
  it("lists only the caller's tickets, newest first, a page at a time", async () => {
    const user = customer(3001);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.call("POST", "/api/tickets", {
        user,
        body: { ...validTicket, subject: `Ticket number ${i}` },
      });
      ids.push(res.body.id);
    }
    await t.call("POST", "/api/tickets", { user: customer(3002), body: validTicket });

    const first = await t.call("GET", "/api/tickets?limit=2", { user });
    expect(first.status).toBe(200);
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([ids[4], ids[3]]);
    const second = await t.call("GET", `/api/tickets?limit=2&cursor=${first.body.nextCursor}`, {
      user,
    });
    const third = await t.call("GET", `/api/tickets?limit=2&cursor=${second.body.nextCursor}`, {
      user,
    });
    expect(second.body.items.map((item: { id: string }) => item.id)).toEqual([ids[2], ids[1]]);
    expect(third.body.items.map((item: { id: string }) => item.id)).toEqual([ids[0]]);
    expect(third.body.nextCursor).toBeNull();
  });

  it("filters by status and refuses unknown statuses and bad cursors", async () => {
    const user = customer(3003);
    const created = await t.call("POST", "/api/tickets", { user, body: validTicket });
    await t.handle.db
      .update(schema.tickets)
      .set({ status: "resolved" })
      .where(eq(schema.tickets.id, created.body.id));
    await t.call("POST", "/api/tickets", { user, body: validTicket });

    const resolved = await t.call("GET", "/api/tickets?status=resolved,closed", { user });
    expect(resolved.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
    const open = await t.call("GET", "/api/tickets?status=new,open,reopened", { user });
    expect(open.body.items).toHaveLength(1);

    const badStatus = await t.call("GET", "/api/tickets?status=lost", { user });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.error.details.fields.status).toBeDefined();
    const badCursor = await t.call("GET", "/api/tickets?cursor=bm9wZQ", { user });
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.error.details.fields.cursor).toEqual(["Invalid cursor"]);
    const badLimit = await t.call("GET", "/api/tickets?limit=500", { user });
    expect(badLimit.status).toBe(400);
  });
});

describe("another customer's ticket", () => {
  it("is 404 to read and to write, exactly like a ticket that does not exist", async () => {
    const mine = await t.call("POST", "/api/tickets", { user: dana, body: validTicket });
    const read = await t.call("GET", `/api/tickets/${mine.body.id}`, { user: omid });
    const missing = await t.call("GET", "/api/tickets/00000000-0000-4000-8000-000000000000", {
      user: omid,
    });
    expect(read.status).toBe(404);
    expect(read.body).toEqual(missing.body);
    const write = await t.call("POST", `/api/tickets/${mine.body.id}/messages`, {
      user: omid,
      body: { body: "let me in" },
    });
    expect(write.status).toBe(404);
    expect((await t.call("GET", "/api/tickets/not-a-uuid", { user: omid })).status).toBe(404);
  });
});

describe("POST /api/tickets/{id}/messages", () => {
  it("stores a message once per clientId and moves a waiting ticket back to the desk", async () => {
    const user = customer(4001);
    const ticket = await t.call("POST", "/api/tickets", { user, body: validTicket });
    await t.handle.db
      .update(schema.tickets)
      .set({ status: "waiting_customer" })
      .where(eq(schema.tickets.id, ticket.body.id));

    const body = { body: "Here is the tracking number: 123", clientId: "client-msg-0001" };
    const first = await t.call("POST", `/api/tickets/${ticket.body.id}/messages`, { user, body });
    const retry = await t.call("POST", `/api/tickets/${ticket.body.id}/messages`, { user, body });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);

    const detail = await t.call("GET", `/api/tickets/${ticket.body.id}`, { user });
    expect(detail.body.status).toBe("open");
    expect(detail.body.messages.map((m: { body: string }) => m.body)).toEqual([
      validTicket.description,
      body.body,
    ]);
  });

  it("refuses an empty message with a field error and a closed ticket with 409", async () => {
    const user = customer(4002);
    const ticket = await t.call("POST", "/api/tickets", { user, body: validTicket });
    const empty = await t.call("POST", `/api/tickets/${ticket.body.id}/messages`, {
      user,
      body: { body: "   " },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.fields.body).toHaveLength(1);

    await t.handle.db
      .update(schema.tickets)
      .set({ status: "closed" })
      .where(eq(schema.tickets.id, ticket.body.id));
    const closed = await t.call("POST", `/api/tickets/${ticket.body.id}/messages`, {
      user,
      body: { body: "hello?" },
    });
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe("conflict");
  });
});
