/** The languages Helpline speaks at launch. The first one is the fallback. */
export const LOCALES = ["en", "ru", "fa", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

export const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(["fa"]);

/** A text in every launch language, as stored for topics, queues and other seeded names. */
export type LocalizedText = Record<Locale, string>;

/**
 * Maps a Telegram `language_code` (IETF tag such as `pt-br`, `zh-hans`, `fa`) to a launch locale.
 *
 * @example resolveLocale("zh-hans") // "zh"
 * @example resolveLocale("de") // "en"
 */
export function resolveLocale(code: string | null | undefined): Locale {
  const base = (code ?? "").toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? "") ? (base as Locale) : "en";
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
