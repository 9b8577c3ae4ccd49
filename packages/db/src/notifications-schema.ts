import { bigint, boolean, pgTable, text } from "drizzle-orm/pg-core";
import { ts } from "./columns";

/**
 * Chats the bot cannot reach (issue #6): Telegram answered 403 (the user blocked the bot, the
 * chat was deleted, the bot was removed from the group). The outbox worker stops sending there
 * at once instead of retrying; the row is removed when the person talks to the bot again.
 */
export const unreachableChats = pgTable("unreachable_chats", {
  chatId: bigint("chat_id", { mode: "number" }).primaryKey(),
  /** Telegram's description, e.g. "Forbidden: bot was blocked by the user". */
  reason: text("reason").notNull(),
  since: ts("since").notNull().defaultNow(),
});

/** A staff member's opt-ins for scheduled bot messages (daily digest, weekly report). */
export const staffNotificationPrefs = pgTable("staff_notification_prefs", {
  userId: bigint("user_id", { mode: "number" }).primaryKey(),
  dailyDigest: boolean("daily_digest").notNull().default(false),
  weeklyReport: boolean("weekly_report").notNull().default(false),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});
