import { createHmac } from "node:crypto";

// Changing the label changes every deployment's secret: Telegram keeps sending the old one
// until `setWebhook` runs again, so keep it stable.
const LABEL = "helpline/telegram-webhook-secret/v1";

/**
 * The webhook `secret_token` for a bot, derived from its token so that the bot (which sets the
 * webhook) and the API (which checks `X-Telegram-Bot-Api-Secret-Token`) agree without another
 * setting. Hex, 64 characters: within Telegram's `[A-Za-z0-9_-]{1,256}`.
 *
 * @example
 * const secret = webhookSecret(env.BOT_TOKEN);
 * if (c.req.header("X-Telegram-Bot-Api-Secret-Token") !== secret) return c.body(null, 401);
 */
export function webhookSecret(token: string): string {
  return createHmac("sha256", token).update(LABEL).digest("hex").slice(0, 64);
}
