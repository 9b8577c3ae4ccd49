import { Composer, InlineKeyboard } from "grammy";
import type { BotContext, ConversationOptions } from "../context";
import { showTicketOfPayload, startDraft } from "../lib/flow";
import { startPayload, webAppLink } from "../lib/web-app-link";
import { consentKeyboard } from "./consent";

/**
 * `/start` with the help desk behind it: the greeting, consent on first contact, then the
 * topics of a new request next to the "Need help" button. `/start ticket_<number>` (a deep
 * link) shows that ticket's status with its button, when it is the user's.
 *
 * @example bot.use(conversationStartFeature({ desk, webAppUrl }));
 */
export function conversationStartFeature(options: ConversationOptions): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command("start", async (ctx) => {
    const greeting = ctx.m.greeting(ctx.from?.first_name ?? "");
    const payload = startPayload(ctx.match);
    if (!ctx.consented) {
      const keyboard = consentKeyboard(ctx);
      if (options.webAppUrl) {
        keyboard.row().webApp(ctx.m.needHelpButton, webAppLink(options.webAppUrl, payload));
      }
      await ctx.reply(`${greeting}\n\n${ctx.t.consentAsk}`, { reply_markup: keyboard });
      // Followed once the user agrees.
      if (payload) ctx.session.startPayload = payload;
      return;
    }
    if (await showTicketOfPayload(ctx, options, payload)) return;
    if (payload && options.webAppUrl) {
      // Other deep links (`new_payment`…) belong to the web app.
      await ctx.reply(greeting, {
        reply_markup: new InlineKeyboard().webApp(
          ctx.m.needHelpButton,
          webAppLink(options.webAppUrl, payload),
        ),
      });
    }
    await startDraft(ctx, options, {}, payload && options.webAppUrl ? undefined : greeting);
  });
  return feature;
}
