import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";

let t: TestApp;
const user = customer(9001);
let ticketId: string;

beforeAll(async () => {
  t = await createTestApp();
  const created = await t.call("POST", "/api/tickets", {
    user,
    body: {
      topicId: "orders",
      subject: "Bad input target",
      description: "A ticket to throw bad input at.",
    },
  });
  ticketId = created.body.id;
});
afterAll(async () => {
  await t?.close();
});

describe("bad input is a 400 with field errors, never a 500", () => {
  it("refuses NUL characters in text", async () => {
    const message = await t.call("POST", `/api/tickets/${ticketId}/messages`, {
      user,
      body: { body: "a\u0000b" },
    });
    expect(message.status).toBe(400);
    expect(message.body.error.details.fields.body).toEqual(["Must not contain NUL characters"]);
    const ticket = await t.call("POST", "/api/tickets", {
      user,
      body: { topicId: "orders", subject: "nul\u0000", description: "Description long enough" },
    });
    expect(ticket.status).toBe(400);
    expect(Object.keys(ticket.body.error.details.fields)).toEqual(["subject"]);
  });

  it("refuses a cursor whose date PostgreSQL would not parse", async () => {
    const cursor = Buffer.from("1 |36d828a3-d956-4c7f-a06d-cc14db7b1ad5").toString("base64url");
    const res = await t.call("GET", `/api/tickets?cursor=${cursor}`, { user });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.cursor).toEqual(["Invalid cursor"]);
  });

  it("answers a body that is not JSON, or malformed JSON, with validation_failed and a form error", async () => {
    const variants: Record<string, string>[] = [{ "content-type": "text/plain" }, {}];
    for (const headers of variants) {
      const res = await t.app.request(`/api/tickets/${ticketId}/messages`, {
        method: "POST",
        headers: { authorization: t.auth(user), ...headers },
        body: "hello",
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; details: { form: string[] } } };
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.details.form).toHaveLength(1);
    }
    const malformed = await t.call("POST", `/api/tickets/${ticketId}/messages`, {
      user,
      body: "{nope",
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details).toEqual({ fields: {}, form: [expect.any(String)] });
  });

  it("treats a reused clientId with other text as a conflict, not a silent replay", async () => {
    const first = await t.call("POST", `/api/tickets/${ticketId}/messages`, {
      user,
      body: { body: "First text", clientId: "reused-client-id-1" },
    });
    expect(first.status).toBe(201);
    const other = await t.call("POST", `/api/tickets/${ticketId}/messages`, {
      user,
      body: { body: "Different text", clientId: "reused-client-id-1" },
    });
    expect(other.status).toBe(409);
  });

  it("refuses launch data dated in the future", async () => {
    const future = Math.floor(Date.now() / 1000) + 3600;
    const res = await t.call("GET", "/api/tickets", {
      headers: { authorization: t.auth(user, { authDate: future }) },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.details.reason).toBe("malformed");
  });
});
