import { eq, sql } from "drizzle-orm";
import type postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, preparedByDefault } from "./client";
import { users } from "./schema";
import { createTestDb } from "./testing";

// ADR 020: drizzle's query builders run as named statements on PostgreSQL, parsed once per
// connection, in the pool and in transactions alike.

type Call = { method: string; options?: Record<string, unknown> };

/** A stand-in for a postgres-js `sql`: records what it is asked, hands out nested ones. */
function fakeSql(calls: Call[], label: string): postgres.Sql {
  const fake = Object.assign(() => undefined, {
    label,
    unsafe: (_query: string, _params?: unknown[], options?: Record<string, unknown>) => {
      calls.push({ method: `${label}.unsafe`, options });
      return "result";
    },
    begin: async (...args: unknown[]) => {
      calls.push({ method: `${label}.begin`, options: { args: args.length } });
      const callback = args.at(-1) as (sql: postgres.Sql) => unknown;
      return callback(fakeSql(calls, `${label}/tx`));
    },
    savepoint: async (callback: (sql: postgres.Sql) => unknown) => {
      calls.push({ method: `${label}.savepoint` });
      return callback(fakeSql(calls, `${label}/sp`));
    },
  });
  return fake as unknown as postgres.Sql;
}

describe("preparedByDefault", () => {
  it("names every statement, also inside transactions and savepoints", async () => {
    const calls: Call[] = [];
    const sql = preparedByDefault(fakeSql(calls, "pool"));
    expect(sql.unsafe("select 1", [], { prepare: false })).toBe("result");
    await sql.begin("isolation level serializable", async (tx) => {
      tx.unsafe("select 2", [1], { prepare: false });
      await tx.savepoint(async (sp) => sp.unsafe("select 3"));
    });
    expect(calls).toEqual([
      { method: "pool.unsafe", options: { prepare: true } },
      // The options before the callback reach the real `begin` as they were.
      { method: "pool.begin", options: { args: 2 } },
      { method: "pool/tx.unsafe", options: { prepare: true } },
      { method: "pool/tx.savepoint" },
      { method: "pool/tx/sp.unsafe", options: { prepare: true } },
    ]);
  });

  it("passes everything else through untouched", () => {
    const calls: Call[] = [];
    const inner = fakeSql(calls, "pool");
    expect((preparedByDefault(inner) as unknown as { label: string }).label).toBe("pool");
  });
});

describe("statements on the real database", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await createTestDb(process.env.DATABASE_URL);
    await handle.db.insert(users).values([
      { id: 701, firstName: "Ann" },
      { id: 702, firstName: "Bob" },
    ]);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("gives each builder query's answer, pipelined in a transaction", async () => {
    const name = (id: number) =>
      handle.db.select({ firstName: users.firstName }).from(users).where(eq(users.id, id));
    expect(await name(701)).toEqual([{ firstName: "Ann" }]);
    const [ann, bob, named] = await handle.db.transaction(async (tx) => {
      const first = (id: number) =>
        tx.select({ firstName: users.firstName }).from(users).where(eq(users.id, id));
      return Promise.all([
        first(701),
        first(702),
        // The transaction's own session: on PostgreSQL the statement above is a named one there.
        tx.execute(
          sql`select count(*)::int as n from pg_prepared_statements where statement like 'select "first_name" from "users"%'`,
        ),
      ]);
    });
    expect(ann).toEqual([{ firstName: "Ann" }]);
    expect(bob).toEqual([{ firstName: "Bob" }]);
    const rows = (named as unknown as { rows?: { n: number }[] }).rows ?? named;
    const count = (rows as unknown as { n: number }[])[0]?.n;
    // PGlite has no named statements from drizzle (it is one in-process session); PostgreSQL must.
    expect(count).toBe(handle.kind === "postgres" ? 1 : 0);
  });
});
