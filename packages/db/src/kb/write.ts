import type { Locale } from "@helpline/contracts/locales";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { kbTerms } from "../kb-schema";
import { kbTranslations } from "../schema";
import { KB_TS_CONFIG, kbDocument, lexiconTerms, markdownToText } from "./text";

export interface KbText {
  title: string;
  summary: string;
  /** Markdown, stored raw. */
  body: string;
}

/** The weighted search document of one language version: title A, summary and tags B, body C. */
export function kbVectorSql(locale: Locale, text: KbText, tags: readonly string[]): SQL {
  const config = sql.raw(`'${KB_TS_CONFIG[locale]}'::regconfig`);
  const title = kbDocument(text.title);
  const summary = kbDocument(`${text.summary} ${tags.join(" ")}`);
  const body = kbDocument(markdownToText(text.body));
  return sql`setweight(to_tsvector(${config}, ${title}), 'A') || setweight(to_tsvector(${config}, ${summary}), 'B') || setweight(to_tsvector(${config}, ${body}), 'C')`;
}

type Executor = Pick<Db, "insert" | "execute">;

/** Inserts or replaces one language version, its search document and its words. */
export async function saveKbTranslation(
  db: Executor,
  articleId: string,
  locale: Locale,
  text: KbText,
  tags: readonly string[],
): Promise<void> {
  const searchVector = kbVectorSql(locale, text, tags);
  await db
    .insert(kbTranslations)
    .values({ articleId, locale, ...text, searchVector })
    .onConflictDoUpdate({
      target: [kbTranslations.articleId, kbTranslations.locale],
      set: { ...text, searchVector, updatedAt: sql`now()` },
    });
  await addKbTerms(db, [text.title, text.summary, markdownToText(text.body), tags.join(" ")]);
}

/** Adds words to the typo lexicon. Words are never removed: a stale word only costs a row. */
export async function addKbTerms(db: Pick<Db, "insert">, texts: string[]): Promise<void> {
  const terms = [...new Set(texts.flatMap(lexiconTerms))];
  for (let i = 0; i < terms.length; i += 1000) {
    await db
      .insert(kbTerms)
      .values(terms.slice(i, i + 1000).map((term) => ({ term })))
      .onConflictDoNothing();
  }
}
