import { type Db, rowsOf, schema } from "@helpline/db";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";

const { outbox, users, unreachableChats } = schema;

export interface ClaimedRow {
  id: string;
  seq: number;
  chatId: number;
  userId: number | null;
  ticketId: string | null;
  kind: string;
  params: Record<string, unknown>;
  critical: boolean;
  /** Attempts including this one. */
  attempts: number;
}

export interface RecipientRow {
  id: number;
  language: string | null;
  languageCode: string | null;
  timeZone: string | null;
  notificationsEnabled: boolean;
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Only the outbox worker's queries live here; producers write through `notify()`. */
export function createOutboxRepo(db: Db) {
  return {
    /**
     * Claims up to `limit` due rows, each the oldest pending row of its chat (a chat's later row
     * never overtakes an earlier one; a critical row only waits behind critical rows, so quiet
     * hours cannot hold it back). The claim is a lease: `not_before` moves to `leaseUntil`, so
     * another process skips the rows now (`SKIP LOCKED`) and after this commit (not due), and
     * the chat's later rows stay blocked because the claimed row is still pending.
     */
    async claim(options: {
      now: number;
      limit: number;
      leaseUntil: number;
      skipChats: number[];
    }): Promise<ClaimedRow[]> {
      // The heads of the chats first: each chat's oldest pending row and its oldest critical
      // one, found by skipping from chat to chat through `outbox_pending_chat_seq_idx` (one index
      // probe per chat with anything pending). A burst leaves thousands of rows queued behind
      // heads that the global pace has put off; testing every pending row against the rows before
      // it read them all, 0.1–1 s a claim on this machine (#9, ADR 020).
      const skip =
        options.skipChats.length > 0
          ? sql`and c.chat_id not in (${sql.join(
              options.skipChats.map((chat) => sql`${chat}`),
              sql`, `,
            )})`
          : sql``;
      return db.transaction(async (tx) => {
        const heads = rowsOf<{ id: string }>(
          await tx.execute(sql`
            with recursive chats as (
              (select chat_id from ${outbox} where status = 'pending' order by chat_id limit 1)
              union all
              select (select o.chat_id from ${outbox} o
                       where o.status = 'pending' and o.chat_id > c.chat_id
                       order by o.chat_id limit 1)
                from chats c where c.chat_id is not null
            )
            select h.id from chats c cross join lateral (
              (select id, seq, not_before from ${outbox}
                where status = 'pending' and chat_id = c.chat_id order by seq limit 1)
              union
              (select id, seq, not_before from ${outbox}
                where status = 'pending' and critical and chat_id = c.chat_id order by seq limit 1)
            ) h
            where c.chat_id is not null and h.not_before <= ${iso(options.now)}::timestamptz ${skip}
            order by h.seq
            limit ${options.limit}`),
        );
        if (heads.length === 0) return [];
        // Locked and checked again: another worker may have leased one since.
        const rows = await tx
          .select({
            id: outbox.id,
            seq: outbox.seq,
            chatId: outbox.chatId,
            userId: outbox.userId,
            ticketId: outbox.ticketId,
            kind: outbox.kind,
            params: outbox.params,
            critical: outbox.critical,
            attempts: outbox.attempts,
          })
          .from(outbox)
          .where(
            and(
              inArray(
                outbox.id,
                heads.map((head) => head.id),
              ),
              eq(outbox.status, "pending"),
              lte(outbox.notBefore, iso(options.now)),
            ),
          )
          .orderBy(asc(outbox.seq))
          .for("update", { of: outbox, skipLocked: true });
        if (rows.length === 0) return [];
        await tx
          .update(outbox)
          .set({ notBefore: iso(options.leaseUntil), attempts: sql`${outbox.attempts} + 1` })
          .where(
            inArray(
              outbox.id,
              rows.map((row) => row.id),
            ),
          );
        return rows.map((row) => ({ ...row, attempts: row.attempts + 1 }));
      });
    },

    async recipients(ids: number[]): Promise<Map<number, RecipientRow>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select({
          id: users.id,
          language: users.language,
          languageCode: users.languageCode,
          timeZone: users.timeZone,
          notificationsEnabled: users.notificationsEnabled,
          quietHoursStart: users.quietHoursStart,
          quietHoursEnd: users.quietHoursEnd,
        })
        .from(users)
        .where(inArray(users.id, ids));
      return new Map(rows.map((row) => [row.id, row]));
    },

    async unreachable(chatIds: number[]): Promise<Set<number>> {
      if (chatIds.length === 0) return new Set();
      const rows = await db
        .select({ chatId: unreachableChats.chatId })
        .from(unreachableChats)
        .where(inArray(unreachableChats.chatId, chatIds));
      return new Set(rows.map((row) => row.chatId));
    },

    /** Guarded by `pending`, so a row another process settled is left as it is. */
    async settle(
      id: string,
      change: {
        status: "pending" | "sent" | "unreachable" | "dead" | "skipped";
        notBefore?: number;
        /** Give back the attempt the claim counted (quiet hours, 429, shutdown). */
        uncount?: boolean;
        lastError?: string | null;
        telegramMessageId?: number;
        sentAt?: number;
      },
    ) {
      await db
        .update(outbox)
        .set({
          status: change.status,
          ...(change.notBefore === undefined ? {} : { notBefore: iso(change.notBefore) }),
          ...(change.uncount ? { attempts: sql`greatest(${outbox.attempts} - 1, 0)` } : {}),
          ...(change.lastError === undefined ? {} : { lastError: change.lastError }),
          ...(change.telegramMessageId === undefined
            ? {}
            : { telegramMessageId: change.telegramMessageId }),
          ...(change.sentAt === undefined ? {} : { sentAt: iso(change.sentAt) }),
        })
        .where(and(eq(outbox.id, id), eq(outbox.status, "pending")));
    },

    /** A 403: the chat is gone for the bot. Its pending rows stop with it. */
    async markUnreachable(chatId: number, reason: string, at: number) {
      await db.transaction(async (tx) => {
        await tx
          .insert(unreachableChats)
          .values({ chatId, reason: reason.slice(0, 300), since: iso(at) })
          .onConflictDoUpdate({
            target: unreachableChats.chatId,
            set: { reason: reason.slice(0, 300), since: iso(at) },
          });
        await tx
          .update(outbox)
          .set({ status: "unreachable", lastError: reason.slice(0, 500) })
          .where(and(eq(outbox.chatId, chatId), eq(outbox.status, "pending")));
      });
    },
  };
}

/**
 * The person wrote to the bot again (or unblocked it): messages from now on are sent. For the
 * bot's `/start` handler; rows that were marked unreachable stay so (the thread has them).
 */
export async function markReachable(db: Db, chatId: number): Promise<void> {
  await db.delete(unreachableChats).where(eq(unreachableChats.chatId, chatId));
}

export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
