import type { Locale } from "@helpline/contracts/locales";

const timeFormats = new Map<string, Intl.DateTimeFormat>();

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

/** "15 minutes", "2 hours", in the reader's language. */
export function formatDuration(minutes: number, locale: Locale): string {
  const useHours = minutes >= 90;
  const value = useHours ? Math.round(minutes / 60) : Math.max(1, Math.round(minutes));
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: useHours ? "hour" : "minute",
    unitDisplay: "long",
  }).format(value);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(value);
}
