// Generated knowledge-base articles for the benchmarks: made inside the database from the demo
// articles' vocabulary, so PGlite never ships the rows through its WebAssembly boundary.
import type { Locale } from "../packages/contracts/src/locales";
import { type Db, DEMO_KB_ARTICLES, kbTokens, sql } from "../packages/db/src/index";

const LOCALES: Locale[] = ["en", "ru", "fa", "zh"];

/** A word in half the generated titles: "broad" queries for it match half the articles. */
export const BROAD_WORDS: Record<Locale, string> = {
  en: "order",
  ru: "заказ",
  fa: "سفارش",
  zh: "订单",
};

/** `count` published articles, one language each, spread over the seven categories; seconds taken. */
export async function generateKbArticles(db: Db, count: number) {
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
          (case when (substr(a.slug, 5)::int / 4) % 2 = 0 then ${BROAD_WORDS[locale]} || ' ' else '' end) ||
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
