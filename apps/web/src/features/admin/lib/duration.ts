import type { Locale } from "@helpline/contracts/locales";

/** "45 min", "3 h", "2 d": a compact span for queue rows and SLA clocks. */
export function formatSpan(ms: number, locale: Locale): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  const [value, unit] =
    minutes < 90
      ? [Math.max(1, minutes), "minute"]
      : minutes < 48 * 60
        ? [Math.round(minutes / 60), "hour"]
        : [Math.round(minutes / 1440), "day"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" }).format(value);
}
