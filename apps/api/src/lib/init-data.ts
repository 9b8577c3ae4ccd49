import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { unauthorized } from "./errors";

/** The `user` object inside Telegram's initData, as Telegram names its fields. */
export const initDataUserSchema = z.object({
  id: z.number().int().positive(),
  first_name: z.string().max(256),
  last_name: z.string().max(256).optional(),
  username: z.string().max(64).optional(),
  language_code: z.string().max(35).optional(),
  is_premium: z.boolean().optional(),
  photo_url: z.string().max(2048).optional(),
  allows_write_to_pm: z.boolean().optional(),
});
export type InitDataUser = z.infer<typeof initDataUserSchema>;

export interface ValidInitData {
  user: InitDataUser;
  /** Seconds since the epoch, as signed by Telegram. */
  authDate: number;
  startParam: string | null;
}

const secretKeys = new Map<string, Buffer>();
const MAX_CLOCK_SKEW_SECONDS = 300;

// The key derivation depends only on the token, so it is done once per token.
function secretKeyFor(botToken: string): Buffer {
  let key = secretKeys.get(botToken);
  if (!key) {
    key = createHmac("sha256", "WebAppData").update(botToken).digest();
    secretKeys.set(botToken, key);
  }
  return key;
}

function dataCheckString(params: URLSearchParams): string {
  const pairs: string[] = [];
  for (const [key, value] of params) if (key !== "hash") pairs.push(`${key}=${value}`);
  return pairs.sort().join("\n");
}

/**
 * Checks Telegram Mini App launch data the way Telegram documents it: HMAC-SHA256 over the
 * sorted `key=value` lines with a key derived from the bot token, compared in constant time,
 * then the age of `auth_date`. The signature is checked before the age so a forged string
 * learns nothing about expiry.
 *
 * @throws AppError `unauthorized` with `details.reason` `malformed`, `bad_signature` or `expired`
 * @example validateInitData(raw, env.BOT_TOKEN, { maxAgeSeconds: 86400 })
 */
export function validateInitData(
  raw: string,
  botToken: string,
  options: { maxAgeSeconds: number; now?: number },
): ValidInitData {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    throw unauthorized("malformed", "Authorization data is malformed");
  }
  const hash = params.get("hash");
  const authDateText = params.get("auth_date");
  const userText = params.get("user");
  if (!hash || !/^[0-9a-f]{64}$/.test(hash) || !authDateText || !/^\d{1,12}$/.test(authDateText)) {
    throw unauthorized("malformed", "Authorization data is malformed");
  }

  const expected = createHmac("sha256", secretKeyFor(botToken))
    .update(dataCheckString(params))
    .digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, "hex"))) {
    throw unauthorized("bad_signature", "Authorization data is not signed by this bot");
  }

  const authDate = Number(authDateText);
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  // A few minutes of clock skew are normal; launch data from the future is not.
  if (authDate - now > MAX_CLOCK_SKEW_SECONDS) {
    throw unauthorized("malformed", "Authorization data is dated in the future");
  }
  if (now - authDate > options.maxAgeSeconds) {
    throw unauthorized("expired", "The session has expired; reopen the app");
  }

  let user: InitDataUser;
  try {
    user = initDataUserSchema.parse(JSON.parse(userText ?? ""));
  } catch {
    throw unauthorized("malformed", "Authorization data has no valid user");
  }
  return { user, authDate, startParam: params.get("start_param") };
}

/**
 * Signs launch data exactly as Telegram does, for the demo door and for tests. Never used to
 * trust anything: the server only ever validates.
 *
 * @example signInitData({ id: 1, first_name: "Dana" }, token)
 */
export function signInitData(
  user: InitDataUser,
  botToken: string,
  options: { authDate?: number; startParam?: string; queryId?: string } = {},
): string {
  const params = new URLSearchParams();
  params.set("user", JSON.stringify(user));
  params.set("chat_instance", "-1");
  params.set("chat_type", "sender");
  params.set("auth_date", String(options.authDate ?? Math.floor(Date.now() / 1000)));
  if (options.startParam) params.set("start_param", options.startParam);
  if (options.queryId) params.set("query_id", options.queryId);
  // Telegram adds an Ed25519 `signature` for third-party checks and SDKs expect the field. Only
  // Telegram can make a real one; here it is filler, covered by the HMAC like every field.
  params.set("signature", randomBytes(64).toString("base64url"));
  const hash = createHmac("sha256", secretKeyFor(botToken))
    .update(dataCheckString(params))
    .digest("hex");
  params.set("hash", hash);
  return params.toString();
}
