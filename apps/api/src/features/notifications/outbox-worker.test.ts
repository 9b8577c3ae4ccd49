import { type Db, type DbHandle, schema } from "@helpline/db";
import { createTestDb, createTestDbPair } from "@helpline/db/testing";
import { type FakeBotApi, type RecordedCall, startFakeBotApi } from "@helpline/fake-bot-api";
import { asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../lib/logger";
import { notify } from "./notify";
import { createOutboxRepo } from "./outbox.repo";
import { type Clock, createOutboxWorker, type OutboxWorkerOptions } from "./outbox-worker";

const T0 = Date.parse("2026-11-23T10:00:00Z");
/** Due for the fake clock (T0) and for the real one alike. */
const DUE = Math.min(T0, Date.now());

/** A clock the test moves by hand; the worker's pacing waits move it too, instantly. */
function fakeClock(start = T0) {
  let value = start;
  const clock: Clock & { advance(ms: number): void } = {
    now: () => value,
    sleep: async (ms) => {
      value += Math.max(0, ms);
    },
    advance: (ms) => {
      value += ms;
    },
  };
  return clock;
}

const delivered = (fake: FakeBotApi) =>
  fake.callsOf("sendMessage").filter((call) => call.status === 200);

/** Texts Telegram accepted, per chat, in the order it received them. */
function byChat(calls: RecordedCall[]) {
  const chats = new Map<number, string[]>();
  for (const call of calls) {
    const chat = Number(call.payload.chat_id);
    chats.set(chat, [...(chats.get(chat) ?? []), String(call.payload.text)]);
  }
  return chats;
}

async function queueReplies(db: Db, chats: number[], perChat: number, prefix = "r") {
  // Interleaved like real traffic: every chat's first message, then every chat's second…
  for (let i = 1; i <= perChat; i++) {
    for (const chat of chats) {
      await notify(db, {
        chatId: chat,
        userId: chat,
        kind: "ticket.reply",
        params: { number: i, preview: `${prefix}${chat}-${i}` },
        idempotencyKey: `${prefix}:${chat}:${i}`,
        notBefore: DUE,
      });
    }
  }
}

const expectedTexts = (chat: number, perChat: number, prefix = "r") =>
  Array.from(
    { length: perChat },
    (_, i) => `New reply on ticket #${i + 1}:\n\n${prefix}${chat}-${i + 1}`,
  );

async function statuses(db: Db) {
  const rows = await db.select({ status: schema.outbox.status }).from(schema.outbox);
  return rows.reduce<Record<string, number>>((acc, row) => {
    acc[row.status] = (acc[row.status] ?? 0) + 1;
    return acc;
  }, {});
}

async function addUser(db: Db, id: number, extra: Partial<typeof schema.users.$inferInsert> = {}) {
  await db
    .insert(schema.users)
    .values({ id, firstName: `User ${id}`, languageCode: "en", ...extra })
    .onConflictDoNothing();
}

describe("outbox worker", () => {
  let handle: DbHandle;
  let fake: FakeBotApi;
  const workerFor = (extra: Partial<OutboxWorkerOptions> = {}) =>
    createOutboxWorker({
      db: handle.db,
      token: fake.token,
      apiRoot: fake.apiRoot,
      webAppUrl: "https://desk.example.com",
      logger: silentLogger,
      ...extra,
    });

  beforeAll(async () => {
    handle = await createTestDb(process.env.DATABASE_URL);
    fake = await startFakeBotApi();
  });
  afterAll(async () => {
    await fake.close();
    await handle.close();
  });
  beforeEach(async () => {
    fake.reset();
    await handle.db.delete(schema.outbox);
    await handle.db.delete(schema.unreachableChats);
  });

  it("sends a row in the recipient's language and records the Telegram message", async () => {
    await addUser(handle.db, 501, { language: "ru", languageCode: "en" });
    await notify(handle.db, {
      chatId: 501,
      userId: 501,
      kind: "ticket.status",
      params: { number: 10042, status: "resolved" },
      idempotencyKey: "status:1",
      notBefore: DUE,
    });
    const worker = workerFor({ clock: fakeClock() });
    expect(await worker.drain()).toMatchObject({ sent: 1 });
    const [call] = delivered(fake);
    expect(call?.payload.text).toBe("Статус обращения #10042: решено.");
    const [row] = await handle.db.select().from(schema.outbox);
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(row?.telegramMessageId).toBeGreaterThan(0);
    expect(row?.sentAt).not.toBeNull();
  });

  it("Bot API down for a while: everything arrives after recovery, in order per chat, none twice", async () => {
    const clock = fakeClock();
    const worker = workerFor({ clock });
    const chats = [601, 602, 603];
    await queueReplies(handle.db, chats, 3);
    fake.setDown(true);
    for (let i = 0; i < 5; i++) {
      await worker.drain();
      clock.advance(10_000);
    }
    expect(delivered(fake)).toHaveLength(0);
    fake.setDown(true, "error");
    await worker.drain();
    clock.advance(60_000);
    await worker.drain();
    expect(delivered(fake)).toHaveLength(0);
    expect(fake.counters.whileDown).toBeGreaterThan(0);

    fake.setDown(false);
    for (let i = 0; i < 20 && (await statuses(handle.db)).pending; i++) {
      clock.advance(60_000);
      await worker.drain();
    }
    expect(await statuses(handle.db)).toEqual({ sent: 9 });
    const sent = byChat(delivered(fake));
    for (const chat of chats) expect(sent.get(chat)).toEqual(expectedTexts(chat, 3));
  });

  it("429 storm: the pacing holds, nothing is lost or doubled (real time, limits enforced)", async () => {
    await fake.close();
    fake = await startFakeBotApi({ limits: true });
    try {
      const chats = [701, 702, 703, 704];
      await queueReplies(handle.db, chats, 3);
      fake.failNext("sendMessage", { status: 429, retryAfter: 1 }, 6);
      const worker = workerFor({ pollMs: 50 });
      worker.start();
      const deadline = Date.now() + 20_000;
      while ((await statuses(handle.db)).pending && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await worker.stop();
      expect(await statuses(handle.db)).toEqual({ sent: 12 });
      const sent = byChat(delivered(fake));
      for (const chat of chats) expect(sent.get(chat)).toEqual(expectedTexts(chat, 3));
      expect(fake.counters.injectedFailures).toBe(6);
      // Every 429 came from the storm we injected, none from our own pace.
      expect(fake.counters.rateLimited).toBe(0);
      expect(fake.counters.delivered).toBe(12);
    } finally {
      await fake.close();
      fake = await startFakeBotApi();
    }
  });

  it("403: the chat is marked unreachable and nothing more is tried there", async () => {
    const clock = fakeClock();
    const worker = workerFor({ clock });
    await queueReplies(handle.db, [801], 3);
    await queueReplies(handle.db, [802], 1);
    fake.failNext("sendMessage", { status: 403 });
    await worker.drain();
    const rows = await handle.db.select().from(schema.outbox).orderBy(asc(schema.outbox.seq));
    expect(rows.filter((r) => r.chatId === 801).map((r) => r.status)).toEqual([
      "unreachable",
      "unreachable",
      "unreachable",
    ]);
    expect(rows.find((r) => r.chatId === 802)?.status).toBe("sent");
    expect(
      fake.callsOf("sendMessage").filter((c) => Number(c.payload.chat_id) === 801),
    ).toHaveLength(1);
    const [mark] = await handle.db.select().from(schema.unreachableChats);
    expect(mark).toMatchObject({ chatId: 801, reason: "Forbidden: bot was blocked by the user" });

    await queueReplies(handle.db, [801], 1, "later");
    clock.advance(60_000);
    await worker.drain();
    expect(
      fake.callsOf("sendMessage").filter((c) => Number(c.payload.chat_id) === 801),
    ).toHaveLength(1);
  });

  it("a refused message (400) is dead at once; 5xx is retried with backoff, then dead after N", async () => {
    const clock = fakeClock();
    const worker = workerFor({ clock, maxAttempts: 3 });
    await queueReplies(handle.db, [901], 1);
    fake.failNext("sendMessage", { status: 400 });
    await worker.drain();
    expect(await statuses(handle.db)).toEqual({ dead: 1 });

    await queueReplies(handle.db, [902], 1);
    fake.failNext("sendMessage", { status: 500 }, 10);
    for (let i = 0; i < 6; i++) {
      await worker.drain();
      clock.advance(120_000);
    }
    const [row] = await handle.db.select().from(schema.outbox).where(eq(schema.outbox.chatId, 902));
    expect(row).toMatchObject({ status: "dead", attempts: 3 });
    expect(row?.lastError).toContain("Internal Server Error");
  });

  it("claimed then crashed: the row comes back after its lease, sent once", async () => {
    const clock = fakeClock();
    await queueReplies(handle.db, [1001], 2);
    // A worker claims the first row and dies before sending it.
    const crashed = await createOutboxRepo(handle.db).claim({
      now: clock.now(),
      limit: 10,
      leaseUntil: clock.now() + 180_000,
      skipChats: [],
    });
    expect(crashed).toHaveLength(1);
    const restarted = workerFor({ clock });
    await restarted.drain();
    // The chat's second message must not overtake the leased first one.
    expect(delivered(fake)).toHaveLength(0);
    clock.advance(180_000);
    await restarted.drain();
    clock.advance(2_000);
    await restarted.drain();
    expect(byChat(delivered(fake)).get(1001)).toEqual(expectedTexts(1001, 2));
  });

  it("stopped mid-delivery (SIGTERM), then restarted: nothing lost or doubled", async () => {
    const chats = Array.from({ length: 10 }, (_, i) => 1101 + i);
    await queueReplies(handle.db, chats, 3);
    const first = workerFor({ pollMs: 20 });
    first.start();
    await fake.waitFor("sendMessage", () => delivered(fake).length >= 8, 10_000);
    await first.stop();
    const midway = delivered(fake).length;
    expect(midway).toBeLessThan(30);
    const second = workerFor({ pollMs: 20 });
    second.start();
    const deadline = Date.now() + 20_000;
    while ((await statuses(handle.db)).pending && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await second.stop();
    expect(await statuses(handle.db)).toEqual({ sent: 30 });
    const sent = byChat(delivered(fake));
    for (const chat of chats) expect(sent.get(chat)).toEqual(expectedTexts(chat, 3));
  });

  it("holds non-critical messages through quiet hours in the recipient's zone, then sends them", async () => {
    // 10:00 UTC is 19:00 in Tokyo, 05:00 in New York, 11:00 in Berlin.
    const clock = fakeClock(T0);
    await addUser(handle.db, 1201, {
      timeZone: "America/New_York",
      quietHoursStart: "22:00",
      quietHoursEnd: "07:30",
    });
    await addUser(handle.db, 1202, {
      timeZone: "Asia/Tokyo",
      quietHoursStart: "18:00",
      quietHoursEnd: "09:00",
    });
    await addUser(handle.db, 1203, {
      timeZone: "Europe/Berlin",
      quietHoursStart: "22:00",
      quietHoursEnd: "08:00",
    });
    await queueReplies(handle.db, [1201, 1202, 1203], 1);
    await notify(handle.db, {
      chatId: 1202,
      userId: 1202,
      kind: "staff.critical",
      params: { number: 7, queueId: "security", subject: "Account hacked" },
      critical: true,
      idempotencyKey: "critical:1202",
      notBefore: DUE,
    });
    const worker = workerFor({ clock });
    expect(await worker.drain()).toMatchObject({ held: 2, sent: 2 });
    expect([...byChat(delivered(fake)).keys()].sort()).toEqual([1202, 1203]);
    expect(String(byChat(delivered(fake)).get(1202)?.[0])).toContain("Critical ticket #7");

    const held = await handle.db
      .select({ chatId: schema.outbox.chatId, notBefore: schema.outbox.notBefore })
      .from(schema.outbox)
      .where(eq(schema.outbox.status, "pending"));
    const until = new Map(held.map((r) => [r.chatId, new Date(r.notBefore).toISOString()]));
    expect(until.get(1201)).toBe("2026-11-23T12:30:00.000Z"); // 07:30 in New York (EST)
    expect(until.get(1202)).toBe("2026-11-24T00:00:00.000Z"); // 09:00 in Tokyo

    clock.advance(2.5 * 3_600_000);
    await worker.drain();
    expect(byChat(delivered(fake)).get(1201)).toEqual(expectedTexts(1201, 1));
    expect(byChat(delivered(fake)).get(1202)).toHaveLength(1);
    clock.advance(12 * 3_600_000);
    await worker.drain();
    expect(byChat(delivered(fake)).get(1202)).toHaveLength(2);
    expect(await statuses(handle.db)).toEqual({ sent: 4 });
  });

  it("notifications off: no bot message, the row says skipped", async () => {
    await addUser(handle.db, 1301, { notificationsEnabled: false });
    await queueReplies(handle.db, [1301], 1);
    await workerFor({ clock: fakeClock() }).drain();
    expect(fake.callsOf("sendMessage")).toHaveLength(0);
    expect(await statuses(handle.db)).toEqual({ skipped: 1 });
  });
});

describe("outbox worker, two processes on one database", () => {
  let pair: Awaited<ReturnType<typeof createTestDbPair>>;
  let fake: FakeBotApi;
  beforeAll(async () => {
    pair = await createTestDbPair(process.env.DATABASE_URL);
    fake = await startFakeBotApi();
  });
  afterAll(async () => {
    await fake.close();
    await pair.close();
  });
  afterEach(() => fake.reset());

  it("sends each message exactly once, in order per chat", async () => {
    const [a, b] = pair.handles;
    const chats = Array.from({ length: 20 }, (_, i) => 2001 + i);
    await queueReplies(a.db, chats, 3);
    const workers = [a, b].map((handle) =>
      createOutboxWorker({
        db: handle.db,
        token: fake.token,
        apiRoot: fake.apiRoot,
        logger: silentLogger,
        pollMs: 20,
        // Two processes share Telegram's budget.
        pacing: { perSecond: 12 },
      }),
    );
    for (const worker of workers) worker.start();
    const deadline = Date.now() + 25_000;
    while ((await statuses(a.db)).pending && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await Promise.all(workers.map((worker) => worker.stop()));
    expect(await statuses(a.db)).toEqual({ sent: 60 });
    expect(delivered(fake)).toHaveLength(60);
    const sent = byChat(delivered(fake));
    for (const chat of chats) expect(sent.get(chat)).toEqual(expectedTexts(chat, 3));
  });
});
