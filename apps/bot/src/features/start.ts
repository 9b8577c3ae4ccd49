import { Composer, type Context } from "grammy";
import { messagesFor } from "../i18n/messages";
import { helpDeskReply } from "../lib/help-desk-reply";
import { startPayload, webAppLink } from "../lib/web-app-link";
import type { FeatureOptions } from "./feature-options";

/**
 * `/start` and `/start <payload>` (deep links such as `t.me/<bot>?start=ticket_123`): a greeting
 * in the user's language and the "Need help" button, which opens the web app on the payload.
 *
 * @example bot.use(startFeature({ webAppUrl: "https://help.example.com/app" }));
 */
export function startFeature({ webAppUrl }: FeatureOptions): Composer<Context> {
  const feature = new Composer<Context>();
  // web_app buttons only work in private chats, so groups get nothing from this bot.
  feature.chatType("private").command("start", async (ctx) => {
    const t = messagesFor(ctx.from.language_code);
    const url = webAppUrl && webAppLink(webAppUrl, startPayload(ctx.match));
    await ctx.reply(...helpDeskReply(t.greeting(ctx.from.first_name), t, url));
  });
  return feature;
}
