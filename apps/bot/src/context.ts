import type { Locale } from "@helpline/contracts/locales";
import type { Context, SessionFlavor } from "grammy";
import type { BotSession, DeskPort } from "./desk-port";
import { CONVERSATION, type ConversationMessages } from "./i18n/conversation";
import { MESSAGES, type Messages } from "./i18n/messages";

/** The context every conversation feature sees: the user's language and the chat's session. */
export type BotContext = Context &
  SessionFlavor<BotSession> & {
    locale: Locale;
    /** Greeting, help and buttons (shared with the front-door features). */
    m: Messages;
    /** Conversation texts. */
    t: ConversationMessages;
    consented: boolean;
  };

export interface ConversationOptions {
  desk: DeskPort;
  /** An https URL, or undefined when the web app is not configured (no web_app buttons then). */
  webAppUrl: string | undefined;
}

/** Sets `ctx.locale`, `ctx.m`, `ctx.t` and `ctx.consented` from the desk's record of the user. */
export function userContext(desk: DeskPort) {
  return async (ctx: BotContext, next: () => Promise<void>) => {
    const from = ctx.from;
    if (!from || from.is_bot) return;
    const user = await desk.upsertUser({
      id: from.id,
      firstName: from.first_name,
      lastName: from.last_name,
      username: from.username,
      languageCode: from.language_code,
    });
    useLocale(ctx, user.locale);
    ctx.consented = user.consented;
    await next();
  };
}

export function useLocale(ctx: BotContext, locale: Locale) {
  ctx.locale = locale;
  ctx.m = MESSAGES[locale];
  ctx.t = CONVERSATION[locale];
}
