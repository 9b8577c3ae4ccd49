/**
 * `pnpm bench:bot`: outbox delivery against the fake Bot API with Telegram's limits enforced
 * (issue 6).
 *
 * 10,000 notifications to 2,000 chats (2 % of them groups, at most 20 messages a minute each)
 * are queued at once; the real outbox worker delivers them through grammY to the fake server,
 * which answers 429 whenever a limit is broken (1 message/s per chat, 30/s overall, 20/min per
 * group). Reported: throughput, delay from the start to delivery (p50/p99), 429s caused by our
 * own pacing (target 0), and checks that every message arrived once and in order per chat.
 *
 * PGlite by default; with DATABASE_URL, PostgreSQL. Sizes: BENCH_BOT_MESSAGES, BENCH_BOT_CHATS.
 * Writes `bench/results/<date>-bot-<database>.{md,json}`.
 */

import { fork } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import {
  createOutboxWorker,
  TELEGRAM_PACING,
} from "../apps/api/src/features/notifications/outbox-worker";
import { createLogger } from "../apps/api/src/lib/logger";
import { schema } from "../packages/db/src/index";
import { createTestDb } from "../packages/db/src/testing";
import type { FakeCounters } from "../packages/fake-bot-api/src/index";

const MESSAGES = Number(process.env.BENCH_BOT_MESSAGES ?? 10_000);
const CHATS = Number(process.env.BENCH_BOT_CHATS ?? 2_000);
const GROUP_SHARE = 0.02;

let seed = 20261123;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

interface Accepted {
  chat: number;
  text: string;
  at: number;
}

/** Starts the fake Bot API in a process of its own (bench/bot-fake.ts), talking over IPC. */
async function startFakeThread() {
  const worker = fork(fileURLToPath(new URL("./bot-fake.ts", import.meta.url)), [], {
    execArgv: ["--import", "tsx"],
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve) => {
      const listener = (raw: unknown) => {
        const message = raw as { type: string } & T;
        if (message.type !== type) return;
        worker.off("message", listener);
        resolve(message);
      };
      worker.on("message", listener);
    });
  const ready = await next<{ apiRoot: string; token: string }>("ready");
  return {
    ...ready,
    async counters(): Promise<FakeCounters> {
      worker.send({ type: "counters" });
      return (await next<{ counters: FakeCounters }>("counters")).counters;
    },
    async report(): Promise<{ counters: FakeCounters; accepted: Accepted[] }> {
      worker.send({ type: "report" });
      const report = await next<{ counters: FakeCounters; accepted: Accepted[] }>("report");
      worker.kill();
      return report;
    },
  };
}

