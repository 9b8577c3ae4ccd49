import { resolveLocale } from "@helpline/contracts/locales";
import { Composer, type Context } from "grammy";
import { commandsFor } from "../bot-commands";
import { MESSAGES } from "../i18n/messages";
import { helpDeskReply } from "../lib/help-desk-reply";
import type { FeatureOptions } from "./feature-options";

/**
 * `/help`: what the bot is for, the way into the help desk, and the commands.
 *
 * @example bot.use(helpFeature({ webAppUrl: undefined }));
 */
export function helpFeature({ webAppUrl }: FeatureOptions): Composer<Context> {
  const feature = new Composer<Context>();
  feature.chatType("private").command("help", async (ctx) => {
    const locale = resolveLocale(ctx.from.language_code);
    const t = MESSAGES[locale];
    const commands = commandsFor(locale)
      .map(({ command, description }) => `/${command} — ${description}`)
      .join("\n");
    const [text, other] = helpDeskReply(t.about, t, webAppUrl);
    await ctx.reply(`${text}\n\n${t.commandsTitle}\n${commands}`, other);
  });
  return feature;
}
