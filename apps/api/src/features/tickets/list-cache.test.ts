import { schema } from "@helpline/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, renameTicketQuietly, type TestApp } from "../../testing/test-app";
import { TicketListCache } from "./list-cache";

describe("TicketListCache", () => {
  it("keeps a page until the customer's tickets change, and only that customer's", () => {
    const cache = new TicketListCache();
    cache.enable();
    cache.set(1, "a", '{"items":[1]}', cache.generation);
    cache.set(2, "a", '{"items":[2]}', cache.generation);
    expect(cache.get(1, "a")).toBe('{"items":[1]}');
    cache.forget(1);
    expect(cache.get(1, "a")).toBeUndefined();
    expect(cache.get(2, "a")).toBe('{"items":[2]}');
  });

  it("does not keep a page read while anything changed, nor before the feed is live", () => {
    const cache = new TicketListCache();
    cache.set(1, "a", "before", cache.generation);
    expect(cache.get(1, "a")).toBeUndefined();
    cache.enable();
    const readAt = cache.generation;
    cache.forget(7);
    cache.set(1, "a", "read across a change", readAt);
    expect(cache.get(1, "a")).toBeUndefined();
  });

  it("stays within its byte budget, dropping the customer used longest ago", () => {
    const cache = new TicketListCache({ maxBytes: 100 });
    cache.enable();
    const page = "x".repeat(20);
    for (const id of [1, 2, 3, 4]) cache.set(id, "a", page, cache.generation);
    expect(cache.get(1, "a")).toBe(page); // 1 is now the most recent
    cache.set(5, "a", page, cache.generation);
    cache.set(6, "a", page, cache.generation);
    expect(cache.bytes).toBeLessThanOrEqual(100);
    expect(cache.get(2, "a")).toBeUndefined();
    expect(cache.get(1, "a")).toBe(page);
    expect(cache.get(6, "a")).toBe(page);
  });
});

// Through the real app and database: whatever changes a ticket row (an API call, a job, plain
// SQL), the customer's next list shows it; on PostgreSQL nothing is cached at all.
describe("GET /api/tickets with the list cache", () => {
  let t: TestApp;
  const erin = customer(2101);
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const subjects = async () =>
    (
      (await t.call("GET", "/api/tickets", { user: erin })).body as { items: { subject: string }[] }
    ).items
      .map((item) => item.subject)
      .sort();

  it("answers from memory on the embedded database and forgets at every committed change", async () => {
    const created = await t.call("POST", "/api/tickets", {
      user: erin,
      body: {
        topicId: "orders",
        subject: "Parcel has not arrived",
        description: "Tracking has not moved for a week.",
      },
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(await subjects()).toEqual(["Parcel has not arrived"]);

    // A change the database does not announce (the session turns the trigger off): only a
    // cached page still shows the old subject.
    await renameTicketQuietly(t, id, "Renamed quietly");
    const cachedHere = t.handle.kind === "pglite";
    expect(await subjects()).toEqual([cachedHere ? "Parcel has not arrived" : "Renamed quietly"]);

    // An ordinary change, from outside the tickets service: the next list is fresh.
    await t.handle.db
      .update(schema.tickets)
      .set({ subject: "Renamed by a job" })
      .where(eq(schema.tickets.id, id));
    expect(await subjects()).toEqual(["Renamed by a job"]);

    // A new ticket, from the API: listed at once.
    await t.call("POST", "/api/tickets", {
      user: erin,
      body: { topicId: "orders", subject: "Second one", description: "Another order is late." },
    });
    expect(await subjects()).toEqual(["Renamed by a job", "Second one"]);
  });
});
