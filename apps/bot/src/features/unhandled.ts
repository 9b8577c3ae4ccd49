import { Composer, type Context } from "grammy";
import { messagesFor } from "../i18n/messages";
import { helpDeskReply } from "../lib/help-desk-reply";
import type { FeatureOptions } from "./feature-options";

/**
 * Installed last: any other private message (text, unknown command, sticker, photo…) gets an
 * answer pointing to the "Need help" button, because silence reads as a broken bot. Stray
 * button presses are acknowledged so Telegram stops showing a spinner.
 *
 * @example bot.use(startFeature(options), helpFeature(options), unhandledFeature(options));
 */
export function unhandledFeature({ webAppUrl }: FeatureOptions): Composer<Context> {
  const feature = new Composer<Context>();
  feature.chatType("private").on("message", async (ctx) => {
    const t = messagesFor(ctx.from.language_code);
    await ctx.reply(...helpDeskReply(t.unhandled, t, webAppUrl));
  });
  feature.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  return feature;
}
