import { GrammyError, HttpError } from "grammy";

// Anything shaped like a bot token, bare or inside a Bot API URL path.
const TOKEN_LIKE = /\d{5,}:[A-Za-z0-9_-]{30,}/g;

/**
 * A one-line summary of an error that is safe to log: no bot token (node-fetch puts the whole
 * request URL, token included, in its messages) and no payload (GrammyError carries the
 * message text the bot tried to send).
 *
 * @example
 * describeError(new GrammyError("Call to 'getMe' failed!", { ok: false, error_code: 401, description: "Unauthorized" }, "getMe", {}))
 * // "Call to 'getMe' failed! (401: Unauthorized)"
 */
export function describeError(error: unknown, secrets: readonly string[] = []): string {
  let summary: string;
  if (error instanceof GrammyError) summary = error.message;
  else if (error instanceof HttpError) summary = `${error.message} ${causeOf(error.error)}`.trim();
  else if (error instanceof Error) summary = `${error.name}: ${error.message}`;
  else summary = String(error);
  return redact(summary, secrets);
}

function causeOf(cause: unknown): string {
  if (!(cause instanceof Error)) return "";
  // A system error code (ECONNREFUSED, ECONNRESET…) says it all and never contains the URL.
  const code = (cause as { code?: unknown }).code;
  return typeof code === "string" ? `(${code})` : `(${cause.message})`;
}

function redact(text: string, secrets: readonly string[]): string {
  let safe = text;
  for (const secret of secrets) if (secret) safe = safe.replaceAll(secret, "[redacted]");
  return safe.replace(TOKEN_LIKE, "[redacted]");
}
