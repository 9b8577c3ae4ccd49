/*
 * Knowledge base contract, shared by the API and the web app.
 *
 * Every route needs `Authorization: tma <initData>`. Errors use the usual error model.
 * Customer (`/api/kb/*`, published articles only; staff_only ones are shown to staff too):
 *   GET  /api/kb/home?locale=en[&category=orders] -> KbHome (popular cards, categories with counts,
 *        and with `category` that category's article cards in `articles`)
 *   GET  /api/kb/search?q=...&locale=en&limit=10 -> KbSearchResponse (snippet = KbSnippetPart[], text only)
 *   GET  /api/kb/suggest?q=...&locale=en         -> KbSearchResponse with at most 3 results (as-you-type
 *        deflection while writing a new request; does not log the query as a search)
 *   GET  /api/kb/articles/{slug}?locale=en       -> KbArticle (body is raw Markdown: render it sanitised;
 *        falls back to another language when the article has no version in `locale`)
 *   POST /api/kb/articles/{slug}/feedback        <- KbFeedbackInput  -> 204
 *   POST /api/kb/deflection                      <- KbDeflectionInput -> 204 (shown / opened / solved)
 * Editor (`/api/admin/kb/*`, roles content_editor or admin; everyone else 403):
 *   GET    /api/admin/kb/articles?status=&category=&q=   -> KbEditorList
 *   POST   /api/admin/kb/articles                        <- KbCreateArticleInput -> 201 KbEditorArticle
 *   GET    /api/admin/kb/articles/{slug}                 -> KbEditorArticle (all language versions)
 *   PATCH  /api/admin/kb/articles/{slug}                 <- KbUpdateArticleInput -> KbEditorArticle
 *   POST   /api/admin/kb/articles/{slug}/publish         -> KbEditorArticle (status "published")
 *   POST   /api/admin/kb/articles/{slug}/unpublish       -> KbEditorArticle (status "draft")
 *   GET    /api/admin/kb/articles/{slug}/versions        -> KbVersionList (newest first)
 *   POST   /api/admin/kb/drafts/from-ticket              <- KbDraftFromTicketInput -> 201 KbEditorArticle
 *          (a saved draft pre-filled from a resolved ticket; 200 with the same draft if it exists)
 *   GET    /api/admin/kb/export                          -> KbExport (whole KB as JSON)
 *   POST   /api/admin/kb/import                          <- KbExport -> KbImportResult (upsert by slug;
 *          400 with field errors, 413 over KB_LIMITS.importBytes)
 *   GET    /api/admin/kb/insights?days=30&limit=20       -> KbInsights
 * Category names are not sent: the web app translates `KB_CATEGORIES` ids in its locale files.
 */
import { z } from "zod";
import { LOCALES } from "./locales";
import { humanText } from "./text";

export const KB_CATEGORIES = [
  "orders",
  "delivery",
  "returns",
  "payment",
  "account",
  "security",
  "app",
] as const;
export type KbCategory = (typeof KB_CATEGORIES)[number];

export const KB_STATUSES = ["draft", "published", "staff_only"] as const;
export type KbStatus = (typeof KB_STATUSES)[number];

export const KB_DEFLECTION_EVENTS = ["shown", "opened", "solved"] as const;
export type KbDeflectionEvent = (typeof KB_DEFLECTION_EVENTS)[number];

export const KB_LIMITS = {
  queryMax: 200,
  titleMax: 200,
  summaryMax: 500,
  bodyMax: 50_000,
  tagsMax: 20,
  tagMax: 40,
  relatedMax: 10,
  commentMax: 1000,
  searchLimitMax: 20,
  suggestMax: 3,
  /** Bytes of an import request body; over it the API answers 413. */
  importBytes: 5 * 1024 * 1024,
  importArticlesMax: 2000,
} as const;

/** ISO 8601 timestamp in UTC. */
const timestamp = z.string();

export const kbSlugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "Use lowercase letters, digits and dashes");

const localeSchema = z.enum(LOCALES);
const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(KB_LIMITS.tagMax)
  .regex(/^[^\s,]+$/u, "One word, no commas");

// ---------------------------------------------------------------- customer

export const kbSnippetPartSchema = z.object({
  text: z.string(),
  hit: z.boolean().describe("This part matched the query: show it highlighted"),
});
export type KbSnippetPart = z.infer<typeof kbSnippetPartSchema>;

export const kbArticleCardSchema = z.object({
  slug: kbSlugSchema,
  title: z.string(),
  summary: z.string(),
  locale: localeSchema.describe("The language of this title and summary"),
  category: z.enum(KB_CATEGORIES),
  updatedAt: timestamp,
});
export type KbArticleCard = z.infer<typeof kbArticleCardSchema>;

