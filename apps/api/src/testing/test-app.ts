import { type DbHandle, schema, seedReference } from "@helpline/db";
import { createTestDb } from "@helpline/db/testing";
import { eq, sql } from "drizzle-orm";
import { type AppDeps, createApp } from "../app";
import { type InitDataUser, signInitData } from "../lib/init-data";
import { silentLogger } from "../lib/logger";

export const TEST_BOT_TOKEN = "123456789:TEST-token-for-helpline-tests-only_abc";

export const customer = (id: number, extra: Partial<InitDataUser> = {}): InitDataUser => ({
  id,
  first_name: `Customer ${id}`,
  language_code: "en",
  ...extra,
});

export interface TestApp {
  app: ReturnType<typeof createApp>["app"];
  /** The app's own services: e.g. its SLA job handlers, wired to the same live streams. */
  services: ReturnType<typeof createApp>["services"];
  handle: DbHandle;
  /** `Authorization` header value for this user, signed with the test token. */
  auth(user: InitDataUser, options?: { authDate?: number }): string;
  /** JSON request helper that returns status, headers and the parsed body. */
  call(
    method: string,
    path: string,
    options?: { user?: InitDataUser; body?: unknown; headers?: Record<string, string> },
    // biome-ignore lint/suspicious/noExplicitAny: tests read response JSON as untyped data on purpose
  ): Promise<{ status: number; headers: Headers; body: any }>;
  close(): Promise<void>;
}

/**
 * The real app on a real database of its own: PGlite in memory, or a fresh PostgreSQL database
 * when DATABASE_URL is set (CI runs the same files both ways).
 */
export async function createTestApp(overrides: Partial<AppDeps> = {}): Promise<TestApp> {
  const handle = await createTestDb(process.env.DATABASE_URL);
  await seedReference(handle.db);
  const { app, services } = createApp({
    db: handle.db,
    logger: silentLogger,
    botToken: TEST_BOT_TOKEN,
    initDataMaxAge: 3600,
    demo: false,
    // Every API test also runs with the embedded database's list cache (ADR 017), so a test
    // that reads a list after a change would catch a stale one.
    onTicketsChanged: handle.onTicketsChanged,
    ...overrides,
  });
  const auth = (user: InitDataUser, options: { authDate?: number } = {}) =>
    `tma ${signInitData(user, TEST_BOT_TOKEN, options)}`;
  return {
    app,
    services,
    handle,
    auth,
    async call(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.user) headers.authorization = auth(options.user);
      let body: string | undefined;
      if (options.body !== undefined) {
        headers["content-type"] ??= "application/json";
        body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
      }
      const response = await app.request(path, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON (HTML, empty): keep the text.
      }
      return { status: response.status, headers: response.headers, body: parsed };
    },
    close: () => handle.close(),
  };
}

/**
 * Renames a ticket without the change feed hearing of it (the transaction turns migration 0013's
 * trigger off): what only a kept or shared read would still miss.
 */
export async function renameTicketQuietly(t: TestApp, ticketId: string, subject: string) {
  await t.handle.db.transaction(async (tx) => {
    await tx.execute(sql`set local helpline.notify_tickets = 'off'`);
    await tx.update(schema.tickets).set({ subject }).where(eq(schema.tickets.id, ticketId));
  });
}
