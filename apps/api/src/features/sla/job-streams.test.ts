import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ClockedDesk, createClockedDesk } from "../../testing/clocked-desk";
import { customer, type TestApp } from "../../testing/test-app";

// What background jobs change (an SLA escalation, an auto-close) reaches the same live streams
// as a change made over HTTP: the customer's thread and the staff's queue stream.

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

const buyer = customer(7301);
const agent = customer(7311);
const agentL2 = customer(7312);

let desk: ClockedDesk;
let t: TestApp;
const at = (offset: number) => desk.at(offset);
/** A request signed at the fake clock's time, so hours later the session is still fresh. */
const call = (method: string, path: string, user: typeof buyer, body?: unknown) =>
  desk.call(method, path, user, body);

beforeEach(async () => {
  desk = await createClockedDesk([
    [agent, "agent_l1"],
    [agentL2, "agent_l2"],
  ]);
  ({ t } = desk);
});
afterEach(() => desk?.close());

async function open() {
  const res = await call("POST", "/api/tickets", buyer, {
    topicId: "orders",
    subject: "Where is my parcel",
    description: "My parcel has not arrived yet, please.",
  });
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

/** An event stream as a client reads it, with the events so far as text. */
async function listen(path: string, user: typeof buyer) {
  const controller = new AbortController();
  const res = await t.app.request(path, {
    headers: { authorization: t.auth(user, { authDate: Math.floor(desk.clock / 1000) }) },
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const stream = {
    text: "",
    /** Reads until `needle` arrives; a stream that stays silent fails fast, not by timeout. */
    async until(needle: string, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (!stream.text.includes(needle)) {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<"late">((resolve) => {
          timer = setTimeout(() => resolve("late"), Math.max(0, deadline - Date.now()));
        });
        const next = await Promise.race([reader.read(), late]);
        clearTimeout(timer);
        if (next === "late") throw new Error(`No "${needle}" on the stream within ${ms} ms`);
        if (next.done) throw new Error(`The stream ended before "${needle}"`);
        stream.text += decoder.decode(next.value);
      }
    },
    async close() {
      controller.abort();
      await reader.cancel().catch(() => {});
    },
  };
  await stream.until("event: ready");
  return stream;
}

describe("changes made by jobs", () => {
  it("an SLA escalation reaches the customer's thread and both queues' streams", async () => {
    const ticket = await open();
    await at(MIN);
    expect(
      (await call("POST", `/api/admin/tickets/${ticket.id}/messages`, agent, { body: "On it." }))
        .status,
    ).toBe(201);
    const thread = await listen(`/api/tickets/${ticket.id}/stream`, buyer);
    const l1 = await listen("/api/admin/stream", agent);
    const l2 = await listen("/api/admin/stream", agentL2);
    try {
      expect(thread.text).not.toContain("event: status");
      // The resolution target (4 h) passes: the job escalates the ticket to L2.
      await at(240 * MIN);
      await thread.until("event: status");
      expect(thread.text).toContain(`"ticketId":"${ticket.id}"`);
      await l1.until(`"queue":"l1","ticketId":"${ticket.id}"`);
      await l2.until(`"queue":"l2","ticketId":"${ticket.id}"`);
    } finally {
      await Promise.all([thread.close(), l1.close(), l2.close()]);
    }
  });

  it("an auto-close after an unanswered clarification reaches the customer's thread", async () => {
    const ticket = await open();
    await at(MIN);
    const asked = await call("POST", `/api/admin/tickets/${ticket.id}/clarify`, agent, {
      body: "Which order is it?",
    });
    expect(asked.status).toBe(200);
    const thread = await listen(`/api/tickets/${ticket.id}/stream`, buyer);
    const queue = await listen("/api/admin/stream", agent);
    try {
      // Reminded after 24 h (a message in the outbox only: nothing on the ticket changes)...
      await at(MIN + DAY);
      expect(thread.text).not.toContain("event: status");
      // ...and closed 48 h later, by the job.
      await at(MIN + 3 * DAY);
      await thread.until("event: status");
      await queue.until(`"queue":"l1","ticketId":"${ticket.id}"`);
      const seen = await call("GET", `/api/tickets/${ticket.id}`, buyer);
      expect(seen.body.status).toBe("closed");
    } finally {
      await Promise.all([thread.close(), queue.close()]);
    }
  });
});
