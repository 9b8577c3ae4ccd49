import type { BotSession } from "@helpline/bot";
import { type Db, schema } from "@helpline/db";
import { and, asc, eq, lt, sql } from "drizzle-orm";
import { markReachable } from "../notifications/outbox.repo";

const { botSessions, outbox, tickets, topics, telegramUpdates } = schema;

/** How long an update id is remembered; Telegram gives up redelivering well within a day. */
const UPDATE_MEMORY_MS = 48 * 60 * 60 * 1000;

export function createBotDeskRepo(db: Db) {
  return {
    /** The person wrote to the bot: their chat works again, so the outbox may send there. */
    markReachable: (chatId: number) => markReachable(db, chatId),

    async readSession(key: string): Promise<BotSession | undefined> {
      const [row] = await db
        .select({ value: botSessions.value })
        .from(botSessions)
        .where(eq(botSessions.key, key));
      return row?.value as BotSession | undefined;
    },

    async writeSession(key: string, value: BotSession): Promise<void> {
      const json = value as Record<string, unknown>;
      // A finished conversation leaves nothing behind: no row per chat that ever talked.
      if (Object.keys(json).length === 0) {
        await db.delete(botSessions).where(eq(botSessions.key, key));
        return;
      }
      await db
        .insert(botSessions)
        .values({ key, value: json })
        .onConflictDoUpdate({
          target: botSessions.key,
          set: { value: json, updatedAt: sql`now()` },
        });
    },

    async deleteSession(key: string): Promise<void> {
      await db.delete(botSessions).where(eq(botSessions.key, key));
    },

    /** The number of the customer's ticket that a delivered outbox message was about. */
    async ticketOfMessage(chatId: number, telegramMessageId: number): Promise<number | undefined> {
      const [row] = await db
        .select({ number: tickets.number })
        .from(outbox)
        .innerJoin(tickets, eq(tickets.id, outbox.ticketId))
        .where(
          and(
            eq(outbox.chatId, chatId),
            eq(outbox.telegramMessageId, telegramMessageId),
            eq(tickets.customerId, chatId),
          ),
        )
        .limit(1);
      return row?.number;
    },

    /** The topic an urgent message outside the questions goes to: one the security queue works. */
    async urgentTopic(): Promise<string | undefined> {
      const [row] = await db
        .select({ id: topics.id })
        .from(topics)
        .where(eq(topics.active, true))
        .orderBy(sql`(${topics.queueId} = 'security') desc`, asc(topics.position))
        .limit(1);
      return row?.id;
    },

    /**
     * Takes a webhook update: true the first time this `update_id` is seen, false on
     * Telegram's redelivery. Ids older than two days are forgotten now and then.
     */
    async claimUpdate(updateId: number, now: number): Promise<boolean> {
      const rows = await db
        .insert(telegramUpdates)
        .values({ updateId })
        .onConflictDoNothing()
        .returning({ updateId: telegramUpdates.updateId });
      if (rows.length > 0 && updateId % 500 === 0) {
        await db
          .delete(telegramUpdates)
          .where(lt(telegramUpdates.receivedAt, new Date(now - UPDATE_MEMORY_MS).toISOString()));
      }
      return rows.length > 0;
    },
  };
}

export type BotDeskRepo = ReturnType<typeof createBotDeskRepo>;
