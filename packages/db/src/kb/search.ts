import type { KbSnippetPart, KbStatus } from "@helpline/contracts/kb";
import { LOCALES, type Locale } from "@helpline/contracts/locales";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { expandSynonyms } from "./synonyms";
import {
  isHanStopBigram,
  isHanToken,
  KB_TS_CONFIG,
  kbTokens,
  markdownToText,
  normalizeKbText,
} from "./text";

export interface KbSearchOptions {
  query: string;
  /** The reader's language: its matches come first. */
  locale: Locale;
  /** Which article statuses the reader may see. */
  statuses: readonly KbStatus[];
  category?: string;
  limit: number;
  /** Treat the last word as unfinished (as-you-type): it matches any word it begins. */
  prefix?: boolean;
  /** At most this many matches per language are ranked, so very broad words stay fast. */
  candidateCap?: number;
}

export interface KbSearchHit {
  articleId: string;
  slug: string;
  category: string;
  popular: boolean;
  status: KbStatus;
  locale: Locale;
  title: string;
  summary: string;
  body: string;
  updatedAt: string;
  score: number;
}

export interface KbSearchOutcome {
  hits: KbSearchHit[];
  /** Every word searched for (typo fixes and synonyms included), for highlighting. */
  terms: string[];
}

const MAX_TOKENS = 12;
export const KB_CANDIDATE_CAP = 200;
/** Weights for D, C, B, A: body 0.2, summary and tags 0.5, title 1. */
const RANK_WEIGHTS = "{0.05,0.2,0.5,1.0}";

const quote = (token: string, prefix: boolean) => `'${token}'${prefix ? ":*" : ""}`;

/**
 * Full-text search over the knowledge base, in the database. The query is split into words the
 * same way documents are (see ./text.ts); each word may also match its typo fix (nearest word of
 * the articles' lexicon by trigram similarity) and its synonyms; any word may match (OR), and
 * ranking rewards articles that match more of them, in the title above the body.
 */