export const kbCategoryCountSchema = z.object({
  id: z.enum(KB_CATEGORIES),
  count: z.number().int().describe("Articles the caller can read"),
});

export const kbHomeSchema = z.object({
  popular: z.array(kbArticleCardSchema),
  categories: z.array(kbCategoryCountSchema),
  articles: z
    .array(kbArticleCardSchema)
    .optional()
    .describe("The asked category's articles, popular first; only when `category` is given"),
});
export type KbHome = z.infer<typeof kbHomeSchema>;

export const kbHomeQuerySchema = z.strictObject({
  locale: localeSchema.default("en"),
  category: z.enum(KB_CATEGORIES).optional().describe("Also list this category's articles"),
});

export const kbSearchQuerySchema = z.strictObject({
  q: humanText(1, KB_LIMITS.queryMax),
  locale: localeSchema.default("en"),
  category: z.enum(KB_CATEGORIES).optional(),
  limit: z.coerce.number().int().min(1).max(KB_LIMITS.searchLimitMax).default(10),
});
export type KbSearchQuery = z.infer<typeof kbSearchQuerySchema>;

export const kbSuggestQuerySchema = z.strictObject({
  q: humanText(1, KB_LIMITS.queryMax),
  locale: localeSchema.default("en"),
});

export const kbSearchResultSchema = kbArticleCardSchema.extend({
  snippet: z.array(kbSnippetPartSchema).describe("Plain text parts; never HTML"),
  score: z.number(),
});
export type KbSearchResult = z.infer<typeof kbSearchResultSchema>;

export const kbSearchResponseSchema = z.object({
  query: z.string(),
  results: z.array(kbSearchResultSchema).describe("The caller's language first, then others"),
});
export type KbSearchResponse = z.infer<typeof kbSearchResponseSchema>;

export const kbArticleQuerySchema = z.strictObject({ locale: localeSchema.default("en") });

export const kbArticleSchema = z.object({
  slug: kbSlugSchema,
  title: z.string(),
  summary: z.string(),
  body: z.string().describe("Raw Markdown; render sanitised"),
  locale: localeSchema,
  availableLocales: z.array(localeSchema),
  category: z.enum(KB_CATEGORIES),
  tags: z.array(z.string()),
  staffOnly: z.boolean(),
  related: z.array(kbArticleCardSchema),
  updatedAt: timestamp,
});
export type KbArticle = z.infer<typeof kbArticleSchema>;

export const kbFeedbackSchema = z.strictObject({
  helpful: z.boolean(),
  comment: humanText(1, KB_LIMITS.commentMax).optional(),
  locale: localeSchema.optional(),
});
export type KbFeedbackInput = z.infer<typeof kbFeedbackSchema>;

export const kbDeflectionSchema = z.strictObject({
  sessionId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/)
    .describe("Generated by the client once per new-request draft"),
  event: z.enum(KB_DEFLECTION_EVENTS),
  slugs: z.array(kbSlugSchema).min(1).max(KB_LIMITS.suggestMax),
  query: humanText(1, KB_LIMITS.queryMax).optional(),
  locale: localeSchema.optional(),
});
export type KbDeflectionInput = z.infer<typeof kbDeflectionSchema>;

// ---------------------------------------------------------------- editor

export const kbTranslationSchema = z.object({
  title: humanText(1, KB_LIMITS.titleMax),
  summary: humanText(0, KB_LIMITS.summaryMax),
  body: humanText(0, KB_LIMITS.bodyMax).describe("Markdown"),
});
export type KbTranslation = z.infer<typeof kbTranslationSchema>;

export const kbTranslationsSchema = z.partialRecord(localeSchema, kbTranslationSchema);

