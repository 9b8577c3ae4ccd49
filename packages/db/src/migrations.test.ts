import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./client";
import { macros, queues, sections, staffRoles, tickets, topics } from "./schema";
import { DEMO_MACRO_COUNT } from "./seed/console";
import { DEMO_USERS, revokeDemoStaff, seedDemo } from "./seed/demo";
import { DEFAULT_QUEUES, DEFAULT_TOPICS, seedReference } from "./seed/reference";
import { createTestDb } from "./testing";
import { toIso } from "./time";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb(process.env.DATABASE_URL);
});
afterAll(async () => {
  await handle?.close();
});

describe("migrations and seeds", () => {
  it("migrates twice without error (already applied migrations are skipped)", async () => {
    await expect(handle.migrate()).resolves.toBeUndefined();
  });

  it("seeds reference data idempotently and never overwrites an admin's change", async () => {
    await seedReference(handle.db);
    await handle.db.update(queues).set({ firstResponseMinutes: 7 });
    await seedReference(handle.db);
    const rows = await handle.db.select().from(queues);
    expect(rows).toHaveLength(DEFAULT_QUEUES.length);
    expect(rows.every((row) => row.firstResponseMinutes === 7)).toBe(true);
    expect(await handle.db.select().from(topics)).toHaveLength(DEFAULT_TOPICS.length);
    const sectionCount = DEFAULT_TOPICS.reduce((sum, topic) => sum + topic.sections.length, 0);
    expect(await handle.db.select().from(sections)).toHaveLength(sectionCount);
  });

  it("loads demo data once", async () => {
    expect(await seedDemo(handle.db)).toBe(true);
    expect(await seedDemo(handle.db)).toBe(false);
    const rows = await handle.db.select().from(tickets);
    // Dana's three tickets and five more waiting in the console's queues.
    expect(rows.length).toBe(8);
    expect(rows.every((row) => row.number >= 10001)).toBe(true);
    // The demo agent has one of them to work; the VIP customer's ticket ranks right after critical.
    expect(rows.filter((row) => row.assigneeId === DEMO_USERS.agent.id)).toHaveLength(1);
    expect(rows.filter((row) => row.vip).map((row) => row.rank)).toEqual([1]);
    expect(await handle.db.select().from(macros)).toHaveLength(DEMO_MACRO_COUNT);
  });
});

describe("toIso", () => {
  it("turns PostgreSQL's timestamptz text into ISO 8601 in UTC", () => {
    expect(toIso("2026-11-22 07:18:20.123+00")).toBe("2026-11-22T07:18:20.123Z");
    expect(toIso("2026-11-22 07:18:20+00")).toBe("2026-11-22T07:18:20Z");
    expect(toIso("2026-11-22 10:18:20+03")).toBe("2026-11-22T07:18:20.000Z");
    expect(toIso(null)).toBeNull();
  });
});

describe("revokeDemoStaff", () => {
  it("takes the demo agent's roles away and leaves real staff alone", async () => {
    await handle.db.insert(staffRoles).values({ userId: 42, role: "admin" }).onConflictDoNothing();
    // Alex (L1 + L2 + content editor), Lena (L2) and Sam (supervisor).
    expect(await revokeDemoStaff(handle.db)).toBe(5);
    const left = await handle.db.select().from(staffRoles);
    expect(left.map((row) => row.userId)).toEqual([42]);
    expect(left.some((row) => row.userId === DEMO_USERS.agent.id)).toBe(false);
  });
});
