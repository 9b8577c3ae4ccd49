import { schema } from "@helpline/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, renameTicketQuietly, type TestApp } from "../../testing/test-app";
import { SharedReads } from "./shared-reads";

function counter(values: unknown[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    load: () => Promise.resolve(values[calls++]),
  };
}

describe("SharedReads", () => {
  it("shares one read between callers at the same moment, until a change", async () => {
    const reads = new SharedReads({ now: () => 1000 });
    reads.enable();
    const source = counter(["first", "second"]);
    const [a, b] = await Promise.all([reads.read("k", source.load), reads.read("k", source.load)]);
    expect([a, b, source.calls]).toEqual(["first", "first", 1]);
    reads.invalidate();
    expect(await reads.read("k", source.load)).toBe("second");
    expect(source.calls).toBe(2);
  });

  it("does not hand a read that began before a change to anyone asking after it", async () => {
    const reads = new SharedReads({ now: () => 1000 });
    reads.enable();
    let release: (value: string) => void = () => {};
    const before = reads.read("k", () => new Promise<string>((resolve) => (release = resolve)));
    reads.invalidate();
    const after = reads.read("k", () => Promise.resolve("fresh"));
    release("stale");
    expect(await before).toBe("stale");
    expect(await after).toBe("fresh");
  });

  it("reads again once the app's clock moved past the age limit, after a failure, and before the feed is live", async () => {
    let clock = 0;
    const reads = new SharedReads({ now: () => clock, maxAgeMs: 1000 });
    const source = counter(["a", "b", "c", "d"]);
    expect(await reads.read("k", source.load)).toBe("a"); // not enabled yet
    reads.enable();
    expect(await reads.read("k", source.load)).toBe("b");
    clock = 900;
    expect(await reads.read("k", source.load)).toBe("b");
    clock = 2000;
    expect(await reads.read("k", source.load)).toBe("c");
    await expect(reads.read("other", () => Promise.reject(new Error("down")))).rejects.toThrow();
    expect(await reads.read("other", () => Promise.resolve("up"))).toBe("up");
    expect(source.calls).toBe(3);
  });
});

// Through the real app: whatever changes a ticket, the next queue view shows it, on both databases.
describe("GET /api/admin/tickets with shared reads", () => {
  let t: TestApp;
  const buyer = customer(6301);
  const lead = customer(6302);
  beforeAll(async () => {
    t = await createTestApp();
    await t.handle.db.insert(schema.staffRoles).values({ userId: lead.id, role: "supervisor" });
  });
  afterAll(async () => {
    await t?.close();
  });

  const view = async () => {
    const res = await t.call("GET", "/api/admin/tickets", { user: lead });
    expect(res.status).toBe(200);
    const body = res.body as {
      items: { subject: string }[];
      counts: Record<string, number>;
    };
    return { subjects: body.items.map((item) => item.subject).sort(), counts: body.counts };
  };

  it("shows every committed change in the very next view", async () => {
    const created = await t.call("POST", "/api/tickets", {
      user: buyer,
      body: { topicId: "orders", subject: "Parcel lost", description: "It never came." },
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    const first = await view();
    expect(first.subjects).toEqual(["Parcel lost"]);
    expect(first.counts).toMatchObject({ l1: 1, unassigned: 1, mine: 0 });

    // Several staff at once: the same answer for all.
    const together = await Promise.all([view(), view(), view()]);
    expect(together.map((seen) => seen.subjects)).toEqual([
      ["Parcel lost"],
      ["Parcel lost"],
      ["Parcel lost"],
    ]);

    // A change the database does not announce: a shared read may still show the old subject.
    await renameTicketQuietly(t, id, "Renamed quietly");
    const shared = t.handle.kind === "pglite";
    expect((await view()).subjects).toEqual([shared ? "Parcel lost" : "Renamed quietly"]);

    // An ordinary change from outside the desk (a job, plain SQL) and a new ticket: seen at once.
    await t.handle.db
      .update(schema.tickets)
      .set({ subject: "Renamed by a job", assigneeId: lead.id })
      .where(eq(schema.tickets.id, id));
    const after = await view();
    expect(after.subjects).toEqual(["Renamed by a job"]);
    expect(after.counts).toMatchObject({ l1: 1, unassigned: 0, mine: 1 });
    await t.call("POST", "/api/tickets", {
      user: buyer,
      body: { topicId: "orders", subject: "Second parcel", description: "Also late." },
    });
    expect((await view()).counts).toMatchObject({ l1: 2, unassigned: 1, mine: 1 });
  });
});
