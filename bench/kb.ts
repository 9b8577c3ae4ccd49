// `pnpm bench:kb`: knowledge base search quality on the demo articles (recall@3 and MRR per
// language, over the labelled queries in bench/kb-queries.json), then search latency with
// 100,000 generated articles on PGlite, and on PostgreSQL when DATABASE_URL is set.
// See bench/README.md ("Knowledge base search").
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "../packages/contracts/src/locales";
import {
  createDb,
  type Db,
  type DbHandle,
  DEMO_KB_ARTICLES,
  searchKb,
  seedKbDemo,
  seedReference,
} from "../packages/db/src/index";
import { generateKbArticles } from "./kb-generate";
import { ROOT } from "./server";

const LOCALES: Locale[] = ["en", "ru", "fa", "zh"];
const ARTICLES = Number(process.env.BENCH_KB_ARTICLES ?? 100_000);
const REPEATS = Number(process.env.BENCH_KB_REPEATS ?? 3);

interface LabelledQuery {
  locale: Locale;
  q: string;
  expected: string[];
}

const { queries } = JSON.parse(readFileSync(join(ROOT, "bench", "kb-queries.json"), "utf8")) as {
  queries: LabelledQuery[];
};

const search = (db: Db, q: string, locale: Locale, limit = 10) =>
  searchKb(db, { query: q, locale, statuses: ["published"], limit });

async function relevance(db: Db) {
  const rows: string[][] = [];
  const misses: string[] = [];
  for (const locale of LOCALES) {
    const mine = queries.filter((query) => query.locale === locale);
    const answerable = mine.filter((query) => query.expected.length > 0);
    const unanswerable = mine.filter((query) => query.expected.length === 0);
    let hits3 = 0;
    let reciprocal = 0;
    for (const query of answerable) {
      const { hits } = await search(db, query.q, locale);
      const rank = hits.findIndex((hit) => query.expected.includes(hit.slug));
      if (rank >= 0 && rank < 3) hits3++;
      else
        misses.push(
          `${locale} "${query.q}" -> ${
            hits
              .slice(0, 3)
              .map((h) => h.slug)
              .join(", ") || "(nothing)"
          }`,
        );
      if (rank >= 0) reciprocal += 1 / (rank + 1);
    }
    let empty = 0;
    for (const query of unanswerable) {
      if ((await search(db, query.q, locale)).hits.length === 0) empty++;
    }
    rows.push([
      locale,
      String(mine.length),
      String(answerable.length),
      (hits3 / answerable.length).toFixed(3),
      (reciprocal / answerable.length).toFixed(3),
      `${empty}/${unanswerable.length}`,
    ]);
  }
  return { rows, misses };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function latency(db: Db) {
  const typical = queries.filter((query) => query.expected.length > 0);
  const broad: { q: string; locale: Locale }[] = [
    { q: "order", locale: "en" },
    { q: "my order delivery payment", locale: "en" },
    { q: "заказ", locale: "ru" },
    { q: "заказ доставка оплата", locale: "ru" },
    { q: "سفارش", locale: "fa" },
    { q: "سفارش ارسال پرداخت", locale: "fa" },
    { q: "订单", locale: "zh" },
    { q: "订单配送支付", locale: "zh" },
    { q: "o", locale: "en" },
  ];
  const time = async (list: { q: string; locale: Locale }[], repeats: number, prefix = false) => {
    for (const query of list.slice(0, 10))
      await searchKb(db, {
        query: query.q,
        locale: query.locale,
        statuses: ["published"],
        limit: 10,
        prefix,
      });
    const samples: number[] = [];
    for (let round = 0; round < repeats; round++) {
      for (const query of list) {
        const started = performance.now();
        await searchKb(db, {
          query: query.q,
          locale: query.locale,
          statuses: ["published"],
          limit: 10,
          prefix,
        });
        samples.push(performance.now() - started);
      }
    }
    samples.sort((a, b) => a - b);
    return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95) };
  };
  return {
    typical: await time(typical, REPEATS),
    suggest: await time(typical, 1, true),
    broad: await time(broad, REPEATS * 10, true),
  };
}

async function withPostgres<T>(url: string, run: (handle: DbHandle) => Promise<T>): Promise<T> {
  const name = `helpline_kbbench_${randomBytes(5).toString("hex")}`;
  const admin = await createDb({ url, poolSize: 1 });
  await admin.db.execute(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await createDb({ url: target.toString(), poolSize: 2 });
  try {
    return await run(handle);
  } finally {
    await handle.close();
    await admin.db.execute(`drop database if exists ${name} with (force)`);
    await admin.close();
  }
}

async function prepare(handle: DbHandle) {
  await handle.migrate();
  await seedReference(handle.db);
  await seedKbDemo(handle.db);
}

const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
const ms = (value: number) => value.toFixed(2);
const print = (text: string) => process.stdout.write(`${text}\n`);

async function main() {
  const modes: { mode: string; open: <T>(run: (h: DbHandle) => Promise<T>) => Promise<T> }[] = [
    {
      mode: "pglite",
      open: async (run) => {
        const handle = await createDb({});
        try {
          return await run(handle);
        } finally {
          await handle.close();
        }
      },
    },
  ];
  // BENCH_KB_PGLITE=0 skips the embedded run (with DATABASE_URL: PostgreSQL only).
  if (process.env.BENCH_KB_PGLITE === "0") modes.length = 0;
  const url = process.env.DATABASE_URL;
  if (url) modes.push({ mode: "postgres", open: (run) => withPostgres(url, run) });

  const latencyRows: string[][] = [];
  let printedRelevance = false;
  for (const { mode, open } of modes) {
    await open(async (handle) => {
      await prepare(handle);
      if (!printedRelevance) {
        const { rows, misses } = await relevance(handle.db);
        print(
          `\nRelevance on the ${DEMO_KB_ARTICLES.length} demo articles (${queries.length} labelled queries)\n`,
        );
        print(
          table(
            ["locale", "queries", "answerable", "recall@3", "MRR", "no-answer → 0 results"],
            rows,
          ),
        );
        if (misses.length > 0) print(`\nMissed (not in the top 3):\n  ${misses.join("\n  ")}`);
        printedRelevance = true;
      }
      const seconds = await generateKbArticles(handle.db, ARTICLES);
      print(
        `\n${mode}: generated ${ARTICLES.toLocaleString("en")} articles in ${seconds.toFixed(1)} s`,
      );
      const result = await latency(handle.db);
      for (const [kind, figures] of Object.entries(result)) {
        latencyRows.push([mode, kind, String(figures.n), ms(figures.p50), ms(figures.p95)]);
      }
    });
  }
  print(
    `\nSearch latency with ${ARTICLES.toLocaleString("en")} generated articles (searchKb end to end, one caller)\n`,
  );
  print(table(["database", "queries", "n", "p50 ms", "p95 ms"], latencyRows));
  print(
    "\nTargets (PostgreSQL): typical p95 ≤ 10 ms, broad p95 ≤ 50 ms; recall@3 ≥ 0.90 per language.",
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
