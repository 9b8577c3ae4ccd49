import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { kbArticles } from "./schema";

// Knowledge base tables besides kb_articles / kb_translations (which live in schema.ts).

/** One row per editor change: who, what (field names), and the article as it was after. */
export const kbVersions = pgTable(
  "kb_versions",
  {
    id: uuid("id").primaryKey(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => kbArticles.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    changed: jsonb("changed").$type<string[]>().notNull(),
    editorId: bigint("editor_id", { mode: "number" }),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("kb_versions_article_idx").on(t.articleId, t.createdAt)],
);

/** "Was this helpful?" answers. */
export const kbFeedback = pgTable(
  "kb_feedback",
  {
    id: uuid("id").primaryKey(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => kbArticles.id, { onDelete: "cascade" }),
    userId: bigint("user_id", { mode: "number" }).notNull(),
    locale: text("locale"),
    helpful: boolean("helpful").notNull(),
    comment: text("comment"),
    createdAt: createdAt(),
  },
  (t) => [
    index("kb_feedback_article_idx").on(t.articleId),
    // One vote per person per article: voting again changes the vote (see kb.service feedback).
    uniqueIndex("kb_feedback_article_user_uq").on(t.articleId, t.userId),
  ],
);

/** Customer searches, for "zero-result" and "searched then created a ticket" insights. */
export const kbSearchLog = pgTable(
  "kb_search_log",
  {
    id: uuid("id").primaryKey(),
    /** Normalised: lowercased, spaces collapsed. */
    query: text("query").notNull(),
    locale: text("locale").notNull(),
    resultCount: integer("result_count").notNull(),
    userId: bigint("user_id", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("kb_search_log_created_idx").on(t.createdAt),
    index("kb_search_log_user_idx").on(t.userId, t.createdAt),
  ],
);

/** Articles suggested while a customer writes a new request: shown, opened, "solved it". */
export const kbDeflectionEvents = pgTable(
  "kb_deflection_events",
  {
    id: uuid("id").primaryKey(),
    sessionId: text("session_id").notNull(),
    event: text("event").notNull(),
    articleId: uuid("article_id").references(() => kbArticles.id, { onDelete: "cascade" }),
    userId: bigint("user_id", { mode: "number" }),
    query: text("query"),
    locale: text("locale"),
    createdAt: createdAt(),
  },
  (t) => [
    index("kb_deflection_created_idx").on(t.createdAt),
    index("kb_deflection_session_idx").on(t.sessionId),
  ],
);

/**
 * Every word the articles use, normalised; a trigram index over it turns a misspelt query
 * word into the nearest real one before the full-text search runs.
 */
export const kbTerms = pgTable("kb_terms", { term: text("term").primaryKey() }, (t) => [
  index("kb_terms_trgm_idx").using("gin", sql`${t.term} gin_trgm_ops`).with({ fastupdate: false }),
]);
