import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./client";
import { auditLog } from "./console-schema";
import { createTestDb } from "./testing";

// Issue #4: the audit log is append-only. The API has no route to change it; the database refuses
// too (migration 0016), so neither a bug nor a direct connection can rewrite history.
let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb(process.env.DATABASE_URL);
});
afterAll(async () => {
  await handle?.close();
});

describe("audit_log", () => {
  it("takes new entries and refuses to change, delete or truncate them", async () => {
    const id = randomUUID();
    await handle.db.insert(auditLog).values({
      id,
      actorId: 42,
      action: "ticket.assign",
      targetType: "ticket",
      targetId: "t-1",
      before: { assignee: null },
      after: { assignee: 42 },
    });
    await expect(
      handle.db.update(auditLog).set({ action: "nothing" }).where(eq(auditLog.id, id)),
    ).rejects.toThrow();
    await expect(handle.db.delete(auditLog).where(eq(auditLog.id, id))).rejects.toThrow();
    await expect(handle.db.execute("truncate audit_log")).rejects.toThrow();
    const [row] = await handle.db.select().from(auditLog).where(eq(auditLog.id, id));
    expect(row?.action).toBe("ticket.assign");
  });
});
