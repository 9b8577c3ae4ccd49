import type { Locale } from "@helpline/contracts/locales";

// Building an Intl formatter loads locale data and costs milliseconds on a slow phone; a list
// of twenty rows would build dozens. Each distinct one is built once.
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function cached(locale: Locale, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone ?? ""}|${JSON.stringify(options)}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    timeFormats.set(key, format);
  }
  return format;
}

/** "14:30" today, "Mon 14:30" this week, "12 Nov, 14:30" otherwise, in the reader's zone. */
export function formatWhen(
  iso: string,
  locale: Locale,
  timeZone?: string,
  now = Date.now(),
): string {
  const date = new Date(iso);
  const dayMs = 24 * 60 * 60 * 1000;
  const distance = Math.abs(date.getTime() - now);
  const sameDay =
    cached(locale, timeZone, { dateStyle: "short" }).format(date) ===
    cached(locale, timeZone, { dateStyle: "short" }).format(new Date(now));
  if (sameDay) return cached(locale, timeZone, { timeStyle: "short" }).format(date);
  if (distance < 6 * dayMs) {
    return cached(locale, timeZone, {
      weekday: "short",
      hour: "numeric",
      minute: "2-digit",
    }).format(date);
  }
  return cached(locale, timeZone, {
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
  }).format(date);
}

/** Builds the formatters `formatWhen` will need, ahead of time (each is built once). */
export function warmFormatters(locale: Locale, timeZone?: string, now = Date.now()): void {
  const day = 24 * 60 * 60 * 1000;
  for (const offset of [0, 2 * day, 10 * day]) {
    formatWhen(new Date(now - offset).toISOString(), locale, timeZone, now);
  }
}

/** "15 minutes", "2 hours", in the reader's language. */
export function formatDuration(minutes: number, locale: Locale): string {
  const useHours = minutes >= 90;
  const value = useHours ? Math.round(minutes / 60) : Math.max(1, Math.round(minutes));
  return numberFormat(locale, {
    style: "unit",
    unit: useHours ? "hour" : "minute",
    unitDisplay: "long",
  }).format(value);
}

// The digits each language writes whole numbers in (what Intl's default numbering system gives);
// ticket numbers in a list need no formatter, whose first use costs a slow phone ~100 ms.
const DIGITS: Record<Locale, string> = {
  en: "0123456789",
  ru: "0123456789",
  zh: "0123456789",
  fa: "۰۱۲۳۴۵۶۷۸۹",
};

/** A whole number without grouping ("10001", "۱۰۰۰۱"); anything else goes through Intl. */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    return numberFormat(locale, { useGrouping: false }).format(value);
  }
  const digits = DIGITS[locale];
  return String(value).replace(/\d/g, (digit) => digits[Number(digit)] ?? digit);
}

/**
 * A calendar date ("2026-10-05", no time or zone) as the reader writes it: "Oct 5, 2026",
 * "۱۳ مهر ۱۴۰۵" (Persian uses its own calendar), "2026年10月5日". Anything else is returned as is.
 */
export function formatDay(date: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  // Midnight UTC read in UTC: the same day in every reader's zone.
  return cached(locale, "UTC", { dateStyle: "medium" }).format(new Date(`${date}T00:00:00Z`));
}
