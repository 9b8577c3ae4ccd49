import { type Locale, resolveLocale } from "@helpline/contracts/locales";
import type { InlineKeyboardButton } from "grammy/types";
import {
  type Format,
  NOTIFICATION_KINDS,
  NOTIFICATION_TEXTS,
  type NotificationKind,
  type Params,
} from "./catalogue";

/** Telegram's limit for a message text; a longer one is refused with 400. */
const MAX_TEXT = 4096;

export interface Recipient {
  /** `users.language` (chosen in settings), else Telegram's `language_code`. */
  language?: string | null;
  languageCode?: string | null;
  timeZone?: string | null;
}

export interface RenderedMessage {
  text: string;
  replyMarkup?: { inline_keyboard: InlineKeyboardButton[][] };
}

export interface RenderInput {
  kind: string;
  params: Params;
  ticketId: string | null;
}

export class UnknownKindError extends Error {}

export function recipientLocale(recipient: Recipient | undefined): Locale {
  return resolveLocale(recipient?.language ?? recipient?.languageCode);
}

function validZone(zone: string | null | undefined): string {
  if (!zone) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

function formatter(locale: Locale, timeZone: string, now: number): Format {
  const numbers = new Intl.NumberFormat(locale, { useGrouping: false });
  const counts = new Intl.NumberFormat(locale);
  const times = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
  const days = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const parse = (value: unknown) => (typeof value === "string" ? Date.parse(value) : Number.NaN);
  return {
    ticket: (value) => `#${numbers.format(Number(value))}`,
    count: (value) =>
      typeof value === "number" && Number.isFinite(value) ? counts.format(value) : "–",
    time: (value) => {
      const ms = parse(value);
      return Number.isNaN(ms) ? "–" : times.format(ms);
    },
    minutesUntil: (value) => {
      const ms = parse(value);
      return numbers.format(Number.isNaN(ms) ? 1 : Math.max(1, Math.round((ms - now) / 60_000)));
    },
    date: (value) => {
      const ms = parse(
        typeof value === "string" && value.length === 10 ? `${value}T00:00:00Z` : value,
      );
      return Number.isNaN(ms) ? "–" : days.format(ms);
    },
    text: (value) => (value === undefined || value === null ? "" : String(value)),
  };
}

/**
 * Renders an outbox row for its recipient: the text of its `kind` in the recipient's language,
 * times in their zone, and the buttons of the notification contract. Plain text (no parse
 * mode), so a subject or a reply preview is shown as typed and never read as markup.
 *
 * @example
 * render({ kind: "ticket.reply", params: { number: 10001, preview: "Hi" }, ticketId },
 *   { language: "ru" }, { webAppUrl: "https://desk.example.com", now: Date.now() })
 */
export function render(
  row: RenderInput,
  recipient: Recipient | undefined,
  options: { webAppUrl?: string; now: number },
): RenderedMessage {
  if (!(NOTIFICATION_KINDS as readonly string[]).includes(row.kind)) {
    throw new UnknownKindError(`No template for notification kind "${row.kind}"`);
  }
  const kind = row.kind as NotificationKind;
  const locale = recipientLocale(recipient);
  const texts = NOTIFICATION_TEXTS[locale];
  const f = formatter(locale, validZone(recipient?.timeZone), options.now);
  let text = texts.kinds[kind](row.params, f);
  if (text.length > MAX_TEXT) text = `${text.slice(0, MAX_TEXT - 1)}…`;

  const rows: InlineKeyboardButton[][] = [];
  const number = Number(row.params.number);
  if (kind === "csat.request" && Number.isSafeInteger(number)) {
    rows.push(
      [1, 2, 3, 4, 5].map((score) => ({
        text: `${score} ⭐`,
        callback_data: `csat:${number}:${score}`,
      })),
    );
  }
  if (kind === "ticket.follow_up" && Number.isSafeInteger(number)) {
    rows.push([
      { text: texts.yes, callback_data: `followup:${number}:yes` },
      { text: texts.noReopen, callback_data: `followup:${number}:no` },
    ]);
  }
  const base = httpsBase(options.webAppUrl);
  if (base && row.ticketId) {
    const staff = kind.startsWith("staff.");
    rows.push([
      {
        text: staff ? texts.openInConsole : texts.openTicket,
        web_app: { url: `${base}${staff ? "/admin" : ""}/tickets/${row.ticketId}` },
      },
    ]);
  }
  return rows.length > 0 ? { text, replyMarkup: { inline_keyboard: rows } } : { text };
}

/** Telegram opens only https Mini Apps; without one the message goes without its button. */
function httpsBase(url: string | undefined): string | undefined {
  if (!url?.startsWith("https://")) return undefined;
  return url.replace(/\/+$/, "");
}
