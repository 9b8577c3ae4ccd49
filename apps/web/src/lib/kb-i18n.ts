import type { Locale } from "@helpline/contracts/locales";
import i18next from "i18next";
import { use } from "react";
import en, { type KbMessages } from "../locales/kb/en";
import { currentLocale, useTranslation } from "./i18n";

/**
 * The knowledge base's words live in their own i18next namespace, "kb", loaded with the KB
 * screens: the customer's first download (at its budget) carries none of them. English comes
 * with this module as the fallback; another language is one small chunk, fetched once.
 */
const NAMESPACE = "kb";

const loaders: Record<Exclude<Locale, "en">, () => Promise<{ default: KbMessages }>> = {
  ru: () => import("../locales/kb/ru"),
  fa: () => import("../locales/kb/fa"),
  zh: () => import("../locales/kb/zh"),
};

const loading = new Map<Locale, Promise<void>>();

/**
 * Marks a promise settled the way React's `use` reads it, so a language already loaded renders
 * at once instead of suspending for a tick.
 */
function settled(promise: Promise<void>): Promise<void> {
  const tracked = promise as Promise<void> & { status?: string; value?: undefined };
  tracked.status = "fulfilled";
  tracked.value = undefined;
  return tracked;
}

/** Loads the KB words for a language, once; the same promise for every caller. */
export function loadKbMessages(locale: Locale = currentLocale()): Promise<void> {
  if (!i18next.hasResourceBundle("en", NAMESPACE)) i18next.addResourceBundle("en", NAMESPACE, en);
  let promise = loading.get(locale);
  if (!promise) {
    promise =
      locale === "en" || i18next.hasResourceBundle(locale, NAMESPACE)
        ? settled(Promise.resolve())
        : loaders[locale]().then(
            (messages) => {
              i18next.addResourceBundle(locale, NAMESPACE, messages.default);
              if (promise) settled(promise);
            },
            () => {
              // Offline: English words are better than none; try again next time.
              loading.delete(locale);
            },
          );
    loading.set(locale, promise);
  }
  return promise;
}

export type KbT = (key: string, options?: Record<string, unknown>) => string;

/**
 * `t` for KB screens, keys relative to the KB catalogue (`t("helpful.yes")`). Suspends (React
 * `use`) until the current language's KB words are in, so nothing flashes in English first.
 */
export function useKbTranslation(): { t: KbT; locale: Locale } {
  const { t } = useTranslation();
  const locale = currentLocale();
  use(loadKbMessages(locale));
  return {
    t: ((key: string, options?: Record<string, unknown>) =>
      t(key, { ns: NAMESPACE, ...options })) as KbT,
    locale,
  };
}
