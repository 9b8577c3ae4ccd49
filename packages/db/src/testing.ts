import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type DbHandle } from "./client";

/**
 * A migrated, empty database of its own for one test file: a fresh PostgreSQL database when a
 * server URL is given (created here, dropped on close), else an in-memory PGlite.
 */
export async function createTestDb(serverUrl: string | undefined): Promise<DbHandle> {
  if (!serverUrl) {
    const handle = await createDb({});
    await handle.migrate();
    return handle;
  }
  const name = `helpline_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString(), poolSize: 4 });
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Two handles on one migrated, empty database, as two server processes would hold: two
 * connection pools on a fresh PostgreSQL database when a server URL is given, else one in-memory
 * PGlite shared by both (it is a single connection, so it cannot do better).
 */
export async function createTestDbPair(
  serverUrl: string | undefined,
): Promise<{ handles: [DbHandle, DbHandle]; close(): Promise<void> }> {
  if (!serverUrl) {
    const one = await createTestDb(undefined);
    return { handles: [one, one], close: () => one.close() };
  }
  const name = `helpline_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const a = await createDb({ url: url.toString(), poolSize: 4 });
  const b = await createDb({ url: url.toString(), poolSize: 4 });
  await a.migrate();
  return {
    handles: [a, b],
    async close() {
      await a.close();
      await b.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
