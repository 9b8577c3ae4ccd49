import { randomUUID } from "node:crypto";
import {
  KB_CATEGORIES,
  KB_LIMITS,
  type KbArticle,
  type KbArticleCard,
  type KbCategory,
  type KbCreateArticleInput,
  type KbDeflectionInput,
  type KbEditorArticle,
  type KbEditorList,
  type KbExport,
  type KbFeedbackInput,
  type KbHome,
  type KbImportResult,
  type KbInsights,
  type KbSearchResponse,
  type KbStatus,
  type KbTranslation,
  type KbUpdateArticleInput,
  type KbVersion,
  kbCreateArticleSchema,
  kbUpdateArticleSchema,
} from "@helpline/contracts/kb";
import { LOCALES, type Locale, resolveLocale } from "@helpline/contracts/locales";
import {
  buildSnippet,
  type Db,
  normalizeKbText,
  rowsOf,
  saveKbTranslation,
  schema,
  searchKb,
  toIso,
} from "@helpline/db";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { AppError, notFound } from "../../lib/errors";
import type { RateLimiter } from "../../lib/rate-limit";

const { kbArticles, kbTranslations, kbVersions, kbFeedback, kbSearchLog, kbDeflectionEvents } =
  schema;
const { users, tickets } = schema;

type Translations = Partial<Record<Locale, KbTranslation>>;
type ArticleRow = typeof kbArticles.$inferSelect;
type VersionAction = KbVersion["action"];

export interface KbServiceDeps {
  db: Db;
  /** Feedback and deflection events per person. */
  eventLimiter: RateLimiter;
  /** Searches and suggestions per person. */
  searchLimiter: RateLimiter;
  now?: () => number;
}

/** What a reader may see: customers published articles, staff also staff-only ones. */
export const visibleStatuses = (staff: boolean): KbStatus[] =>
  staff ? ["published", "staff_only"] : ["published"];

/** The language version to show: the reader's, else English, else the first there is. */
function pickLocale(available: readonly Locale[], wanted: Locale): Locale | undefined {
  if (available.includes(wanted)) return wanted;
  if (available.includes("en")) return "en";
  return LOCALES.find((locale) => available.includes(locale));
}

const normalizeQuery = (query: string) => normalizeKbText(query).replace(/\s+/g, " ").trim();

