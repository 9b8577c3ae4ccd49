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
}

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

function createPostgres(url: string, poolSize: number): DbHandle {
  const client = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    connection: { TimeZone: "UTC" },
  });
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
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
    await client.exec("SET TIME ZONE 'UTC'");
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      migrate: () => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
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
