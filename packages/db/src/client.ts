import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { lockDataDir } from "./pglite-lock";
import * as schema from "./schema";

/** The one database type the app codes against, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  /** Applies the committed SQL migrations in `drizzle/`; safe to call from several processes. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /**
   * The customers whose tickets a committed transaction changed, reported before that commit
   * returns to its caller (migration 0013). Only the embedded database has it: there the one
   * process sees every change synchronously, so a cache kept by it is never stale (ADR 017).
   */
  onTicketsChanged?(listener: (customerId: number) => void): Promise<() => Promise<void>>;
  /**
   * What autovacuum does on a PostgreSQL server, which the embedded database does not have:
   * `VACUUM` of the tables that churn (dead rows, and the visibility map index-only scans need),
   * and with `analyze`, fresh planner statistics. Embedded only (ADR 017).
   */
  maintain?(options: { analyze: boolean }): Promise<void>;
}

/** Tables whose rows are updated or deleted all day: they need vacuuming most. */
const CHURNING_TABLES = [
  "tickets",
  "ticket_sla",
  "jobs",
  "outbox",
  "messages",
  "telegram_updates",
  "bot_sessions",
];

export type DbOptions =
  | { url: string; poolSize?: number }
  /** `dataDir` undefined means in memory (tests). */
  | { url?: undefined; dataDir?: string };

export const migrationsFolder = fileURLToPath(new URL("../../../drizzle", import.meta.url));

// Any constant works; it only has to be the same in every Helpline process.
const MIGRATION_LOCK_ID = 727_400_111;

/**
 * Opens the database: a PostgreSQL server when `url` is given, embedded PGlite otherwise.
 *
 * @example
 * const handle = await createDb({ dataDir: ".data/pglite" });
 * await handle.migrate();
 */
export async function createDb(options: DbOptions): Promise<DbHandle> {
  if ("url" in options && options.url) return createPostgres(options.url, options.poolSize ?? 10);
  return createPglite("dataDir" in options ? options.dataDir : undefined);
}

/**
 * Drizzle runs its query builders' statements unnamed (`prepare: false`). postgres-js then sends
 * each one with parameters as Parse + Describe, waits for the description, and only then binds
 * and executes: two round trips, and the server parses and plans the text again every time. This
 * hands postgres-js every statement as a named one instead: parsed once per connection, then
 * bound and executed in one round trip, and pipelined within a transaction (ADR 020). Statements
 * live as long as their connection (postgres-js recycles connections after 30–60 minutes), so
 * the many shapes of `in (…)` lists do not accumulate for ever.
 */
export function preparedByDefault(client: postgres.Sql): postgres.Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (query: string, params?: unknown[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params as postgres.ParameterOrJSON<never>[], {
            ...options,
            prepare: true,
          });
      }
      if (property === "begin" || property === "savepoint") {
        // The transaction's own `sql` gets the same treatment; the callback is the last argument.
        return (...args: unknown[]) => {
          const callback = args.at(-1) as (sql: postgres.Sql) => unknown;
          const method = Reflect.get(target, property, receiver) as (
            ...rest: unknown[]
          ) => Promise<unknown>;
          return method.call(target, ...args.slice(0, -1), (sql: postgres.Sql) =>
            callback(preparedByDefault(sql)),
          );
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

function createPostgres(url: string, poolSize: number): DbHandle {
  const client = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    connection: { TimeZone: "UTC" },
  });
  const db = drizzlePostgres({ client: preparedByDefault(client), schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    async migrate() {
      // A dedicated connection: the advisory lock belongs to a session, and it keeps two
      // processes starting at once from applying the same migration twice.
      const single = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
        await migratePostgres(drizzlePostgres({ client: single }), { migrationsFolder });
        await single`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
      } finally {
        await single.end();
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function createPglite(dataDir: string | undefined): Promise<DbHandle> {
  const release = dataDir ? lockDataDir(`${dataDir}.lock`) : () => {};
  try {
    // Loaded only when used: a server on PostgreSQL never pays PGlite's memory.
    const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }, { migrate: migratePglite }] =
      await Promise.all([
        import("@electric-sql/pglite"),
        import("@electric-sql/pglite/contrib/pg_trgm"),
        import("drizzle-orm/pglite"),
        import("drizzle-orm/pglite/migrator"),
      ]);
    // pg_trgm backs the knowledge base's typo tolerance; the migration creates the extension.
    const client = new PGlite({ dataDir, extensions: { pg_trgm } });
    await client.waitReady;
    // The session asks the tickets trigger to announce changes (migration 0013).
    await client.exec("SET TIME ZONE 'UTC'; SET helpline.notify_tickets = 'on'");
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      migrate: () => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
      async maintain({ analyze }) {
        const tables = CHURNING_TABLES.map((table) => `"${table}"`).join(", ");
        await client.exec(analyze ? `VACUUM (ANALYZE) ${tables}` : `VACUUM ${tables}`);
      },
      onTicketsChanged: (listener) =>
        client.listen("helpline_tickets", (payload) => listener(Number(payload))),
      async close() {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Cheap round trip used by the health check. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}
