import { type DbHandle, schema } from "@helpline/db";
import { createTestDb } from "@helpline/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notify } from "./notify";

describe("notify (outbox)", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(process.env.DATABASE_URL);
  });
  afterAll(() => handle.close());

  it("writes in the caller's transaction: a rolled-back change leaves no message", async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await notify(tx, { chatId: 7, kind: "ticket.reply", idempotencyKey: "rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const rows = await handle.db.select().from(schema.outbox);
    expect(rows.map((r) => r.idempotencyKey)).not.toContain("rolled-back");
  });

  it("keeps one message per idempotency key", async () => {
    const n = { chatId: 42, userId: 42, kind: "ticket.status", params: { number: 10001 } };
    expect(await notify(handle.db, { ...n, idempotencyKey: "status:1" })).toBe(true);
    expect(await notify(handle.db, { ...n, idempotencyKey: "status:1" })).toBe(false);
    const rows = await handle.db.select().from(schema.outbox);
    const mine = rows.filter((r) => r.idempotencyKey === "status:1");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ chatId: 42, status: "pending", params: { number: 10001 } });
  });
});
