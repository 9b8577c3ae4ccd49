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
  kbTokens,
  searchKb,
  seedKbDemo,
  seedReference,
  sql,
} from "../packages/db/src/index";
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

/** 100,000 articles made inside the database from the demo vocabulary, one language each. */
async function generate(db: Db, count: number) {
  const vocabulary = Object.fromEntries(
    LOCALES.map((locale) => {
      const words = new Set<string>();
      for (const article of DEMO_KB_ARTICLES) {
        const text = article.text[locale];
        for (const token of kbTokens(`${text.title} ${text.summary} ${text.body}`)) {
          if (token.length >= 2 && !/^\d+$/.test(token)) words.add(token);
        }
      }
      return [locale, [...words].join(" ")];
    }),
  ) as Record<Locale, string>;
  // A very common word in half the titles, so "broad" queries match about 12,500 articles each.
  const common: Record<Locale, string> = { en: "order", ru: "заказ", fa: "سفارش", zh: "订单" };
  const started = performance.now();
  // Bulk load through the GIN pending list, then merge it once: row-by-row GIN inserts (the
  // indexes' normal `fastupdate = off`) are several times slower for 100,000 rows.
  const indexes = [...LOCALES.map((locale) => `kb_translations_search_${locale}_idx`)];
  for (const index of indexes)
    await db.execute(sql.raw(`alter index ${index} set (fastupdate = on)`));
  await db.execute(sql`
    insert into kb_articles (id, slug, category, status, popular)
    select gen_random_uuid(), 'gen-' || g,
      (array['orders','delivery','returns','payment','account','security','app'])[1 + g % 7],
      'published', false
    from generate_series(1, ${count}) g`);
  for (const [index, locale] of LOCALES.entries()) {
    const config = sql.raw(
      `'${locale === "en" ? "english" : locale === "ru" ? "russian" : "simple"}'::regconfig`,
    );
    // Chinese vocabulary entries are bigrams already; the others are words.
    await db.execute(sql`
      with v as (select string_to_array(${vocabulary[locale]}, ' ') as w),
      docs as (
        select a.id,
          (case when (substr(a.slug, 5)::int / 4) % 2 = 0 then ${common[locale]} || ' ' else '' end) ||
            (select string_agg(v.w[1 + s * 0 + floor(random() * array_length(v.w, 1))::int], ' ')
             from generate_series(1, 4 + (substr(a.slug, 5)::int % 3)) s where s > 0 and a.id is not null) as title,
          (select string_agg(v.w[1 + s * 0 + floor(random() * array_length(v.w, 1))::int], ' ')
             from generate_series(1, 10) s where a.id is not null) as summary,
          (select string_agg(v.w[1 + s * 0 + floor(random() * array_length(v.w, 1))::int], ' ')
             from generate_series(1, 40) s where a.id is not null) as body
        from kb_articles a, v
        where a.slug like 'gen-%' and substr(a.slug, 5)::int % 4 = ${index}
      )
      insert into kb_translations (article_id, locale, title, summary, body, search_vector)
      select id, ${locale}, title, summary, body,
        setweight(to_tsvector(${config}, title), 'A') || setweight(to_tsvector(${config}, summary), 'B') ||
        setweight(to_tsvector(${config}, body), 'C')
      from docs`);
  }
  for (const index of indexes) {
    await db.execute(sql.raw(`select gin_clean_pending_list('${index}'::regclass)`));
    await db.execute(sql.raw(`alter index ${index} set (fastupdate = off)`));
  }
  await db.execute(sql`vacuum analyze kb_translations`);
  await db.execute(sql`analyze kb_articles`);
  return (performance.now() - started) / 1000;
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
      const seconds = await generate(handle.db, ARTICLES);
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
