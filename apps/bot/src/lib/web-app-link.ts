// Telegram's own limits for deep-link payloads (`t.me/bot?start=…`), so anything else did not
// come from a link we made and is ignored rather than forwarded to the web app.
const START_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The URL if it can open a web app. Telegram refuses `web_app` buttons to anything but https,
 * and a refused button would make the whole answer fail.
 *
 * @example httpsUrl("https://help.example.com/app") // "https://help.example.com/app"
 * @example httpsUrl("http://localhost:5173") // undefined
 */
export function httpsUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    return new URL(raw).protocol === "https:" ? raw : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `/start` payload if it is a well-formed deep-link payload.
 *
 * @example startPayload("ticket_123") // "ticket_123"
 * @example startPayload("../admin") // undefined
 */
export function startPayload(raw: string | undefined): string | undefined {
  const payload = raw?.trim();
  return payload && START_PAYLOAD.test(payload) ? payload : undefined;
}

/**
 * The web app URL a button opens, carrying the `/start` payload as `startapp` (the name Telegram
 * uses for Mini App deep links, so the web app reads one parameter whichever way it was opened).
 *
 * @example webAppLink("https://help.example.com/app", "ticket_123")
 * // "https://help.example.com/app?startapp=ticket_123"
 */
export function webAppLink(base: string, payload?: string): string {
  if (!payload) return base;
  const url = new URL(base);
  url.searchParams.set("startapp", payload);
  return url.toString();
}

/**
 * A page of the web app under its base URL (which may itself have a path).
 *
 * @example webAppPath("https://help.example.com/app/", "/kb/refunds") // "https://help.example.com/app/kb/refunds"
 */
export function webAppPath(base: string, path: string): string {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${path}`;
  return url.toString();
}
