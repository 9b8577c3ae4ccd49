import type { MiddlewareHandler } from "hono";
import type { AppEnv, AuthInfo } from "../app-env";
import { unauthorized } from "../lib/errors";
import { type InitDataUser, validateInitData } from "../lib/init-data";
import { InitDataCache } from "../lib/init-data-cache";

interface CachedAuth extends AuthInfo {
  authDate: number;
}

export interface TelegramAuthOptions {
  botToken: string;
  maxAgeSeconds: number;
  /** Called once per new initData string; creates or refreshes the user. */
  onNewUser: (user: InitDataUser) => Promise<void>;
  now?: () => number;
}

const SCHEME = /^tma\s+(.+)$/i;

/**
 * `Authorization: tma <initDataRaw>` on every protected call. A string that validated before is
 * taken from the cache, but its age is checked again each time so a session still expires.
 */
export function telegramAuth(options: TelegramAuthOptions): MiddlewareHandler<AppEnv> {
  const cache = new InitDataCache<CachedAuth>();
  const now = options.now ?? Date.now;
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (!header) throw unauthorized("missing", "Sign in through Telegram to use this API");
    const raw = SCHEME.exec(header)?.[1]?.trim();
    if (!raw || raw.length > 8192) {
      throw unauthorized("malformed", "Authorization must be `tma <initData>`");
    }

    let auth = cache.get(raw);
    if (auth && Math.floor(now() / 1000) - auth.authDate > options.maxAgeSeconds) {
      cache.delete(raw);
      throw unauthorized("expired", "The session has expired; reopen the app");
    }
    if (!auth) {
      const valid = validateInitData(raw, options.botToken, {
        maxAgeSeconds: options.maxAgeSeconds,
        now: now(),
      });
      await options.onNewUser(valid.user);
      auth = {
        userId: valid.user.id,
        languageCode: valid.user.language_code ?? null,
        startParam: valid.startParam,
        authDate: valid.authDate,
      };
      cache.set(raw, auth);
    }
    c.set("auth", auth);
    await next();
  };
}
