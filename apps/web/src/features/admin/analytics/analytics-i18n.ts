import type { Locale } from "@helpline/contracts/locales";
import i18next from "i18next";
import { use } from "react";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import en, { type AnalyticsMessages } from "../../../locales/analytics/en";

/**
 * The dashboard's words live in their own i18next namespace, "analytics", loaded with the
 * dashboard chunk (same pattern as the knowledge base's `kb`).
 */
const NAMESPACE = "analytics";

const loaders: Record<Exclude<Locale, "en">, () => Promise<{ default: AnalyticsMessages }>> = {
  ru: () => import("../../../locales/analytics/ru"),
  fa: () => import("../../../locales/analytics/fa"),
  zh: () => import("../../../locales/analytics/zh"),
};

const loading = new Map<Locale, Promise<void>>();

function settled(promise: Promise<void>): Promise<void> {
  const tracked = promise as Promise<void> & { status?: string; value?: undefined };
  tracked.status = "fulfilled";
  tracked.value = undefined;
  return tracked;
}

export function loadAnalyticsMessages(locale: Locale = currentLocale()): Promise<void> {
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
              loading.delete(locale);
            },
          );
    loading.set(locale, promise);
  }
  return promise;
}

export type AnalyticsT = (key: string, options?: Record<string, unknown>) => string;

/** `t` with keys relative to the analytics catalogue; suspends until its words are in. */
export function useAnalyticsTranslation(): { t: AnalyticsT; locale: Locale } {
  const { t } = useTranslation();
  const locale = currentLocale();
  use(loadAnalyticsMessages(locale));
  return {
    t: ((key: string, options?: Record<string, unknown>) =>
      t(key, { ns: NAMESPACE, ...options })) as AnalyticsT,
    locale,
  };
}
