import { randomUUID } from "node:crypto";
import type { Locale } from "@helpline/contracts/locales";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { saveKbTranslation } from "../kb/write";
import { kbArticles, kbTranslations } from "../schema";
import { DEMO_KB_ARTICLES } from "./kb";

/**
 * Loads the demo knowledge base. Idempotent: an article whose slug exists is left as it is (an
 * editor may have changed it), and language versions without a search document (written before
 * search existed) get one.
 *
 * @returns how many articles were added
 */
export async function seedKbDemo(db: Db): Promise<number> {
  let added = 0;
  await db.transaction(async (tx) => {
    for (const demo of DEMO_KB_ARTICLES) {
      const articleId = randomUUID();
      const [inserted] = await tx
        .insert(kbArticles)
        .values({
          id: articleId,
          slug: demo.slug,
          category: demo.category,
          topicId: demo.topicId,
          status: demo.status ?? "published",
          popular: demo.popular ?? false,
          tags: demo.tags,
          related: demo.related,
        })
        .onConflictDoNothing()
        .returning({ id: kbArticles.id });
      if (!inserted) continue;
      added++;
      for (const [locale, text] of Object.entries(demo.text) as [Locale, typeof demo.text.en][]) {
        await saveKbTranslation(tx as unknown as Db, articleId, locale, text, demo.tags);
      }
    }
    await reindexUnsearchable(tx as unknown as Db);
  });
  return added;
}

/** Language versions saved before they had a search document get one. */
export async function reindexUnsearchable(db: Db): Promise<number> {
  const stale = await db
    .select({
      articleId: kbTranslations.articleId,
      locale: kbTranslations.locale,
      title: kbTranslations.title,
      summary: kbTranslations.summary,
      body: kbTranslations.body,
      tags: kbArticles.tags,
    })
    .from(kbTranslations)
    .innerJoin(kbArticles, eq(kbArticles.id, kbTranslations.articleId))
    .where(sql`${kbTranslations.searchVector} = ''::tsvector`);
  for (const row of stale) {
    await saveKbTranslation(db, row.articleId, row.locale as Locale, row, row.tags);
  }
  return stale.length;
}
