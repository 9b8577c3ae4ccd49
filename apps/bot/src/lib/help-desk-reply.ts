import { InlineKeyboard } from "grammy";
import type { Messages } from "../i18n/messages";

/**
 * Arguments for `ctx.reply`: `lead` followed by the way into the help desk, i.e. the
 * "Need help" web_app button when there is a web app URL, and a plain explanation otherwise
 * (a button without a URL is not possible, and a silent bot looks broken).
 *
 * @example await ctx.reply(...helpDeskReply(t.unhandled, t, webAppUrl));
 */
export function helpDeskReply(
  lead: string,
  t: Messages,
  webAppUrl: string | undefined,
): [text: string, other: { reply_markup?: InlineKeyboard }] {
  if (!webAppUrl) return [`${lead}\n\n${t.appNotConfigured}`, {}];
  return [
    `${lead}\n\n${t.tapNeedHelp}`,
    { reply_markup: new InlineKeyboard().webApp(t.needHelpButton, webAppUrl) },
  ];
}