export const kbEditorArticleSchema = z.object({
  slug: kbSlugSchema,
  category: z.enum(KB_CATEGORIES),
  tags: z.array(z.string()),
  status: z.enum(KB_STATUSES),
  popular: z.boolean(),
  related: z.array(kbSlugSchema),
  translations: kbTranslationsSchema,
  authorId: z.number().int().nullable(),
  authorName: z.string().nullable(),
  sourceTicketId: z.uuid().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type KbEditorArticle = z.infer<typeof kbEditorArticleSchema>;

export const kbEditorListItemSchema = z.object({
  slug: kbSlugSchema,
  title: z.string().describe("In the first language the article has, English preferred"),
  category: z.enum(KB_CATEGORIES),
  status: z.enum(KB_STATUSES),
  popular: z.boolean(),
  locales: z.array(localeSchema),
  updatedAt: timestamp,
  helpfulYes: z.number().int(),
  helpfulNo: z.number().int(),
});
export type KbEditorListItem = z.infer<typeof kbEditorListItemSchema>;

export const kbEditorListSchema = z.object({ items: z.array(kbEditorListItemSchema) });
export type KbEditorList = z.infer<typeof kbEditorListSchema>;

export const kbEditorListQuerySchema = z.strictObject({
  status: z.enum(KB_STATUSES).optional(),
  category: z.enum(KB_CATEGORIES).optional(),
  q: humanText(1, KB_LIMITS.queryMax).optional().describe("Matches slug or title, any language"),
});

const articleFields = {
  category: z.enum(KB_CATEGORIES),
  tags: z.array(tagSchema).max(KB_LIMITS.tagsMax),
  status: z.enum(KB_STATUSES),
  popular: z.boolean(),
  related: z.array(kbSlugSchema).max(KB_LIMITS.relatedMax),
};

export const kbCreateArticleSchema = z.strictObject({
  slug: kbSlugSchema,
  category: articleFields.category,
  tags: articleFields.tags.default([]),
  status: articleFields.status.default("draft"),
  popular: articleFields.popular.default(false),
  related: articleFields.related.default([]),
  translations: kbTranslationsSchema.refine(
    (value) => Object.keys(value).length > 0,
    "Write the article in at least one language",
  ),
});
export type KbCreateArticleInput = z.input<typeof kbCreateArticleSchema>;

/** Only the fields sent change; a language set to null is removed. */
export const kbUpdateArticleSchema = z.strictObject({
  category: articleFields.category.optional(),
  tags: articleFields.tags.optional(),
  status: articleFields.status.optional(),
  popular: articleFields.popular.optional(),
  related: articleFields.related.optional(),
  translations: z.partialRecord(localeSchema, kbTranslationSchema.nullable()).optional(),
});
export type KbUpdateArticleInput = z.input<typeof kbUpdateArticleSchema>;

export const KB_VERSION_ACTIONS = [
  "created",
  "updated",
  "published",
  "unpublished",
  "imported",
] as const;

export const kbVersionSchema = z.object({
  id: z.uuid(),
  action: z.enum(KB_VERSION_ACTIONS),
  changed: z
    .array(z.string())
    .describe("What changed: field names and `title.fa`-style language fields"),
  editorId: z.number().int().nullable(),
  editorName: z.string().nullable(),
  createdAt: timestamp,
  snapshot: kbEditorArticleSchema
    .omit({ authorName: true })
    .describe("The article as it was after this change"),
});
export type KbVersion = z.infer<typeof kbVersionSchema>;

export const kbVersionListSchema = z.object({ items: z.array(kbVersionSchema) });
export type KbVersionList = z.infer<typeof kbVersionListSchema>;

export const kbDraftFromTicketSchema = z.strictObject({ ticketId: z.uuid() });
export type KbDraftFromTicketInput = z.infer<typeof kbDraftFromTicketSchema>;

export const kbExportArticleSchema = z.strictObject({
  slug: kbSlugSchema,
  category: articleFields.category,
  tags: articleFields.tags,
  status: articleFields.status,
  popular: articleFields.popular,
  related: articleFields.related,
  translations: kbTranslationsSchema,
  updatedAt: timestamp.optional(),
});
export type KbExportArticle = z.infer<typeof kbExportArticleSchema>;

export const kbExportSchema = z.strictObject({
  format: z.literal("helpline-kb"),
  version: z.literal(1),
  exportedAt: timestamp.optional(),
  articles: z.array(kbExportArticleSchema).max(KB_LIMITS.importArticlesMax),
});
export type KbExport = z.infer<typeof kbExportSchema>;

export const kbImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
});
export type KbImportResult = z.infer<typeof kbImportResultSchema>;

export const kbInsightsQuerySchema = z.strictObject({
  days: z.coerce.number().int().min(1).max(365).default(30),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const kbQueryCountSchema = z.object({
  query: z.string().describe("Normalised: lowercased, spaces collapsed"),
  locale: localeSchema,
  count: z.number().int(),
  lastAt: timestamp,
});

export const kbInsightsSchema = z.object({
  days: z.number().int(),
  zeroResult: z.array(kbQueryCountSchema).describe("Searches that found nothing, most frequent"),
  searchedThenTicket: z
    .array(kbQueryCountSchema)
    .describe("Searches followed by a new request from the same person within an hour"),
  deflection: z.object({
    sessions: z.number().int().describe("New-request drafts that were shown articles"),
    opened: z.number().int().describe("Of them, sessions where an article was opened"),
    solved: z.number().int().describe("Of them, sessions ended by 'this solved it'"),
    solvedShare: z.number().describe("solved / sessions, 0 when there were none"),
  }),
  feedback: z.object({ helpful: z.number().int(), notHelpful: z.number().int() }),
});
export type KbInsights = z.infer<typeof kbInsightsSchema>;
