import { randomUUID } from "node:crypto";
import { schema } from "@helpline/db";
import type { DbOrTx } from "../jobs/jobs";

const { outbox } = schema;

/**
 * One message for one Telegram chat, written in the caller's transaction (the outbox pattern):
 * it is sent if and only if the change that caused it commits.
 */
export interface Notification {
  /** Telegram chat id; for a person's private chat, their user id. */
  chatId: number;
  /** The recipient, when a person: language, quiet hours and reachability come from them. */
  userId?: number;
  ticketId?: string;
  /** A template of the notification catalogue, e.g. `ticket.reply` or `staff.breach`. */
  kind: string;
  /** Values the template fills in (ticket number, ETA as ISO text, score…); JSON only. */
  params?: Record<string, unknown>;
  /** Sent at once, even in the recipient's quiet hours. */
  critical?: boolean;
  /** Unique per effect: notifying twice with the same key sends one message. */
  idempotencyKey: string;
  /** Not before this time (ms since epoch); now when omitted. */
  notBefore?: number;
}

const outboxRow = (n: Notification) => ({
  id: randomUUID(),
  idempotencyKey: n.idempotencyKey,
  chatId: n.chatId,
  userId: n.userId ?? null,
  ticketId: n.ticketId ?? null,
  kind: n.kind,
  params: n.params ?? {},
  critical: n.critical ?? false,
  ...(n.notBefore === undefined ? {} : { notBefore: new Date(n.notBefore).toISOString() }),
});

/** @returns whether it was new (false: this idempotency key was already notified) */
export async function notify(db: DbOrTx, n: Notification): Promise<boolean> {
  const rows = await db
    .insert(outbox)
    .values(outboxRow(n))
    .onConflictDoNothing({ target: outbox.idempotencyKey })
    .returning({ id: outbox.id });
  return rows.length > 0;
}

/**
 * Several notifications in one statement (one message to each of a queue's staff); a key that
 * was already notified is skipped, the others are written.
 */
export async function notifyAll(db: DbOrTx, batch: readonly Notification[]): Promise<void> {
  if (batch.length === 0) return;
  await db
    .insert(outbox)
    .values(batch.map(outboxRow))
    .onConflictDoNothing({ target: outbox.idempotencyKey });
}
