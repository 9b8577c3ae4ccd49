import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ts } from "./columns";
// Only the table objects: schema.ts re-exports this file, and the cycle is safe because every
// reference below is lazy (`() => tickets.id`).
import { queues, tickets } from "./schema";

/**
 * Routing rules, evaluated by `position`; the first match chooses the queue (and optionally the
 * priority). A null condition matches anything; `keywords` match if any one occurs.
 */
export const routingRules = pgTable("routing_rules", {
  id: uuid("id").primaryKey(),
  position: integer("position").notNull(),
  name: text("name").notNull(),
  topicId: text("topic_id"),
  sectionId: text("section_id"),
  language: text("language"),
  customerTag: text("customer_tag"),
  keywords: text("keywords").array(),
  queueId: text("queue_id")
    .notNull()
    .references(() => queues.id),
  priority: text("priority"),
  active: boolean("active").notNull().default(true),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/** Phrases that send a ticket straight to security with priority critical. */
export const stopPhrases = pgTable(
  "stop_phrases",
  {
    id: uuid("id").primaryKey(),
    language: text("language").notNull(),
    phrase: text("phrase").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("stop_phrases_language_phrase_uq").on(t.language, t.phrase)],
);

/**
 * A ticket's SLA bookkeeping: the first-response due time, the ETA promised to the customer
 * (predicted vs actual first response is read against `tickets.first_responded_at`), and when the
 * timers fired.
 */
export const ticketSla = pgTable(
  "ticket_sla",
  {
    ticketId: uuid("ticket_id")
      .primaryKey()
      .references(() => tickets.id, { onDelete: "cascade" }),
    queueId: text("queue_id").notNull(),
    firstResponseDueAt: ts("first_response_due_at").notNull(),
    predictedFirstResponseAt: ts("predicted_first_response_at").notNull(),
    /** The queue was already breaching when the ETA was made: the ETA is past the target. */
    queueBreaching: boolean("queue_breaching").notNull().default(false),
    aheadCount: integer("ahead_count").notNull().default(0),
    activeAgents: integer("active_agents").notNull().default(0),
    dueSoonAt: ts("due_soon_at"),
    breachedAt: ts("breached_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
    /** The status at the last re-plan and since when: the anchor of the automation triggers. */
    status: text("status"),
    statusSince: ts("status_since"),
    /** A customer message after the first response that no agent has answered yet. */
    nextResponseSince: ts("next_response_since"),
    nextResponseDueAt: ts("next_response_due_at"),
    /** Business minutes the resolution clock used before `resolutionSince` (paused time excluded). */
    resolutionUsedMinutes: doublePrecision("resolution_used_minutes").notNull().default(0),
    /** The resolution clock runs since then; null while paused or stopped. */
    resolutionSince: ts("resolution_since"),
    resolutionDueAt: ts("resolution_due_at"),
    /**
     * The round of the resolution target: 0 in the ticket's first queue, the moment (ms) it moved
     * to another queue's target after that. Its breach is marked once per round (`sla_events.cycle`).
     */
    resolutionCycle: bigint("resolution_cycle", { mode: "number" }).notNull().default(0),
    /** The earliest due time of the clocks that are running: what "due soon" views sort by. */
    nextDueAt: ts("next_due_at"),
  },
  (t) => [
    index("ticket_sla_breached_idx").on(t.breachedAt).where(sql`${t.breachedAt} is not null`),
    index("ticket_sla_next_due_idx").on(t.nextDueAt).where(sql`${t.nextDueAt} is not null`),
  ],
);

/** SLA timeline of a ticket: due-soon warnings and breaches, for staff and later escalation. */
export const slaEvents = pgTable(
  "sla_events",
  {
    id: uuid("id").primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    target: text("target").notNull(),
    dueAt: ts("due_at").notNull(),
    /**
     * Which round of a target: 0 for the first response (one per ticket), the customer message's
     * time (ms) for a next response, which can be due many times, and `ticket_sla.resolution_cycle`
     * for the resolution (a round per queue the ticket's clock ran under).
     */
    cycle: bigint("cycle", { mode: "number" }).notNull().default(0),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("sla_events_ticket_idx").on(t.ticketId, t.createdAt),
    // Analytics (issue #8): breaches per day.
    index("sla_events_kind_created_idx").on(t.kind, t.createdAt, t.ticketId),
    uniqueIndex("sla_events_ticket_kind_target_cycle_uq").on(t.ticketId, t.kind, t.target, t.cycle),
  ],
);

/** Weekly wall-clock intervals in a time zone, plus holidays; null in the table means 24/7. */
export interface SlaCalendarJson {
  timeZone: string;
  /** Index 0 is Sunday; each day a list of `[startMinute, endMinute]`. */
  week: [number, number][][];
  holidays: string[];
}

/**
 * A queue's SLA policy and automation delays, edited by admins and supervisors. A queue without a
 * row uses the built-in defaults (apps/api/src/features/sla/policies.ts).
 */
export const slaPolicies = pgTable("sla_policies", {
  queueId: text("queue_id")
    .primaryKey()
    .references(() => queues.id),
  firstResponseMinutes: integer("first_response_minutes").notNull(),
  nextResponseMinutes: integer("next_response_minutes").notNull(),
  resolutionMinutes: integer("resolution_minutes").notNull(),
  dueSoonRatio: real("due_soon_ratio").notNull().default(0.8),
  pauseStatuses: text("pause_statuses").array().notNull(),
  calendar: jsonb("calendar").$type<SlaCalendarJson | null>(),
  clarifyReminderMinutes: integer("clarify_reminder_minutes").notNull(),
  clarifyAutoCloseMinutes: integer("clarify_auto_close_minutes").notNull(),
  noReplyMinutes: integer("no_reply_minutes").notNull(),
  csatDelayMinutes: integer("csat_delay_minutes").notNull(),
  followUpMinutes: integer("follow_up_minutes").notNull(),
  autoCloseResolvedMinutes: integer("auto_close_resolved_minutes").notNull(),
  updatedBy: bigint("updated_by", { mode: "number" }),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});
