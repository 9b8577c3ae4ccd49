import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";
// Only the table objects; every reference below is lazy, so the cycle with schema.ts is safe.
import { tickets } from "./schema";

/** `skipped`: the recipient turned bot notifications off (the in-app thread still has it). */
export const OUTBOX_STATUSES = ["pending", "sent", "unreachable", "dead", "skipped"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Transactional outbox (issue #6): every message the desk sends through Telegram is written here
 * in the same transaction as the change that causes it, then delivered by the outbox worker.
 * A row stores what to say (`kind` + `params`), not the rendered text: the worker renders it in
 * the recipient's language when it sends, and holds non-critical rows during quiet hours.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey(),
    /** FIFO order per chat. */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity().notNull(),
    /** Unique: a second notify with the same key is a no-op (exactly-once effects). */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    /** Telegram chat to send to (a user's private chat id equals their user id). */
    chatId: bigint("chat_id", { mode: "number" }).notNull(),
    /** The person behind the chat, for language, quiet hours and "unreachable". */
    userId: bigint("user_id", { mode: "number" }),
    ticketId: uuid("ticket_id").references(() => tickets.id, { onDelete: "set null" }),
    /** Message template, e.g. `ticket.reply`, `ticket.status`, `csat.request`, `staff.breach`. */
    kind: text("kind").notNull(),
    params: jsonb("params").$type<Record<string, unknown>>().notNull(),
    /** Critical messages ignore quiet hours. */
    critical: boolean("critical").notNull().default(false),
    status: text("status").$type<OutboxStatus>().notNull().default("pending"),
    /** Not before this time: quiet hours, a retry's backoff or a chat's pacing. */
    notBefore: ts("not_before").notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    telegramMessageId: bigint("telegram_message_id", { mode: "number" }),
    sentAt: ts("sent_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("outbox_due_idx").on(t.notBefore).where(sql`${t.status} = 'pending'`),
    index("outbox_chat_seq_idx").on(t.chatId, t.seq),
    // The worker's "oldest pending row of the chat" test, cheap however long a chat's history.
    index("outbox_pending_chat_seq_idx").on(t.chatId, t.seq).where(sql`${t.status} = 'pending'`),
    // A chat's oldest pending critical row (it may overtake the chat's other rows) in one probe.
    index("outbox_pending_critical_chat_seq_idx")
      .on(t.chatId, t.seq)
      .where(sql`${t.status} = 'pending' and ${t.critical}`),
  ],
);
