import { LOCALES, type LocalizedText } from "@helpline/contracts/locales";
import { MESSAGE_AUTHORS, PRIORITIES, TICKET_STATUSES } from "@helpline/contracts/tickets";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";

// Timestamps come back as strings: building a Date per column per row costs more than the
// JSON we send, and every consumer wants ISO text anyway (see `toIso` in ./time.ts).

/** PostgreSQL full-text document; read and written as text. */
export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const ticketStatus = pgEnum("ticket_status", TICKET_STATUSES);
export const ticketPriority = pgEnum("ticket_priority", PRIORITIES);
export const messageAuthor = pgEnum("message_author", MESSAGE_AUTHORS);
export const ticketChannel = pgEnum("ticket_channel", ["webapp", "bot", "api"]);
export const articleStatus = pgEnum("article_status", ["draft", "published", "staff_only"]);

/** A Telegram user, keyed by their Telegram id; refreshed from initData when it changes. */
export const users = pgTable(
  "users",
  {
    id: bigint("id", { mode: "number" }).primaryKey(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name"),
    username: text("username"),
    languageCode: text("language_code"),
    isPremium: boolean("is_premium").notNull().default(false),
    photoUrl: text("photo_url"),
    /** The language chosen in settings; null means "follow Telegram's language_code". */
    language: text("language"),
    timeZone: text("time_zone"),
    /** Staff-set labels on the customer (`vip`, `wholesale`); `vip` puts their tickets first. */
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    notificationsEnabled: boolean("notifications_enabled").notNull().default(true),
    /** Local "HH:MM" in `timeZone`; non-critical messages wait until the end. Null: no quiet hours. */
    quietHoursStart: text("quiet_hours_start"),
    quietHoursEnd: text("quiet_hours_end"),
    /** The privacy notice version the user agreed to, and when. */
    consentVersion: text("consent_version"),
    consentAt: ts("consent_at"),
    /** Set when the user erased their data: names and message bodies are gone, counts remain. */
    erasedAt: ts("erased_at"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    // Analytics (issue #8) filters tickets by their customer's language; the index gives the
    // planner real statistics for the expression (without them it guesses 0.5 % of customers).
    index("users_language_idx").on(
      sql`left(coalesce(${t.language}, ${t.languageCode}, 'en'), 2)`,
      t.id,
    ),
  ],
);

/**
 * Staff roles by Telegram user id. No foreign key to users on purpose: ADMIN_TELEGRAM_IDS and
 * invites grant roles to people who have not opened the app yet.
 */
export const staffRoles = pgTable(
  "staff_roles",
  {
    userId: bigint("user_id", { mode: "number" }).notNull(),
    role: text("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const queues = pgTable("queues", {
  id: text("id").primaryKey(),
  name: jsonb("name").$type<LocalizedText>().notNull(),
  firstResponseMinutes: integer("first_response_minutes").notNull(),
  resolutionMinutes: integer("resolution_minutes").notNull(),
  position: integer("position").notNull().default(0),
});

export const topics = pgTable("topics", {
  id: text("id").primaryKey(),
  name: jsonb("name").$type<LocalizedText>().notNull(),
  description: jsonb("description").$type<LocalizedText>().notNull(),
  queueId: text("queue_id")
    .notNull()
    .references(() => queues.id),
  priority: ticketPriority("priority").notNull().default("normal"),
  position: integer("position").notNull().default(0),
  active: boolean("active").notNull().default(true),
});

export const sections = pgTable(
  "sections",
  {
    id: text("id").primaryKey(),
    topicId: text("topic_id")
      .notNull()
      .references(() => topics.id),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("sections_topic_idx").on(t.topicId)],
);

export const tickets = pgTable(
  "tickets",
  {
    id: uuid("id").primaryKey(),
    number: integer("number").notNull().unique().generatedAlwaysAsIdentity({ startWith: 10001 }),
    customerId: bigint("customer_id", { mode: "number" })
      .notNull()
      .references(() => users.id),
    topicId: text("topic_id")
      .notNull()
      .references(() => topics.id),
    sectionId: text("section_id").references(() => sections.id),
    subject: text("subject").notNull(),
    status: ticketStatus("status").notNull().default("new"),
    queueId: text("queue_id")
      .notNull()
      .references(() => queues.id),
    priority: ticketPriority("priority").notNull().default("normal"),
    channel: ticketChannel("channel").notNull().default("webapp"),
    /** Client-chosen key that makes a retried create return the first ticket. */
    idempotencyKey: text("idempotency_key"),
    /** Hash of the create payload, so a reused key with another payload is a conflict. */
    requestHash: text("request_hash"),
    eta: ts("eta").notNull(),
    firstRespondedAt: ts("first_responded_at"),
    resolvedAt: ts("resolved_at"),
    /** When an agent last wrote to the customer; newer than `customerReadAt` means unread. */
    lastAgentMessageAt: ts("last_agent_message_at"),
    customerReadAt: ts("customer_read_at"),
    resolutionSummary: text("resolution_summary"),
    nextSteps: jsonb("next_steps").$type<string[]>(),
    csatScore: integer("csat_score"),
    csatComment: text("csat_comment"),
    ratedAt: ts("rated_at"),
    reopenCount: integer("reopen_count").notNull().default(0),
    /** The staff member working it; null is "unassigned". */
    assigneeId: bigint("assignee_id", { mode: "number" }),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    escalationReason: text("escalation_reason"),
    /** A closed duplicate points to the ticket it was merged into. */
    mergedIntoId: uuid("merged_into_id"),
    /** In the VIP queue or from a VIP customer: set on creation and on escalation to VIP. */
    vip: boolean("vip").notNull().default(false),
    /**
     * The console's working order as one sortable number: critical 0, VIP 1, then high 2,
     * normal 3, low 4. Stored so the queue views read their first page straight off an index.
     */
    rank: integer("rank")
      .notNull()
      .generatedAlwaysAs(
        sql`case when priority = 'critical' then 0 when vip then 1 when priority = 'high' then 2 when priority = 'normal' then 3 else 4 end`,
      ),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    lastActivityAt: ts("last_activity_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tickets_customer_idempotency_uq")
      .on(t.customerId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index("tickets_customer_created_idx").on(t.customerId, t.createdAt.desc(), t.id.desc()),
    index("tickets_queue_status_idx").on(t.queueId, t.status),
    // Analytics (issue #8): every dashboard figure starts from "tickets created in the range";
    // with the columns the figures read in the key, a month of tickets is an index-only scan
    // of a narrow index instead of thousands of wide heap pages.
    index("tickets_analytics_idx").on(
      t.createdAt,
      t.queueId,
      t.topicId,
      t.sectionId,
      t.channel,
      t.assigneeId,
      t.customerId,
      t.status,
      t.firstRespondedAt,
      t.lastAgentMessageAt,
      t.resolvedAt,
      t.csatScore,
      t.reopenCount,
      t.updatedAt,
      t.id,
    ),
    // When a ticket stopped being open (resolved, or closed without a resolution): the backlog.
    // Not partial: ANALYZE keeps statistics for the expression only on a full index. The
    // expression's own columns and the filters' follow, so a quarter's departures are an
    // index-only scan (ADR 017: 360 → 155 ms on 250,000 tickets); drizzle has no INCLUDE.
    index("tickets_done_at_idx").on(
      sql`coalesce(${t.resolvedAt}, case when ${t.status} = 'closed' then ${t.updatedAt} end)`,
      t.createdAt,
      t.resolvedAt,
      t.status,
      t.updatedAt,
      t.queueId,
      t.topicId,
      t.assigneeId,
      t.customerId,
    ),
    // The analytics rollup's refresh (ADR 017): tickets created or changed since its last run.
    index("tickets_updated_at_idx").on(t.updatedAt),
    // The agents' queue view: open tickets of some queues in working order, read 100 at a time
    // straight off this index instead of sorting every open ticket.
    index("tickets_open_queue_order_idx")
      .on(t.priority, t.createdAt, t.id)
      .where(sql`${t.status} in ('new', 'open', 'reopened', 'waiting_customer')`),
    // The console's views (issue #4): per queue and per assignee, in working order
    // (rank, waiting time, topic), open tickets only.
    index("tickets_open_rank_idx")
      .on(t.queueId, t.rank, t.createdAt, t.topicId, t.id)
      .where(sql`${t.status} in ('new', 'open', 'reopened', 'waiting_customer')`),
    index("tickets_open_order_idx")
      .on(t.rank, t.createdAt, t.topicId, t.id)
      .where(sql`${t.status} in ('new', 'open', 'reopened', 'waiting_customer')`),
    // "Due soon or breached": unanswered open tickets by queue and promised time.
    index("tickets_open_unanswered_eta_idx")
      .on(t.queueId, t.eta)
      .where(
        sql`${t.status} in ('new', 'open', 'reopened', 'waiting_customer') and ${t.firstRespondedAt} is null`,
      ),
    // The ETA's recent first-response time per queue (issue #5): a range of the last hour.
    index("tickets_queue_first_responded_idx")
      .on(t.queueId, t.firstRespondedAt)
      .where(sql`${t.firstRespondedAt} is not null`),
    index("tickets_open_assignee_idx")
      .on(t.assigneeId, t.rank, t.createdAt, t.topicId, t.id)
      .where(sql`${t.status} in ('new', 'open', 'reopened', 'waiting_customer')`),
  ],
);

/**
 * "The ticket is open", written exactly as the `tickets_open_*` partial indexes' predicate: a
 * query that says it this way (not with bound parameters) lets the planner use those indexes.
 */
export const ticketIsOpen = sql`${tickets.status} in ('new', 'open', 'reopened', 'waiting_customer')`;

export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    author: messageAuthor("author").notNull(),
    authorId: bigint("author_id", { mode: "number" }),
    body: text("body").notNull(),
    /** Chosen by the sender's device so a retried send stores one message. */
    clientId: text("client_id"),
    /** Staff-only notes; never sent to the customer. */
    internal: boolean("internal").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("messages_ticket_created_idx").on(t.ticketId, t.createdAt),
    // The ETA's recent handling rate (issue #5): agents' public replies of the last hour, a small
    // range of this index instead of a scan of every message on each new ticket (issue #9).
    index("messages_agent_replies_created_idx")
      .on(t.createdAt, t.ticketId, t.authorId)
      .where(sql`${t.author} = 'agent' and ${t.internal} = false`),
    // Analytics (issue #8): "answered by the bot" (self-service) from the index alone.
    index("messages_bot_replies_idx").on(t.ticketId).where(sql`${t.author} = 'bot'`),
    uniqueIndex("messages_ticket_client_uq")
      .on(t.ticketId, t.clientId)
      .where(sql`${t.clientId} is not null`),
  ],
);

export const kbArticles = pgTable(
  "kb_articles",
  {
    id: uuid("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    category: text("category").notNull(),
    topicId: text("topic_id").references(() => topics.id),
    status: articleStatus("status").notNull().default("draft"),
    popular: boolean("popular").notNull().default(false),
    tags: jsonb("tags").$type<string[]>().notNull().default([]),
    /** Slugs of related articles; a slug that no longer exists is skipped when read. */
    related: jsonb("related").$type<string[]>().notNull().default([]),
    /** Who created it (a staff member's Telegram id); null for seeded and imported articles. */
    authorId: bigint("author_id", { mode: "number" }),
    /** The resolved ticket this article was drafted from, if any. */
    sourceTicketId: uuid("source_ticket_id").references(() => tickets.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [index("kb_articles_status_category_idx").on(t.status, t.category)],
);

export const kbTranslations = pgTable(
  "kb_translations",
  {
    articleId: uuid("article_id")
      .notNull()
      .references(() => kbArticles.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    body: text("body").notNull(),
    /**
     * Title (weight A), summary and tags (B), body (C), normalised by `kbSearchText` and parsed
     * with the locale's text search configuration. Written by the code that writes the row.
     */
    searchVector: tsvector("search_vector").notNull().default(sql`''::tsvector`),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.locale] }),
    // One GIN index per language, so `locale = 'ru' and search_vector @@ q_ru` reads only
    // Russian postings.
    ...LOCALES.map((locale) =>
      index(`kb_translations_search_${locale}_idx`)
        .using("gin", t.searchVector)
        // Articles change rarely and PGlite has no autovacuum to merge a pending list, which
        // every search would otherwise scan: write straight into the index.
        .with({ fastupdate: false })
        .where(sql.raw(`locale = '${locale}'`)),
    ),
  ],
);

export const eventActor = pgEnum("event_actor", ["customer", "agent", "system"]);

/** Every status change of a ticket, for the customer's timeline and for SLA analytics. */
export const ticketEvents = pgTable(
  "ticket_events",
  {
    id: uuid("id").primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    fromStatus: ticketStatus("from_status"),
    toStatus: ticketStatus("to_status").notNull(),
    actor: eventActor("actor").notNull(),
    actorId: bigint("actor_id", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [index("ticket_events_ticket_idx").on(t.ticketId, t.createdAt)],
);

/** Net Promoter Score answers; asked at most once every 90 days per person. */
export const npsResponses = pgTable(
  "nps_responses",
  {
    id: uuid("id").primaryKey(),
    userId: bigint("user_id", { mode: "number" })
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ticketId: uuid("ticket_id").references(() => tickets.id, { onDelete: "set null" }),
    score: integer("score").notNull(),
    comment: text("comment"),
    createdAt: createdAt(),
  },
  (t) => [index("nps_user_created_idx").on(t.userId, t.createdAt)],
);

/** Raw bytes. PGlite hands back a Uint8Array and postgres a Buffer; both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/**
 * Screenshots and photos customers attach. Kept in the database for the embedded default;
 * everything goes through the API's AttachmentStore, so an object store can take over.
 */
export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id").primaryKey(),
    ticketId: uuid("ticket_id")
      .notNull()
      .references(() => tickets.id, { onDelete: "cascade" }),
    messageId: uuid("message_id").references(() => messages.id, { onDelete: "cascade" }),
    uploaderId: bigint("uploader_id", { mode: "number" }).notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    /** The bytes, when stored here; null for a file that stays on Telegram's servers. */
    data: bytea("data"),
    /** A photo or document sent to the bot: fetched through the Bot API when someone opens it. */
    telegramFileId: text("telegram_file_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("attachments_ticket_idx").on(t.ticketId),
    check("attachments_has_content", sql`${t.data} is not null or ${t.telegramFileId} is not null`),
  ],
);

export * from "./analytics-schema";
export * from "./bot-schema";
export * from "./console-schema";
export * from "./jobs-schema";
export * from "./kb-schema";
export * from "./notifications-schema";
export * from "./outbox-schema";
export * from "./sla-schema";
