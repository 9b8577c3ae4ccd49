import { Composer } from "grammy";
import type { BotContext, ConversationOptions } from "../context";
import { helpDeskReply } from "../lib/help-desk-reply";

/**
 * Installed last with the help desk: unknown commands, stickers, voice… get a helpful answer,
 * and stray or stale buttons are acknowledged so Telegram stops its spinner.
 *
 * @example bot.use(conversationFallbackFeature({ desk, webAppUrl }));
 */
export function conversationFallbackFeature({
  webAppUrl,
}: ConversationOptions): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("message", async (ctx) => {
    await ctx.reply(...helpDeskReply(ctx.t.unknownInput, ctx.m, webAppUrl));
  });
  feature.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  return feature;
}