async function main() {
  const database = process.env.DATABASE_URL ? "postgres" : "pglite";
  const handle = await createTestDb(process.env.DATABASE_URL);
  const fake = await startFakeThread();
  const groups = Math.round(CHATS * GROUP_SHARE);
  const chatIds = Array.from({ length: CHATS }, (_, i) =>
    i < groups ? -1_000_000_000_000 - i : 5_000_000 + i,
  );

  // Queue everything first, in a random interleaving, numbered per chat.
  const perChat = new Map<number, number>();
  const rows: (typeof schema.outbox.$inferInsert)[] = [];
  for (let n = 0; n < MESSAGES; n++) {
    const chatId = chatIds[Math.floor(random() * CHATS)] ?? 0;
    const i = (perChat.get(chatId) ?? 0) + 1;
    perChat.set(chatId, i);
    rows.push({
      id: randomUUID(),
      idempotencyKey: `bench:${chatId}:${i}`,
      chatId,
      userId: chatId > 0 ? chatId : null,
      kind: "ticket.reply",
      params: { number: i, preview: `bench ${chatId}:${i}` },
    });
  }
  const queueStart = Date.now();
  for (let i = 0; i < rows.length; i += 1000) {
    await handle.db.insert(schema.outbox).values(rows.slice(i, i + 1000));
  }
  const queueMs = Date.now() - queueStart;

  const worker = createOutboxWorker({
    db: handle.db,
    token: fake.token,
    apiRoot: fake.apiRoot,
    logger: createLogger(process.env.BENCH_BOT_LOG === "1" ? "warn" : "silent"),
    pollMs: 50,
  });
  const start = Date.now();
  worker.start();
  let lastReport = start;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const { delivered } = await fake.counters();
    if (delivered >= MESSAGES) break;
    if (Date.now() - lastReport > 30_000) {
      lastReport = Date.now();
      console.info(
        `  … ${delivered} / ${MESSAGES} delivered after ${Math.round((lastReport - start) / 1000)} s`,
      );
    }
    if (Date.now() - start > 30 * 60_000) throw new Error("Gave up after 30 minutes");
  }
  const elapsedMs = Date.now() - start;
  await worker.stop();

  // Every message once, in order per chat.
  const { counters, accepted } = await fake.report();
  const seen = new Map<number, number>();
  let duplicates = 0;
  let outOfOrder = 0;
  const delays: number[] = [];
  for (const call of accepted) {
    const { chat } = call;
    const i = Number(/:(\d+)$/.exec(call.text)?.[1]);
    const last = seen.get(chat) ?? 0;
    if (i <= last) duplicates++;
    else if (i !== last + 1) outOfOrder++;
    seen.set(chat, Math.max(last, i));
    delays.push(call.at - start);
  }
  delays.sort((a, b) => a - b);
  const statuses = await handle.db
    .select({ status: schema.outbox.status })
    .from(schema.outbox)
    .then((list) =>
      list.reduce<Record<string, number>>((acc, row) => {
        acc[row.status] = (acc[row.status] ?? 0) + 1;
        return acc;
      }, {}),
    );
  const throughput = accepted.length / (elapsedMs / 1000);
  const result = {
    date: new Date().toISOString().slice(0, 10),
    database,
    messages: MESSAGES,
    chats: CHATS,
    groupChats: groups,
    queueSeconds: queueMs / 1000,
    seconds: elapsedMs / 1000,
    throughputPerSecond: Math.round(throughput * 10) / 10,
    pacingLimitPerSecond: TELEGRAM_PACING.perSecond,
    delayP50Seconds: Math.round(percentile(delays, 50) / 100) / 10,
    delayP99Seconds: Math.round(percentile(delays, 99) / 100) / 10,
    delayMaxSeconds: Math.round((delays.at(-1) ?? 0) / 100) / 10,
    idealP99Seconds: Math.round(((0.99 * MESSAGES) / TELEGRAM_PACING.perSecond) * 10) / 10,
    rateLimitedByOurPacing: counters.rateLimited,
    requests: counters.requests,
    delivered: accepted.length,
    duplicates,
    outOfOrder,
    statuses,
    cpus: availableParallelism(),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    node: process.version,
  };
  const verdict = (ok: boolean) => (ok ? "✓" : "✗");
  const table = [
    `# Bot delivery benchmark ${result.date}, ${database}`,
    "",
    "| measure | value | target |",
    "|---|---|---|",
    `| notifications / chats (groups) | ${MESSAGES.toLocaleString("en")} / ${CHATS.toLocaleString("en")} (${groups}) | |`,
    `| delivered | ${accepted.length.toLocaleString("en")} | all ${verdict(accepted.length === MESSAGES)} |`,
    `| duplicates / out of order | ${duplicates} / ${outOfOrder} | 0 / 0 ${verdict(duplicates === 0 && outOfOrder === 0)} |`,
    `| 429s caused by our pacing | ${counters.rateLimited} | 0 ${verdict(counters.rateLimited === 0)} |`,
    `| throughput | ${result.throughputPerSecond}/s | at the limit (${TELEGRAM_PACING.perSecond}/s of Telegram's 30/s) |`,
    `| delay p50 / p99 / max | ${result.delayP50Seconds} s / ${result.delayP99Seconds} s / ${result.delayMaxSeconds} s | p99 ≥ ${result.idealP99Seconds} s when all are queued at once |`,
    `| total time (queueing ${result.queueSeconds} s first) | ${result.seconds} s | |`,
    `| HTTP requests to the Bot API | ${counters.requests.toLocaleString("en")} | |`,
    "",
    `Outbox after the run: ${JSON.stringify(statuses)}. ${result.cpus} CPUs (load average ${result.loadAverage} at the end), Node ${result.node}.`,
    "",
  ].join("\n");
  console.info(`\n${table}`);
  const dir = new URL("./results/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  const base = `${result.date}-bot-${database}`;
  writeFileSync(new URL(`${base}.md`, dir), table);
  writeFileSync(new URL(`${base}.json`, dir), `${JSON.stringify(result, null, 2)}\n`);
  await handle.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
