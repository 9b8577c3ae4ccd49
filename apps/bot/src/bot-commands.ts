import type { Locale } from "@helpline/contracts/locales";
import { MESSAGES } from "./i18n/messages";

/** The commands the bot answers and lists in Telegram's command menu. */
export const BOT_COMMANDS = ["start", "help", "status", "language"] as const;
export type BotCommandName = (typeof BOT_COMMANDS)[number];

/**
 * The command menu in one language, as `setMyCommands` takes it.
 *
 * @example await bot.api.setMyCommands(commandsFor("ru"), { language_code: "ru" });
 */
export function commandsFor(locale: Locale): { command: BotCommandName; description: string }[] {
  return BOT_COMMANDS.map((command) => ({
    command,
    description: MESSAGES[locale].commands[command],
  }));
}