export function createKbService(deps: KbServiceDeps) {
  const { db } = deps;
  const now = deps.now ?? Date.now;

  // Helpers take the executor: inside a transaction everything must go through `tx` (PGlite
  // has one connection, and a query on `db` would wait for the transaction forever).
  async function translationsOf(articleIds: string[], q: Db = db) {
    if (articleIds.length === 0) return new Map<string, Translations>();
    const rows = await q
      .select()
      .from(kbTranslations)
      .where(inArray(kbTranslations.articleId, articleIds));
    const out = new Map<string, Translations>();
    for (const row of rows) {
      const entry = out.get(row.articleId) ?? {};
      entry[row.locale as Locale] = { title: row.title, summary: row.summary, body: row.body };
      out.set(row.articleId, entry);
    }
    return out;
  }

  function card(article: ArticleRow, texts: Translations, locale: Locale): KbArticleCard | null {
    const shown = pickLocale(Object.keys(texts) as Locale[], locale);
    const text = shown ? texts[shown] : undefined;
    if (!shown || !text) return null;
    return {
      slug: article.slug,
      title: text.title,
      summary: text.summary,
      locale: shown,
      category: article.category as KbCategory,
      updatedAt: toIso(article.updatedAt),
    };
  }

  async function cards(rows: ArticleRow[], locale: Locale): Promise<KbArticleCard[]> {
    const texts = await translationsOf(rows.map((row) => row.id));
    return rows.flatMap((row) => card(row, texts.get(row.id) ?? {}, locale) ?? []);
  }

  async function findArticle(slug: string): Promise<ArticleRow> {
    const [row] = await db.select().from(kbArticles).where(eq(kbArticles.slug, slug));
    if (!row) throw notFound("Article");
    return row;
  }

  async function findVisible(slug: string, staff: boolean): Promise<ArticleRow> {
    const row = await findArticle(slug);
    if (!visibleStatuses(staff).includes(row.status)) throw notFound("Article");
    return row;
  }

  async function editorView(row: ArticleRow, q: Db = db): Promise<KbEditorArticle> {
    const texts = (await translationsOf([row.id], q)).get(row.id) ?? {};
    let authorName: string | null = null;
    if (row.authorId !== null) {
      const [author] = await q
        .select({ firstName: users.firstName, lastName: users.lastName })
        .from(users)
        .where(eq(users.id, row.authorId));
      if (author) authorName = [author.firstName, author.lastName].filter(Boolean).join(" ");
    }
    return {
      slug: row.slug,
      category: row.category as KbCategory,
      tags: row.tags,
      status: row.status,
      popular: row.popular,
      related: row.related,
      translations: texts,
      authorId: row.authorId,
      authorName,
      sourceTicketId: row.sourceTicketId,
      createdAt: toIso(row.createdAt),
      updatedAt: toIso(row.updatedAt),
    };
  }

  async function writeVersion(
    tx: Db,
    articleId: string,
    action: VersionAction,
    changed: string[],
    editorId: number | null,
  ) {
    const [row] = await tx.select().from(kbArticles).where(eq(kbArticles.id, articleId));
    if (!row) return;
    const { authorName: _omit, ...snapshot } = await editorView(row, tx);
    await tx.insert(kbVersions).values({
      id: randomUUID(),
      articleId,
      action,
      changed,
      editorId,
      snapshot,
    });
  }

  async function saveTexts(tx: Db, articleId: string, texts: Translations, tags: string[]) {
    for (const locale of LOCALES) {
      const text = texts[locale];
      if (text) await saveKbTranslation(tx, articleId, locale, text, tags);
    }
  }

  async function reindex(tx: Db, articleId: string, tags: string[]) {
    const texts = (await translationsOf([articleId], tx)).get(articleId) ?? {};
    await saveTexts(tx, articleId, texts, tags);
  }

  return {
    // ------------------------------------------------------------ customer

    async home(locale: Locale, staff: boolean, category?: KbCategory): Promise<KbHome> {
      const statuses = visibleStatuses(staff);
      const popularRows = await db
        .select()
        .from(kbArticles)
        .where(and(inArray(kbArticles.status, statuses), eq(kbArticles.popular, true)))
        .orderBy(desc(kbArticles.updatedAt))
        .limit(10);
      const counts = await db
        .select({ category: kbArticles.category, count: sql<number>`count(*)::int` })
        .from(kbArticles)
        .where(inArray(kbArticles.status, statuses))
        .groupBy(kbArticles.category);
      const byCategory = new Map(counts.map((row) => [row.category, Number(row.count)]));
      const home: KbHome = {
        popular: await cards(popularRows, locale),
        categories: KB_CATEGORIES.map((id) => ({ id, count: byCategory.get(id) ?? 0 })),
      };
      if (category) {
        const rows = await db
          .select()
          .from(kbArticles)
          .where(and(inArray(kbArticles.status, statuses), eq(kbArticles.category, category)))
          .orderBy(desc(kbArticles.popular), kbArticles.slug)
          .limit(100);
        home.articles = await cards(rows, locale);
      }
      return home;
    },

    async search(
      userId: number,
      staff: boolean,
      input: { q: string; locale: Locale; limit: number; category?: KbCategory },
      mode: "search" | "suggest",
    ): Promise<KbSearchResponse> {
      deps.searchLimiter.take(`user:${userId}`);
      const outcome = await searchKb(db, {
        query: input.q,
        locale: input.locale,
        statuses: visibleStatuses(staff),
        category: input.category,
        limit: mode === "suggest" ? KB_LIMITS.suggestMax : input.limit,
        prefix: mode === "suggest",
      });
      if (mode === "search") {
        await db.insert(kbSearchLog).values({
          id: randomUUID(),
          query: normalizeQuery(input.q).slice(0, KB_LIMITS.queryMax),
          locale: input.locale,
          resultCount: outcome.hits.length,
          userId,
        });
      }
      return {
        query: input.q,
        results: outcome.hits.map((hit) => ({
          slug: hit.slug,
          title: hit.title,
          summary: hit.summary,
          locale: hit.locale,
          category: hit.category as KbCategory,
          updatedAt: hit.updatedAt,
          snippet: buildSnippet(hit.summary, hit.body, outcome.terms),
          score: Math.round(hit.score * 10_000) / 10_000,
        })),
      };
    },

    async article(slug: string, locale: Locale, staff: boolean): Promise<KbArticle> {
      const row = await findVisible(slug, staff);
      const texts = (await translationsOf([row.id])).get(row.id) ?? {};
      const available = LOCALES.filter((each) => texts[each]);
      const shown = pickLocale(available, locale);
      const text = shown ? texts[shown] : undefined;
      if (!shown || !text) throw notFound("Article");
      const relatedRows =
        row.related.length === 0
          ? []
          : await db
              .select()
              .from(kbArticles)
              .where(
                and(
                  inArray(kbArticles.slug, row.related),
                  inArray(kbArticles.status, visibleStatuses(staff)),
                ),
              );
      relatedRows.sort((a, b) => row.related.indexOf(a.slug) - row.related.indexOf(b.slug));
      return {
        slug: row.slug,
        ...text,
        locale: shown,
        availableLocales: available,
        category: row.category as KbCategory,
        tags: row.tags,
        staffOnly: row.status === "staff_only",
        related: await cards(relatedRows, locale),
        updatedAt: toIso(row.updatedAt),
      };
    },

    async feedback(slug: string, userId: number, staff: boolean, input: KbFeedbackInput) {
      deps.eventLimiter.take(`user:${userId}`);
      const row = await findVisible(slug, staff);
      // One vote per person and article: voting again replaces the vote (a comment sent
      // without one keeps the earlier comment), so "helpful" shares count people, not clicks.
      await db
        .insert(kbFeedback)
        .values({
          id: randomUUID(),
          articleId: row.id,
          userId,
          locale: input.locale ?? null,
          helpful: input.helpful,
          comment: input.comment ?? null,
        })
        .onConflictDoUpdate({
          target: [kbFeedback.articleId, kbFeedback.userId],
          set: {
            helpful: input.helpful,
            locale: input.locale ?? null,
            comment: sql`coalesce(excluded.comment, ${kbFeedback.comment})`,
            createdAt: sql`now()`,
          },
        });
    },

    async deflection(userId: number, staff: boolean, input: KbDeflectionInput) {
      deps.eventLimiter.take(`user:${userId}`);
      const rows = await db
        .select({ id: kbArticles.id })
        .from(kbArticles)
        .where(
          and(
            inArray(kbArticles.slug, input.slugs),
            inArray(kbArticles.status, visibleStatuses(staff)),
          ),
        );
      if (rows.length === 0) throw notFound("Article");
      await db.insert(kbDeflectionEvents).values(
        rows.map((row) => ({
          id: randomUUID(),
          sessionId: input.sessionId,
          event: input.event,
          articleId: row.id,
          userId,
          query: input.query ? normalizeQuery(input.query) : null,
          locale: input.locale ?? null,
        })),
      );
    },

    // ------------------------------------------------------------ editor

    async list(filter: {
      status?: KbStatus;
      category?: KbCategory;
      q?: string;
    }): Promise<KbEditorList> {
      const conditions = [];
      if (filter.status) conditions.push(eq(kbArticles.status, filter.status));
      if (filter.category) conditions.push(eq(kbArticles.category, filter.category));
      if (filter.q) {
        const like = `%${filter.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
        conditions.push(
          sql`(${kbArticles.slug} ilike ${like} or exists (select 1 from kb_translations t where t.article_id = ${kbArticles.id} and t.title ilike ${like}))`,
        );
      }
      const rows = await db
        .select()
        .from(kbArticles)
        .where(conditions.length > 0 ? and(...conditions) : undefined)
        .orderBy(desc(kbArticles.updatedAt))
        .limit(500);
      const texts = await translationsOf(rows.map((row) => row.id));
      const votes =
        rows.length === 0
          ? []
          : await db
              .select({
                articleId: kbFeedback.articleId,
                yes: sql<number>`count(*) filter (where ${kbFeedback.helpful})::int`,
                no: sql<number>`count(*) filter (where not ${kbFeedback.helpful})::int`,
              })
              .from(kbFeedback)
              .where(
                inArray(
                  kbFeedback.articleId,
                  rows.map((row) => row.id),
                ),
              )
              .groupBy(kbFeedback.articleId);
      const voteMap = new Map(votes.map((vote) => [vote.articleId, vote]));
      return {
        items: rows.map((row) => {
          const own = texts.get(row.id) ?? {};
          const locales = LOCALES.filter((locale) => own[locale]);
          const first = pickLocale(locales, "en");
          return {
            slug: row.slug,
            title: (first && own[first]?.title) || row.slug,
            category: row.category as KbCategory,
            status: row.status,
            popular: row.popular,
            locales,
            updatedAt: toIso(row.updatedAt),
            helpfulYes: Number(voteMap.get(row.id)?.yes ?? 0),
            helpfulNo: Number(voteMap.get(row.id)?.no ?? 0),
          };
        }),
      };
    },

    async get(slug: string): Promise<KbEditorArticle> {
      return editorView(await findArticle(slug));
    },

    async create(raw: KbCreateArticleInput, editorId: number): Promise<KbEditorArticle> {
      const input = kbCreateArticleSchema.parse(raw);
      const articleId = randomUUID();
      await db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Db;
        const [inserted] = await tx
          .insert(kbArticles)
          .values({
            id: articleId,
            slug: input.slug,
            category: input.category,
            status: input.status,
            popular: input.popular,
            tags: input.tags,
            related: input.related.filter((slug) => slug !== input.slug),
            authorId: editorId,
          })
          .onConflictDoNothing()
          .returning({ id: kbArticles.id });
        if (!inserted) throw new AppError("conflict", "An article with this slug exists");
        await saveTexts(tx, articleId, input.translations, input.tags);
        await writeVersion(tx, articleId, "created", ["created"], editorId);
      });
      return this.get(input.slug);
    },

    async update(
      slug: string,
      raw: KbUpdateArticleInput,
      editorId: number,
      action: VersionAction = "updated",
    ): Promise<KbEditorArticle> {
      const input = kbUpdateArticleSchema.parse(raw);
      const row = await findArticle(slug);
      const before = (await translationsOf([row.id])).get(row.id) ?? {};
      const changed: string[] = [];
      const patch: Partial<typeof kbArticles.$inferInsert> = {};
      const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      if (input.category !== undefined && input.category !== row.category) {
        patch.category = input.category;
        changed.push("category");
      }
      if (input.status !== undefined && input.status !== row.status) {
        patch.status = input.status;
        changed.push("status");
      }
      if (input.popular !== undefined && input.popular !== row.popular) {
        patch.popular = input.popular;
        changed.push("popular");
      }
      if (input.tags !== undefined && !same(input.tags, row.tags)) {
        patch.tags = input.tags;
        changed.push("tags");
      }
      if (input.related !== undefined) {
        const related = input.related.filter((each) => each !== slug);
        if (!same(related, row.related)) {
          patch.related = related;
          changed.push("related");
        }
      }
      const upserts: Translations = {};
      const removals: Locale[] = [];
      for (const locale of LOCALES) {
        if (!input.translations || !(locale in input.translations)) continue;
        const next = input.translations[locale];
        const previous = before[locale];
        if (next === null || next === undefined) {
          if (previous) removals.push(locale);
          continue;
        }
        const fields = (["title", "summary", "body"] as const).filter(
          (field) => next[field] !== previous?.[field],
        );
        if (fields.length === 0) continue;
        upserts[locale] = next;
        changed.push(...fields.map((field) => `${field}.${locale}`));
      }
      const remaining = LOCALES.filter(
        (locale) => (before[locale] || upserts[locale]) && !removals.includes(locale),
      );
      if (remaining.length === 0) {
        throw new AppError("validation_failed", "An article needs at least one language", {
          fields: { translations: ["Keep at least one language"] },
          form: [],
        });
      }
      changed.push(...removals.map((locale) => `removed.${locale}`));
      if (changed.length === 0) return editorView(row);
      await db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Db;
        await tx
          .update(kbArticles)
          .set({ ...patch, updatedAt: new Date(now()).toISOString() })
          .where(eq(kbArticles.id, row.id));
        if (removals.length > 0) {
          await tx
            .delete(kbTranslations)
            .where(
              and(eq(kbTranslations.articleId, row.id), inArray(kbTranslations.locale, removals)),
            );
        }
        if (patch.tags) await reindex(tx, row.id, patch.tags);
        await saveTexts(tx, row.id, upserts, patch.tags ?? row.tags);
        await writeVersion(tx, row.id, action, changed, editorId);
      });
      return this.get(slug);
    },

    publish(slug: string, editorId: number) {
      return this.update(slug, { status: "published" }, editorId, "published");
    },

    unpublish(slug: string, editorId: number) {
      return this.update(slug, { status: "draft" }, editorId, "unpublished");
    },

    async versions(slug: string): Promise<{ items: KbVersion[] }> {
      const row = await findArticle(slug);
      const rows = await db
        .select({
          version: kbVersions,
          firstName: users.firstName,
          lastName: users.lastName,
        })
        .from(kbVersions)
        .leftJoin(users, eq(users.id, kbVersions.editorId))
        .where(eq(kbVersions.articleId, row.id))
        .orderBy(desc(kbVersions.createdAt), desc(kbVersions.id))
        .limit(200);
      return {
        items: rows.map(({ version, firstName, lastName }) => ({
          id: version.id,
          action: version.action as VersionAction,
          changed: version.changed,
          editorId: version.editorId,
          editorName: firstName ? [firstName, lastName].filter(Boolean).join(" ") : null,
          createdAt: toIso(version.createdAt),
          snapshot: version.snapshot as KbVersion["snapshot"],
        })),
      };
    },

    /** A draft pre-filled from a resolved ticket; the same draft again if one exists. */
    async draftFromTicket(
      ticketId: string,
      editorId: number,
    ): Promise<{ article: KbEditorArticle; created: boolean }> {
      const [ticket] = await db
        .select({
          id: tickets.id,
          number: tickets.number,
          subject: tickets.subject,
          status: tickets.status,
          topicId: tickets.topicId,
          summary: tickets.resolutionSummary,
          nextSteps: tickets.nextSteps,
          language: users.language,
          languageCode: users.languageCode,
        })
        .from(tickets)
        .innerJoin(users, eq(users.id, tickets.customerId))
        .where(eq(tickets.id, ticketId));
      if (!ticket) throw notFound("Ticket");
      if (!ticket.summary || !["resolved", "closed"].includes(ticket.status)) {
        throw new AppError(
          "conflict",
          "Only a resolved ticket with a summary can become an article",
        );
      }
      const slug = `ticket-${ticket.number}`;
      const [existing] = await db.select().from(kbArticles).where(eq(kbArticles.slug, slug));
      if (existing) return { article: await editorView(existing), created: false };
      const locale = resolveLocale(ticket.language ?? ticket.languageCode);
      const steps = ticket.nextSteps ?? [];
      const body = [
        ticket.summary,
        ...(steps.length > 0 ? ["", ...steps.map((step) => `- ${step}`)] : []),
      ].join("\n");
      const category = (KB_CATEGORIES as readonly string[]).includes(ticket.topicId)
        ? (ticket.topicId as KbCategory)
        : ticket.topicId === "features"
          ? "app"
          : "orders";
      const article = await this.create(
        {
          slug,
          category,
          status: "draft",
          translations: {
            [locale]: {
              title: ticket.subject.slice(0, KB_LIMITS.titleMax),
              summary: ticket.summary.slice(0, KB_LIMITS.summaryMax),
              body,
            },
          },
        },
        editorId,
      );
      await db
        .update(kbArticles)
        .set({ sourceTicketId: ticket.id })
        .where(eq(kbArticles.slug, slug));
      return { article: { ...article, sourceTicketId: ticket.id }, created: true };
    },

    async exportAll(): Promise<KbExport> {
      const rows = await db.select().from(kbArticles).orderBy(kbArticles.slug);
      const texts = await translationsOf(rows.map((row) => row.id));
      return {
        format: "helpline-kb",
        version: 1,
        exportedAt: new Date(now()).toISOString(),
        articles: rows.map((row) => ({
          slug: row.slug,
          category: row.category as KbCategory,
          tags: row.tags,
          status: row.status,
          popular: row.popular,
          related: row.related,
          translations: texts.get(row.id) ?? {},
          updatedAt: toIso(row.updatedAt),
        })),
      };
    },

    async importAll(doc: KbExport, editorId: number): Promise<KbImportResult> {
      const problems: Record<string, string[]> = {};
      const seen = new Set<string>();
      doc.articles.forEach((article, index) => {
        if (seen.has(article.slug)) problems[`articles.${index}.slug`] = ["Duplicate slug"];
        seen.add(article.slug);
        if (Object.keys(article.translations).length === 0) {
          problems[`articles.${index}.translations`] = ["Write at least one language"];
        }
      });
      if (Object.keys(problems).length > 0) {
        throw new AppError("validation_failed", "The import has problems", {
          fields: problems,
          form: [],
        });
      }
      let created = 0;
      let updated = 0;
      await db.transaction(async (txRaw) => {
        const tx = txRaw as unknown as Db;
        for (const article of doc.articles) {
          const [existing] = await tx
            .select({ id: kbArticles.id })
            .from(kbArticles)
            .where(eq(kbArticles.slug, article.slug));
          const articleId = existing?.id ?? randomUUID();
          const fields = {
            category: article.category,
            status: article.status,
            popular: article.popular,
            tags: article.tags,
            related: article.related.filter((slug) => slug !== article.slug),
          };
          if (existing) {
            await tx
              .update(kbArticles)
              .set({ ...fields, updatedAt: new Date(now()).toISOString() })
              .where(eq(kbArticles.id, articleId));
            // Languages missing from the import are removed: the file is the whole article.
            const keep = Object.keys(article.translations);
            await tx.delete(kbTranslations).where(
              and(
                eq(kbTranslations.articleId, articleId),
                sql`${kbTranslations.locale} not in (${sql.join(
                  keep.map((locale) => sql`${locale}`),
                  sql`, `,
                )})`,
              ),
            );
            updated++;
          } else {
            await tx.insert(kbArticles).values({ id: articleId, slug: article.slug, ...fields });
            created++;
          }
          await saveTexts(tx, articleId, article.translations, article.tags);
          await writeVersion(tx, articleId, "imported", ["imported"], editorId);
        }
      });
      return { created, updated };
    },

    async insights(days: number, limit: number): Promise<KbInsights> {
      const since = new Date(now() - days * 86_400_000).toISOString();
      type QueryRow = { query: string; locale: Locale; count: number; last_at: string | Date };
      const toCounts = (rows: unknown) =>
        rowsOf<QueryRow>(rows).map((row) => ({
          query: row.query,
          locale: row.locale,
          count: Number(row.count),
          lastAt: new Date(row.last_at).toISOString(),
        }));
      const zero = await db.execute(sql`
        select query, locale, count(*)::int as count, max(created_at) as last_at
        from kb_search_log
        where created_at >= ${since} and result_count = 0
        group by query, locale
        order by count desc, max(created_at) desc
        limit ${limit}`);
      const thenTicket = await db.execute(sql`
        select s.query, s.locale, count(*)::int as count, max(s.created_at) as last_at
        from kb_search_log s
        where s.created_at >= ${since} and s.user_id is not null
          and exists (
            select 1 from tickets t
            where t.customer_id = s.user_id
              and t.created_at >= s.created_at
              and t.created_at < s.created_at + interval '1 hour'
          )
        group by s.query, s.locale
        order by count desc, max(s.created_at) desc
        limit ${limit}`);
      const [deflection] = rowsOf<{ sessions: number; opened: number; solved: number }>(
        await db.execute(sql`
          select count(distinct session_id) filter (where event = 'shown')::int as sessions,
            count(distinct session_id) filter (where event = 'opened')::int as opened,
            count(distinct session_id) filter (where event = 'solved')::int as solved
          from kb_deflection_events where created_at >= ${since}`),
      );
      const [votes] = rowsOf<{ yes: number; no: number }>(
        await db.execute(sql`
          select count(*) filter (where helpful)::int as yes,
            count(*) filter (where not helpful)::int as no
          from kb_feedback where created_at >= ${since}`),
      );
      const sessions = Number(deflection?.sessions ?? 0);
      const solved = Number(deflection?.solved ?? 0);
      return {
        days,
        zeroResult: toCounts(zero),
        searchedThenTicket: toCounts(thenTicket),
        deflection: {
          sessions,
          opened: Number(deflection?.opened ?? 0),
          solved,
          solvedShare: sessions === 0 ? 0 : Math.round((solved / sessions) * 1000) / 1000,
        },
        feedback: { helpful: Number(votes?.yes ?? 0), notHelpful: Number(votes?.no ?? 0) },
      };
    },
  };
}

export type KbService = ReturnType<typeof createKbService>;
