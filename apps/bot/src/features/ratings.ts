import { Composer } from "grammy";
import type { BotContext, ConversationOptions } from "../context";

/**
 * The buttons of the outbox's `csat.request` (`csat:<number>:<score>`) and `ticket.follow_up`
 * (`followup:<number>:yes|no`) messages: the rating is recorded like the Mini App's, "no"
 * reopens the ticket, and the message is edited to show the choice (its buttons go away).
 *
 * @example bot.use(ratingsFeature({ desk, webAppUrl }));
 */
export function ratingsFeature({ desk }: ConversationOptions): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const showChoice = async (ctx: BotContext, line: string) => {
    const original = ctx.callbackQuery?.message?.text;
    await ctx.editMessageText(original ? `${original}\n\n${line}` : line);
  };

  feature.callbackQuery(/^csat:(\d{1,12}):([1-5])$/, async (ctx) => {
    const number = Number(ctx.match[1]);
    const score = Number(ctx.match[2]);
    const result = await desk.rate(ctx.from.id, number, score);
    if (!result.ok) {
      await ctx.answerCallbackQuery({ text: ctx.t.cannotRate, show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery({ text: ctx.t.ratingThanks });
    await showChoice(ctx, ctx.t.ratingShown(score));
  });

  feature.callbackQuery(/^followup:(\d{1,12}):(yes|no)$/, async (ctx) => {
    const number = Number(ctx.match[1]);
    if (ctx.match[2] === "yes") {
      await ctx.answerCallbackQuery();
      await showChoice(ctx, ctx.t.followupYes);
      return;
    }
    const result = await desk.reopen(ctx.from.id, number);
    if (!result.ok) {
      await ctx.answerCallbackQuery({ text: ctx.t.cannotReopen, show_alert: true });
      return;
    }
    await ctx.answerCallbackQuery();
    await showChoice(ctx, ctx.t.followupNo(number));
  });
  return feature;
}
