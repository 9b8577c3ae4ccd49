import { schema } from "@helpline/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";

let t: TestApp;
const buyer = customer(8001);
const agent = customer(8101);

beforeAll(async () => {
  t = await createTestApp();
  await t.handle.db.insert(schema.staffRoles).values({ userId: agent.id, role: "agent_l1" });
});
afterAll(async () => {
  await t?.close();
});

async function openTicket(subject = "Scratched screen on arrival") {
  const res = await t.call("POST", "/api/tickets", {
    user: buyer,
    body: {
      topicId: "orders",
      sectionId: "return",
      subject,
      description: "The phone arrived with a scratch.",
    },
  });
  return res.body as { id: string; number: number };
}

describe("closing the loop", () => {
  it("shows the agent's summary and next steps, takes a rating, and reopens with history", async () => {
    const ticket = await openTicket();
    await t.call("POST", `/api/admin/tickets/${ticket.id}/messages`, {
      user: agent,
      body: { body: "Sorry! We will replace it." },
    });
    const listed = await t.call("GET", "/api/tickets", { user: buyer });
    expect(listed.body.items.find((item: { id: string }) => item.id === ticket.id).unread).toBe(
      true,
    );

    const early = await t.call("POST", `/api/tickets/${ticket.id}/rating`, {
      user: buyer,
      body: { score: 5 },
    });
    expect(early.status).toBe(409);

    const badResolve = await t.call("POST", `/api/admin/tickets/${ticket.id}/resolve`, {
      user: agent,
      body: { summary: "" },
    });
    expect(badResolve.status).toBe(400);
    const resolved = await t.call("POST", `/api/admin/tickets/${ticket.id}/resolve`, {
      user: agent,
      body: {
        summary: "A replacement phone was sent.",
        nextSteps: ["Return the scratched one with the label"],
      },
    });
    expect(resolved.status).toBe(200);
    expect(
      (
        await t.call("POST", `/api/admin/tickets/${ticket.id}/resolve`, {
          user: agent,
          body: { summary: "Again" },
        })
      ).status,
    ).toBe(409);

    const seen = await t.call("GET", `/api/tickets/${ticket.id}`, { user: buyer });
    expect(seen.body).toMatchObject({
      status: "resolved",
      resolutionSummary: "A replacement phone was sent.",
      nextSteps: ["Return the scratched one with the label"],
      unread: false,
    });
    expect(seen.body.events.map((event: { status: string }) => event.status)).toEqual([
      "new",
      "open",
      "resolved",
    ]);
    const afterRead = await t.call("GET", "/api/tickets", { user: buyer });
    expect(afterRead.body.items.find((item: { id: string }) => item.id === ticket.id).unread).toBe(
      false,
    );

    expect(
      (
        await t.call("POST", `/api/tickets/${ticket.id}/rating`, {
          user: buyer,
          body: { score: 0 },
        })
      ).status,
    ).toBe(400);
    const rated = await t.call("POST", `/api/tickets/${ticket.id}/rating`, {
      user: buyer,
      body: { score: 4, comment: "Quick, thanks" },
    });
    expect(rated.status).toBe(200);
    expect(rated.body.csatScore).toBe(4);

    const reopened = await t.call("POST", `/api/tickets/${ticket.id}/reopen`, {
      user: buyer,
      body: { reason: "The replacement has the same scratch." },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: "reopened", reopenCount: 1, resolvedAt: null });
    const history = await t.call("GET", `/api/tickets/${ticket.id}`, { user: buyer });
    expect(history.body.events.map((event: { status: string }) => event.status)).toEqual([
      "new",
      "open",
      "resolved",
      "reopened",
    ]);
    expect(history.body.messages.at(-1)).toMatchObject({
      author: "customer",
      body: "The replacement has the same scratch.",
    });
    expect(
      (await t.call("POST", `/api/tickets/${ticket.id}/reopen`, { user: buyer, body: {} })).status,
    ).toBe(409);
  });

  it("finds a ticket by its public number for its owner only", async () => {
    const ticket = await openTicket("Lookup by number");
    const mine = await t.call("GET", `/api/tickets/by-number/${ticket.number}`, { user: buyer });
    expect(mine.status).toBe(200);
    expect(mine.body.id).toBe(ticket.id);
    expect(
      (await t.call("GET", `/api/tickets/by-number/${ticket.number}`, { user: customer(8002) }))
        .status,
    ).toBe(404);
    expect((await t.call("GET", "/api/tickets/by-number/abc", { user: buyer })).status).toBe(400);
  });
});

describe("the live stream", () => {
  it("sends the owner an event when an agent replies, and nothing for internal notes", async () => {
    const ticket = await openTicket("Live updates");
    const stranger = await t.app.request(`/api/tickets/${ticket.id}/stream`, {
      headers: { authorization: t.auth(customer(8003)) },
    });
    expect(stranger.status).toBe(404);

    const controller = new AbortController();
    const res = await t.app.request(`/api/tickets/${ticket.id}/stream`, {
      headers: { authorization: t.auth(buyer) },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = "";
    const readUntil = async (needle: string) => {
      while (!received.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        received += decoder.decode(value);
      }
    };
    await readUntil("event: ready");
    await t.call("POST", `/api/admin/tickets/${ticket.id}/messages`, {
      user: agent,
      body: { body: "Looking at it", internal: true },
    });
    await t.call("POST", `/api/admin/tickets/${ticket.id}/messages`, {
      user: agent,
      body: { body: "Hello!" },
    });
    await readUntil("event: message");
    expect(received.match(/event: message/g)).toHaveLength(1);
    expect(received).toContain(`"ticketId":"${ticket.id}"`);
    controller.abort();
    await reader.cancel().catch(() => {});
  });
});
