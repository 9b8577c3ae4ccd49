import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ts } from "./columns";

// The agent console (issue #4): staff membership, invites, macros, banned words, audit log.

/**
 * A staff member's record beside their roles. Without a row, queues default from the roles
 * (ROLE_QUEUES) and the person is active; deactivation keeps the row so the audit log still
 * names them.
 */
export const staffMembers = pgTable("staff_members", {
  userId: bigint("user_id", { mode: "number" }).primaryKey(),
  /** True once an admin chose the queues: then `staff_queues` is the whole list, even empty. */
  queuesSet: boolean("queues_set").notNull().default(false),
  deactivatedAt: ts("deactivated_at"),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/**
 * Which queues a staff member works, when set explicitly by an admin (`queues_set`);
 * otherwise the default of their roles.
 */
export const staffQueues = pgTable(
  "staff_queues",
  {
    userId: bigint("user_id", { mode: "number" }).notNull(),
    queueId: text("queue_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.queueId] }),
    index("staff_queues_queue_idx").on(t.queueId),
  ],
);

/** Pending staff invites by Telegram id or @username; accepted when the person opens the app. */
export const staffInvites = pgTable(
  "staff_invites",
  {
    id: uuid("id").primaryKey(),
    telegramUserId: bigint("telegram_user_id", { mode: "number" }),
    /** Lower case, without the @. */
    username: text("username"),
    roles: text("roles").array().notNull(),
    /** null: the default queues of the roles. */
    queues: text("queues").array(),
    invitedBy: bigint("invited_by", { mode: "number" }).notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    acceptedAt: ts("accepted_at"),
    acceptedBy: bigint("accepted_by", { mode: "number" }),
    cancelledAt: ts("cancelled_at"),
  },
  (t) => [
    index("staff_invites_user_idx").on(t.telegramUserId).where(sql`${t.acceptedAt} is null`),
    index("staff_invites_username_idx").on(t.username).where(sql`${t.acceptedAt} is null`),
  ],
);

export const macros = pgTable(
  "macros",
  {
    id: uuid("id").primaryKey(),
    name: text("name").notNull(),
    shortcut: text("shortcut").notNull(),
    locale: text("locale").notNull(),
    body: text("body").notNull(),
    actions: jsonb("actions")
      .$type<{ setStatus?: string; addTags?: string[]; escalate?: string }>()
      .notNull()
      .default({}),
    createdBy: bigint("created_by", { mode: "number" }),
    updatedBy: bigint("updated_by", { mode: "number" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("macros_locale_shortcut_uq").on(t.locale, t.shortcut)],
);

export const bannedWords = pgTable(
  "banned_words",
  {
    id: uuid("id").primaryKey(),
    locale: text("locale").notNull(),
    phrase: text("phrase").notNull(),
    createdBy: bigint("created_by", { mode: "number" }),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("banned_words_locale_phrase_uq").on(t.locale, sql`lower(${t.phrase})`)],
);

/**
 * Every staff action, written in the same transaction as the change. Append-only: the API has
 * no route to change or delete an entry.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey(),
    actorId: bigint("actor_id", { mode: "number" }),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason"),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at.desc(), t.id.desc()),
    index("audit_log_target_idx").on(t.targetType, t.targetId, t.at.desc()),
    index("audit_log_actor_idx").on(t.actorId, t.at.desc()),
  ],
);
