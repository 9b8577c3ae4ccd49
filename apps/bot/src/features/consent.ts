import { Composer, InlineKeyboard } from "grammy";
import type { BotContext, ConversationOptions } from "../context";
import { showTicketOfPayload, startDraft } from "../lib/flow";

export const consentKeyboard = (ctx: BotContext) =>
  new InlineKeyboard().text(ctx.t.consentButton, "consent:yes");

/**
 * Consent on first contact: until the user agrees to the privacy notice (version and time are
 * recorded), the bot keeps nothing they write and asks again. Button presses on notifications
 * (ratings) still work: they came through the Mini App, where consent is asked too.
 *
 * @example bot.use(consentFeature({ desk, webAppUrl }));
 */
export function consentFeature(options: ConversationOptions): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.callbackQuery("consent:yes", async (ctx) => {
    await options.desk.recordConsent(ctx.from.id);
    ctx.consented = true;
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t.consentThanks);
    const payload = ctx.session.startPayload;
    delete ctx.session.startPayload;
    if (await showTicketOfPayload(ctx, options, payload)) return;
    await startDraft(ctx, options);
  });
  // /start asks for consent itself, after its greeting; /help and /language keep nothing.
  feature.on("message", async (ctx, next) => {
    if (ctx.consented || ctx.hasCommand(["start", "help", "language"])) return next();
    await ctx.reply(ctx.t.consentAsk, { reply_markup: consentKeyboard(ctx) });
  });
  return feature;
}