export async function searchKb(db: Db, options: KbSearchOptions): Promise<KbSearchOutcome> {
  const all = [...new Set(kbTokens(options.query))];
  // Synonyms may start from a function-word bigram ("没到"), the search itself does not.
  const synonymsOf = new Map(all.map((token) => [token, expandSynonyms(token)]));
  // Single letters ("doesn't" -> doesn, t) and function-word bigrams say nothing about the topic;
  // a single letter still counts while it is being typed.
  const meaningful = all.filter(
    (token, index) =>
      !isHanStopBigram(token) &&
      (Array.from(token).length > 1 ||
        isHanToken(token) ||
        (options.prefix === true && index === all.length - 1)),
  );
  const tokens = (meaningful.length > 0 ? meaningful : all).slice(0, MAX_TOKENS);
  const dropped = all.filter((token) => !tokens.includes(token));
  if (tokens.length === 0) return { hits: [], terms: [] };
  const last = tokens.length - 1;
  const prefixLast = options.prefix === true && tokens[last] !== undefined;
  const fixes = await typoFixes(db, tokens, prefixLast ? tokens[last] : undefined);

  const terms = new Set<string>();
  const groups = tokens.map((token, index) => {
    const alternatives = [quote(token, prefixLast && index === last)];
    terms.add(token);
    const fix = fixes.get(token);
    if (fix) {
      alternatives.push(quote(fix, false));
      terms.add(fix);
    }
    const extra = new Set([
      ...(fix ? expandSynonyms(fix) : (synonymsOf.get(token) ?? [])),
      // Synonyms of the left-out function bigrams ride along with the first word.
      ...(index === 0 ? dropped.flatMap((word) => synonymsOf.get(word) ?? []) : []),
    ]);
    for (const synonym of extra) {
      const words = kbTokens(synonym);
      if (words.length === 0) continue;
      for (const word of words) terms.add(word);
      alternatives.push(
        words.length === 1
          ? quote(words[0] as string, false)
          : `(${words.map((w) => quote(w, false)).join(" & ")})`,
      );
    }
    return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(" | ")})`;
  });
  const tsquery = groups.join(" | ");
  const cap = options.candidateCap ?? KB_CANDIDATE_CAP;
  const statuses = sql.join(
    options.statuses.map((status) => sql`${status}`),
    sql`, `,
  );
  const category = options.category ? sql`and a.category = ${options.category}` : sql``;

  // Each language is a MATERIALIZED CTE: PostgreSQL plans a CTE for full retrieval, so it reads
  // matches through that language's GIN index, and rows are pulled from it only until the cap
  // is reached. As a plain subquery with LIMIT the planner may instead scan the whole table
  // hoping to meet enough matches early: its statistics are per column, not per language, so a
  // word common in English looks common in Persian too.
  const locales = localesFor([...terms], options.locale);
  const matches: SQL[] = locales.map((locale) => {
    const config = sql.raw(`'${KB_TS_CONFIG[locale]}'::regconfig`);
    return sql`${sql.raw(`m_${locale}`)} as materialized (
      select t.article_id, t.locale, t.search_vector, to_tsquery(${config}, ${tsquery}) as q
      from kb_translations t
      where t.locale = ${sql.raw(`'${locale}'`)} and t.search_vector @@ to_tsquery(${config}, ${tsquery})
    )`;
  });
  const perLocale: SQL[] = locales.map(
    (locale) => sql`(select m.article_id, m.locale,
        ts_rank(${RANK_WEIGHTS}::float4[], m.search_vector, m.q, 1) as rank
      from ${sql.raw(`m_${locale}`)} m
        -- A lateral lookup per match (offset 0 keeps it from being flattened into a join the
        -- planner could hash, which would read every match before the first row comes out).
        cross join lateral (
          select 1 from kb_articles a
          where a.id = m.article_id and a.status in (${statuses}) ${category}
          offset 0
        ) visible
      limit ${cap})`,
  );

  type Row = {
    article_id: string;
    slug: string;
    category: string;
    popular: boolean;
    status: KbStatus;
    locale: Locale;
    title: string;
    summary: string;
    body: string;
    updated_at: string | Date;
    score: number | string;
  };
  const query = sql`
    with ${sql.join(matches, sql`, `)},
    candidates as (${sql.join(perLocale, sql` union all `)}),
    best as (
      select distinct on (article_id) article_id, locale, rank
      from candidates
      order by article_id, (locale = ${options.locale}) desc, rank desc
    ),
    top as (
      select b.article_id, b.locale, a.slug, a.category, a.popular, a.status,
        (b.rank * case when a.popular then 1.1 else 1 end)::float8 as score
      from best b join kb_articles a on a.id = b.article_id
      order by (b.locale = ${options.locale}) desc, score desc, a.slug
      limit ${options.limit}
    )
    select top.*, t.title, t.summary, t.body, t.updated_at
    from top join kb_translations t on t.article_id = top.article_id and t.locale = top.locale
    order by (top.locale = ${options.locale}) desc, top.score desc, top.slug`;
  const rows = await db.execute(query);

  return {
    terms: [...terms],
    hits: rowsOf<Row>(rows).map((row) => ({
      articleId: row.article_id,
      slug: row.slug,
      category: row.category,
      popular: row.popular,
      status: row.status,
      locale: row.locale,
      title: row.title,
      summary: row.summary,
      body: row.body,
      updatedAt: new Date(row.updated_at).toISOString(),
      score: Number(row.score),
    })),
  };
}

const SCRIPT_OF: Partial<Record<Locale, RegExp>> = {
  ru: /\p{Script=Cyrillic}/u,
  fa: /\p{Script=Arabic}/u,
  zh: /\p{Script=Han}/u,
};

/**
 * The languages worth searching: Cyrillic words only in Russian articles, Arabic script only in
 * Persian ones, Han only in Chinese ones; Latin words and digits in English ones and in the
 * reader's own language (brand names such as "Apple Pay" inside a Persian article). Fewer
 * branches, faster plans.
 */
function localesFor(terms: string[], reader: Locale): Locale[] {
  return LOCALES.filter((locale) =>
    terms.some((term) => {
      const own = SCRIPT_OF[locale];
      if (own?.test(term)) return true;
      const latin = !Object.values(SCRIPT_OF).some((script) => script.test(term));
      return latin && (locale === "en" || locale === reader);
    }),
  );
}

/** PGlite returns `{ rows }`, postgres-js an array; both hold plain row objects. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * For each word the articles never use, the most similar word they do use (trigram similarity
 * at least 0.4). The unfinished last word is left alone when some word begins with it.
 */
async function typoFixes(
  db: Db,
  tokens: string[],
  unfinished: string | undefined,
): Promise<Map<string, string>> {
  const candidates = tokens.filter(
    (token) => token.length >= 4 && !isHanToken(token) && /\p{L}/u.test(token),
  );
  if (candidates.length === 0) return new Map();
  const values = sql.join(
    candidates.map((token) => sql`(${token}::text, ${token === unfinished}::boolean)`),
    sql`, `,
  );
  const rows = await db.execute(sql`
    select w.word, (
      select k.term from kb_terms k
      where k.term % w.word and similarity(k.term, w.word) >= 0.4
      order by similarity(k.term, w.word) desc, k.term
      limit 1
    ) as fix
    from (values ${values}) as w(word, unfinished)
    where not exists (select 1 from kb_terms k where k.term = w.word)
      and not (w.unfinished and exists (select 1 from kb_terms k where k.term like w.word || '%'))`);
  const fixes = new Map<string, string>();
  for (const row of rowsOf<{ word: string; fix: string | null }>(rows)) {
    if (row.fix) fixes.set(row.word, row.fix);
  }
  return fixes;
}

const WORD_OR_OTHER = /([\p{L}\p{N}\u200C]+)|([^\p{L}\p{N}\u200C]+)/gu;

/** How much of a searched word must begin a text word for it to count as found (stems). */
function stemOf(term: string): string {
  const chars = Array.from(term);
  if (chars.length <= 4) return term;
  return chars.slice(0, Math.max(4, chars.length - 2)).join("");
}

/**
 * A short plain-text extract around the first match, cut into highlighted and plain parts.
 * Only text: the caller renders each part as a text node.
 */
export function buildSnippet(
  summary: string,
  markdown: string,
  terms: readonly string[],
  maxChars = 180,
): KbSnippetPart[] {
  const text = `${summary} ${markdownToText(markdown)}`.trim();
  const han = terms.filter(isHanToken);
  const stems = terms.filter((term) => !isHanToken(term)).map(stemOf);
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD_OR_OTHER)) {
    const word = match[1];
    if (!word) continue;
    const start = match.index ?? 0;
    const normal = normalizeKbText(word);
    if (stems.some((stem) => normal.startsWith(stem))) {
      ranges.push([start, start + word.length]);
      continue;
    }
    for (const pair of han) {
      let from = word.indexOf(pair);
      while (from >= 0) {
        ranges.push([start + from, start + from + pair.length]);
        from = word.indexOf(pair, from + 1);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  // A window that starts a little before the first hit, on a word boundary.
  let from = 0;
  const first = merged[0];
  if (first && first[0] > maxChars / 3) {
    from = first[0] - Math.floor(maxChars / 4);
    const space = text.indexOf(" ", from);
    if (space >= 0 && space < first[0]) from = space + 1;
  }
  let to = Math.min(text.length, from + maxChars);
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space > from + maxChars / 2) to = space;
  }
  const parts: KbSnippetPart[] = [];
  if (from > 0) parts.push({ text: "… ", hit: false });
  let cursor = from;
  for (const [start, end] of merged) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > cursor) parts.push({ text: text.slice(cursor, s), hit: false });
    parts.push({ text: text.slice(s, e), hit: true });
    cursor = e;
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), hit: false });
  if (to < text.length) parts.push({ text: " …", hit: false });
  return parts;
}
