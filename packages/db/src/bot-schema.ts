import { bigint, index, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { ts } from "./columns";

/**
 * The bot's conversation state per chat (issue #6): which step of "new request" a customer is
 * on, the draft so far, a message waiting for "add to #N or new?". In the database rather than
 * in memory, so a restart or a second API process continues the same conversation.
 */
export const botSessions = pgTable("bot_sessions", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<Record<string, unknown>>().notNull(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/**
 * Webhook updates already taken, by Telegram's `update_id`: Telegram redelivers an update
 * whose webhook call failed or timed out, and the second delivery must not act twice.
 */
export const telegramUpdates = pgTable(
  "telegram_updates",
  {
    updateId: bigint("update_id", { mode: "number" }).primaryKey(),
    receivedAt: ts("received_at").notNull().defaultNow(),
  },
  (t) => [index("telegram_updates_received_idx").on(t.receivedAt)],
);
