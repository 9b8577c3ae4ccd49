import { LOCALES } from "@helpline/contracts/locales";
import { type Bot, type Context, GrammyError, type Transformer } from "grammy";
import { ALLOWED_UPDATES } from "./bot";
import { commandsFor } from "./bot-commands";
import { type BackoffOptions, backoffDelay, sleep } from "./lib/backoff";
import { describeError } from "./lib/describe-error";
import type { BotLogger } from "./lib/logger";
import { httpsUrl } from "./lib/web-app-link";

export interface StartBotOptions {
  logger: BotLogger;
  /** Opened by the chat menu button; without an https URL the menu lists the commands. */
  webAppUrl?: string;
  /** Receive updates on this URL instead of long polling. */
  webhook?: { url: string; secretToken: string };
  /** Waits between attempts while Telegram is unreachable; 1 s doubling to 60 s by default. */
  backoff?: BackoffOptions;
}

export type BotRunnerState = "starting" | "running" | "retrying" | "stopped";

export interface BotRunner {
  /** Ends polling and pending retries; resolves within a couple of seconds whatever happens. */
  stop(): Promise<void>;
  readonly state: BotRunnerState;
}

type ApiSignal = Parameters<Bot["api"]["getMe"]>[0];

const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 1000, maxMs: 60_000 };
// grammY's stop() confirms the last update with one more getUpdates, and its polling loop
// sleeps 3 s (not abortable) after a failed poll; neither may hold up a shutdown.
const STOP_GRACE_MS = 2000;
// Calls made inside bot.start() that tell whether Telegram answers while polling.
const POLLING_METHODS = new Set(["deleteWebhook", "getUpdates"]);

/**
 * Connects the bot to Telegram in the background and keeps it connected: getMe, the command
 * menu in every locale, the chat menu button, then the webhook or long polling.
 *
 * It never throws, rejects or crashes the process. While Telegram is unreachable or refuses
 * the token it logs one warning, retries with backoff, and logs one line when it recovers.
 *
 * @example
 * const runner = startBot(bot, {
 *   logger,
 *   webAppUrl: env.WEBAPP_URL,
 *   webhook: { url: `${env.PUBLIC_URL}/telegram/webhook`, secretToken: webhookSecret(env.BOT_TOKEN) },
 * });
 * process.on("SIGTERM", () => void runner.stop());
 */
export function startBot<C extends Context>(bot: Bot<C>, options: StartBotOptions): BotRunner {
  const { logger, webhook } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const mode = webhook ? "webhook" : "polling";
  const webAppUrl = httpsUrl(options.webAppUrl);
  const controller = new AbortController();
  const { signal } = controller;
  // grammY's Node typings name the `abort-controller` polyfill's AbortSignal; at run time it
  // only listens for "abort", which the built-in one emits.
  const apiSignal = signal as unknown as ApiSignal;

  let state: BotRunnerState = "starting";
  let warned = false;
  let announced = false;
  let attempt = 0;
  let setUp = false;

  const troubled = (error: unknown) => {
    if (signal.aborted) return;
    state = "retrying";
    if (warned) return;
    warned = true;
    logger.warn("Telegram Bot API unreachable; retrying in the background", {
      mode,
      reason: describeError(error, [bot.token]),
    });
  };

  const connected = () => {
    if (signal.aborted) return;
    state = "running";
    attempt = 0;
    if (warned) logger.info("Telegram Bot API reachable again; bot is running", { mode });
    else if (!announced)
      logger.info("Telegram bot is running", { mode, username: bot.botInfo.username });
    warned = false;
    announced = true;
  };

  // Inside bot.start(), grammY retries failed polls by itself (every 3 s, silently); watching
  // its calls is the only way to notice an outage, and the end of one, while polling.
  const watchPolling: Transformer = async (prev, method, payload, abortSignal) => {
    if (mode !== "polling" || !POLLING_METHODS.has(method) || signal.aborted) {
      return prev(method, payload, abortSignal);
    }
    try {
      const result = await prev(method, payload, abortSignal);
      if (result.ok) connected();
      else troubled(new GrammyError(`Call to '${method}' failed!`, result, method, {}));
      return result;
    } catch (error) {
      troubled(error);
      throw error;
    }
  };
  bot.api.config.use(watchPolling);

  async function setUpOnce() {
    if (!bot.isInited()) bot.botInfo = await bot.api.getMe(apiSignal);
    if (setUp) return;
    try {
      for (const locale of LOCALES) {
        // The first locale is the fallback: it goes without language_code.
        const scope = locale === LOCALES[0] ? {} : { language_code: locale };
        await bot.api.setMyCommands(commandsFor(locale), scope, apiSignal);
      }
      await bot.api.setChatMenuButton(
        {
          menu_button: webAppUrl
            ? { type: "web_app", text: "Help", web_app: { url: webAppUrl } }
            : { type: "commands" },
        },
        apiSignal,
      );
    } catch (error) {
      if (!isRejectedRequest(error)) throw error;
      // A menu Telegram refuses is cosmetic: answering users matters more.
      logger.warn("Telegram refused the bot's command menu; continuing without it", {
        reason: describeError(error, [bot.token]),
      });
    }
    setUp = true;
  }

  async function connect() {
    await setUpOnce();
    if (webhook) {
      await bot.api.setWebhook(
        webhook.url,
        {
          secret_token: webhook.secretToken,
          drop_pending_updates: false,
          allowed_updates: [...ALLOWED_UPDATES],
        },
        apiSignal,
      );
      connected();
      return;
    }
    if (signal.aborted) return;
    // Rejects on 401 and 409, which grammY's loop does not retry; resolves once polling stops,
    // through our stop() or a bot.stop() from elsewhere, which is respected.
    await bot.start({
      allowed_updates: [...ALLOWED_UPDATES],
      drop_pending_updates: false,
      onStart: connected,
    });
    state = "stopped";
  }

  const running = (async () => {
    while (!signal.aborted) {
      try {
        await connect();
        return;
      } catch (error) {
        troubled(error);
      }
      await sleep(backoffDelay(attempt++, backoff), signal);
    }
  })().catch((error: unknown) => {
    // Not expected (every step above is caught), but a bot must never take the API down.
    logger.error("Bot runner failed", { reason: describeError(error, [bot.token]) });
    state = "stopped";
  });

  let stopping: Promise<void> | undefined;
  return {
    get state() {
      return state;
    },
    stop() {
      stopping ??= (async () => {
        controller.abort();
        state = "stopped";
        const pending: Promise<unknown>[] = [running];
        if (bot.isRunning()) pending.push(bot.stop().catch(() => undefined));
        await withDeadline(Promise.all(pending), STOP_GRACE_MS);
      })();
      return stopping;
    },
  };
}

/** Telegram answered and said no for good (bad request, forbidden), as opposed to an outage. */
function isRejectedRequest(error: unknown): boolean {
  return error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403);
}

async function withDeadline(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
