import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, type BotError, session } from "grammy";
import type { BotContext } from "./context";
import { userContext } from "./context";
import { type BotSession, DeskBusyError, type DeskPort } from "./desk-port";
import { accountFeature } from "./features/account";
import { consentFeature } from "./features/consent";
import { conversationFallbackFeature } from "./features/conversation-fallback";
import { conversationStartFeature } from "./features/conversation-start";
import { helpFeature } from "./features/help";
import { newRequestFeature } from "./features/new-request";
import { ratingsFeature } from "./features/ratings";
import { startFeature } from "./features/start";
import { unhandledFeature } from "./features/unhandled";
import { describeError } from "./lib/describe-error";
import type { BotLogger } from "./lib/logger";
import { httpsUrl } from "./lib/web-app-link";

export interface BotDeps {
  /** Bot API server, e.g. the fake one in tests; Telegram's when omitted. */
  apiRoot?: string;
  /** The help desk web app; must be https (Telegram refuses other web_app buttons). */
  webAppUrl?: string;
  logger: BotLogger;
  /**
   * The help desk behind the conversations. Without it the bot is only a front door: greeting,
   * help and the "Need help" button.
   */
  desk?: DeskPort;
}

/**
 * The update types the features handle. Webhook and polling both ask Telegram for exactly
 * these, so a feature that needs another type must add it here.
 */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/**
 * Builds the Helpline bot: auto-retry on rate limits, one error boundary, and the features in
 * order, `unhandled` last. It makes no network call; `startBot` (or a webhook) brings it to life.
 *
 * @example
 * const bot = createBot(env.BOT_TOKEN, { apiRoot: env.TELEGRAM_API_ROOT, webAppUrl: env.WEBAPP_URL, logger });
 * const runner = startBot(bot, { logger, webAppUrl: env.WEBAPP_URL });
 */
export function createBot(token: string, deps: BotDeps): Bot<BotContext> {
  // grammY throws on a trailing slash, which URL parsers tend to add.
  const apiRoot = deps.apiRoot?.replace(/\/+$/, "");
  const bot = new Bot<BotContext>(token, apiRoot ? { client: { apiRoot } } : {});

  bot.api.config.use(
    autoRetry({
      maxDelaySeconds: 10,
      maxRetryAttempts: 3,
      // Left alone, auto-retry retries network errors forever (not counted in
      // maxRetryAttempts) and 5xx with its own uncapped 3 s, 6 s, 12 s… backoff; both would hide
      // an outage inside one pending call. startBot and the polling loop retry those instead.
      rethrowHttpErrors: true,
      rethrowInternalServerErrors: true,
    }),
  );

  const webAppUrl = httpsUrl(deps.webAppUrl);
  if (deps.webAppUrl && !webAppUrl) {
    deps.logger.warn("Bot webAppUrl is not an https:// URL; the Need help button is disabled");
  }

  const report = (error: BotError) => {
    deps.logger.error("Bot failed to handle an update", {
      updateId: error.ctx.update.update_id,
      reason: describeError(error.error, [token]),
    });
  };
  // grammY's default handler would log the whole context (message texts included) and stop
  // long polling; the boundary catches feature errors, `catch` anything outside it.
  bot.catch(report);
  const options = { webAppUrl };
  const features = bot.errorBoundary(report);
  const desk = deps.desk;
  if (!desk) {
    features.use(startFeature(options), helpFeature(options), unhandledFeature(options));
    return bot;
  }
  const conversation = { desk, webAppUrl };
  const conversations = features.errorBoundary(async (error) => {
    // The desk's rate limits (tickets, messages per person) get an answer, not silence.
    // Anything else goes on to the outer boundary, which logs it.
    if (!(error.error instanceof DeskBusyError)) throw error.error;
    const ctx = error.ctx as BotContext;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    if (ctx.chat && ctx.t) await ctx.reply(ctx.t.busy);
  });
  // web_app buttons only work in private chats, so groups get nothing from this bot; a button
  // pressed under an inline message has no chat and is only acknowledged.
  conversations.on("callback_query", async (ctx, next) => {
    if (ctx.chat?.type === "private") return next();
    await ctx.answerCallbackQuery();
  });
  conversations
    .filter((ctx) => ctx.chat?.type === "private")
    .use(
      userContext(desk),
      session<BotSession, BotContext>({
        initial: () => ({}),
        storage: desk.sessions,
        getSessionKey: (ctx) => (ctx.chat ? `chat:${ctx.chat.id}` : undefined),
      }),
      ratingsFeature(conversation),
      conversationStartFeature(conversation),
      consentFeature(conversation),
      accountFeature(conversation),
      newRequestFeature(conversation),
      conversationFallbackFeature(conversation),
    );
  return bot;
}
