import { LOCALES, type Locale } from "@helpline/contracts/locales";
import { Composer, InlineKeyboard } from "grammy";
import { commandsFor } from "../bot-commands";
import { type BotContext, type ConversationOptions, useLocale } from "../context";
import { LANGUAGE_NAMES } from "../i18n/conversation";
import { helpDeskReply } from "../lib/help-desk-reply";
import { webAppLink, webAppPath } from "../lib/web-app-link";

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/**
 * `/status` (open tickets, each with its button), `/help`, `/language` (buttons; saved as the
 * user's language setting, which the web app and notifications follow too) and `/desk`, which
 * opens the console for staff only.
 *
 * @example bot.use(accountFeature({ desk, webAppUrl }));
 */
export function accountFeature(options: ConversationOptions): Composer<BotContext> {
  const { desk, webAppUrl } = options;
  const feature = new Composer<BotContext>();

  feature.command("status", async (ctx) => {
    if (!ctx.from) return;
    const open = await desk.openTickets(ctx.from.id);
    if (open.length === 0) {
      await ctx.reply(ctx.t.noOpenTickets);
      return;
    }
    const lines = open.map(
      (ticket) =>
        `#${ticket.number} · ${ticket.subject} — ${ctx.t.status[ticket.status] ?? ticket.status}`,
    );
    const keyboard = new InlineKeyboard();
    if (webAppUrl) {
      for (const ticket of open.slice(0, 10)) {
        keyboard
          .webApp(
            `${ctx.t.openTicket} #${ticket.number}`,
            webAppLink(webAppUrl, `ticket_${ticket.number}`),
          )
          .row();
      }
    }
    await ctx.reply(`${ctx.t.openTicketsTitle}\n${lines.join("\n")}`, {
      ...(webAppUrl ? { reply_markup: keyboard } : {}),
    });
  });

  feature.command("help", async (ctx) => {
    const commands = commandsFor(ctx.locale)
      .map(({ command, description }) => `/${command} — ${description}`)
      .join("\n");
    const [text, other] = helpDeskReply(ctx.m.about, ctx.m, webAppUrl);
    await ctx.reply(`${text}\n\n${ctx.m.commandsTitle}\n${commands}`, other);
  });

  feature.command("language", async (ctx) => {
    const keyboard = new InlineKeyboard();
    for (const locale of LOCALES) keyboard.text(LANGUAGE_NAMES[locale], `lang:${locale}`);
    await ctx.reply(ctx.t.chooseLanguage, { reply_markup: keyboard });
  });
  feature.callbackQuery(/^lang:([a-z]{2})$/, async (ctx) => {
    const locale = ctx.match[1] ?? "";
    if (!isLocale(locale)) return ctx.answerCallbackQuery();
    await desk.setLanguage(ctx.from.id, locale);
    useLocale(ctx, locale);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t.languageSaved);
  });

  feature.command("desk", async (ctx) => {
    if (!ctx.from || !(await desk.isStaff(ctx.from.id))) {
      await ctx.reply(ctx.t.deskDenied);
      return;
    }
    if (!webAppUrl) {
      await ctx.reply(ctx.m.appNotConfigured);
      return;
    }
    await ctx.reply(ctx.t.deskIntro, {
      reply_markup: new InlineKeyboard().webApp(ctx.t.deskButton, webAppPath(webAppUrl, "/admin")),
    });
  });
  return feature;
}
