import { timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { unauthorized } from "../../lib/errors";
import type { Logger } from "../../lib/logger";

export interface WebhookDeps {
  secretToken: string;
  /** False until the bot has introduced itself to Telegram (getMe). */
  ready(): boolean;
  handleUpdate(update: unknown): Promise<void>;
  /** False when this `update_id` was already taken (Telegram redelivers); kept in the database. */
  claimUpdate(updateId: number): Promise<boolean>;
  logger: Logger;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Telegram's webhook. Telegram proves it is Telegram with the secret token we gave it in
 * setWebhook; anything else is refused before the body is read.
 */
export function webhookRouter(deps: WebhookDeps) {
  return new Hono().post("/telegram/webhook", async (c) => {
    if (!sameSecret(c.req.header("x-telegram-bot-api-secret-token"), deps.secretToken)) {
      throw unauthorized("bad_signature", "Unknown webhook caller");
    }
    // 503 makes Telegram redeliver later, once the bot has started.
    if (!deps.ready()) return c.json({ ok: false }, 503);
    const update = await c.req.json().catch(() => null);
    if (!update || typeof update !== "object") return c.json({ ok: false }, 400);
    const updateId = (update as { update_id?: unknown }).update_id;
    if (typeof updateId !== "number" || !Number.isSafeInteger(updateId)) {
      return c.json({ ok: false }, 400);
    }
    // A redelivery is answered 200 like the first delivery, or Telegram keeps trying.
    if (!(await deps.claimUpdate(updateId))) return c.json({ ok: true });
    // Answer at once and work after the response: Telegram redelivers an update whose webhook
    // call is slow, and a slow Bot API call (retries on 429) must not turn into a duplicate.
    deps.handleUpdate(update).catch((error: unknown) => {
      deps.logger.error("Telegram update failed", { error });
    });
    return c.json({ ok: true });
  });
}
