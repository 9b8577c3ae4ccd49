import { bigint, date, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
// Only the table objects: schema.ts re-exports this file, and the cycle is safe because every
// reference below is lazy (`() => tickets.id`).
import { tickets } from "./schema";

// Analytics, export and retention (issue #8).

/** Desk-wide analytics settings; one row, id "default". Absent: the defaults. */
export const analyticsSettings = pgTable("analytics_settings", {
  id: text("id").primaryKey(),
  retentionDays: integer("retention_days").notNull(),
  updatedBy: bigint("updated_by", { mode: "number" }),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/**
 * Tickets whose conversation was purged (retention or "delete my data"): the ticket row and its
 * timings stay as anonymous metrics; the mark makes the purge run once per ticket.
 */
export const ticketPurges = pgTable("ticket_purges", {
  ticketId: uuid("ticket_id")
    .primaryKey()
    .references(() => tickets.id, { onDelete: "cascade" }),
  reason: text("reason").$type<"retention" | "erasure">().notNull(),
  purgedAt: ts("purged_at").notNull().defaultNow(),
});

/** The weekly report as built by its job: last 7 days against the 7 before. */
export const weeklyReports = pgTable("weekly_reports", {
  id: uuid("id").primaryKey(),
  /** First and last day (UTC dates), inclusive. */
  periodFrom: date("period_from", { mode: "string" }).notNull().unique(),
  periodTo: date("period_to", { mode: "string" }).notNull(),
  figures: jsonb("figures").$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
});

/**
 * API requests per UTC day and outcome (`total`, `rejected`, `rate_limited`), counted in memory
 * and added here in batches: the cheap source of the spam/abuse share.
 */
export const apiRequestCounts = pgTable(
  "api_request_counts",
  {
    day: date("day", { mode: "string" }).notNull(),
    outcome: text("outcome").notNull(),
    count: bigint("count", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.outcome] })],
);

/**
 * Tickets created per quarter hour (UTC) by queue, topic, section and channel: the volume
 * figures and top contact reasons of long ranges add up these rows instead of reading every
 * ticket (ADR 017). Quarter hours, so
 * a local day or hour starts on a slot boundary in every time zone (Asia/Tehran +03:30,
 * Asia/Kathmandu +05:45 too). Kept by the `analytics.rollup` job, which rewrites the slots of
 * tickets created or changed since its last run; from `analytics_rollup_state.covered_until`
 * on, the figures read `tickets` itself.
 */
export const analyticsArrivals = pgTable(
  "analytics_arrivals",
  {
    slot: ts("slot").notNull(),
    queueId: text("queue_id").notNull(),
    topicId: text("topic_id").notNull(),
    /** "" for a ticket without a section: a key column cannot be null. */
    sectionId: text("section_id").notNull(),
    channel: text("channel").notNull(),
    arrivals: integer("arrivals").notNull(),
  },
  (t) => [primaryKey({ columns: [t.slot, t.queueId, t.topicId, t.sectionId, t.channel] })],
);

/**
 * SLA breaches per quarter hour (the event's time) by their ticket's queue and topic: the
 * "breaches by queue over time" chart of long ranges. Kept by the same job as the arrivals:
 * new breaches, and the slots of breaches whose ticket changed (an escalation moves them).
 */
export const analyticsBreaches = pgTable(
  "analytics_breaches",
  {
    slot: ts("slot").notNull(),
    queueId: text("queue_id").notNull(),
    topicId: text("topic_id").notNull(),
    breaches: integer("breaches").notNull(),
  },
  (t) => [primaryKey({ columns: [t.slot, t.queueId, t.topicId] })],
);

/** One row per rollup ("arrivals", for both tables): slots before `covered_until` are in it. */
export const analyticsRollupState = pgTable("analytics_rollup_state", {
  id: text("id").primaryKey(),
  coveredUntil: ts("covered_until").notNull(),
  /** When the last run started: the next one rewrites slots of tickets changed since then. */
  refreshedAt: ts("refreshed_at").notNull(),
});
