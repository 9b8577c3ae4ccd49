import type { Locale } from "@helpline/contracts/locales";
import i18next from "i18next";
import { use } from "react";
import { currentLocale, useTranslation } from "./i18n";

/** `t` with keys relative to one namespace's catalogue (`t("helpful.yes")`). */
export type NamespaceT = (key: string, options?: Record<string, unknown>) => string;

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

/**
 * A catalogue that lives in its own i18next namespace and loads with the screens that use it
 * (the knowledge base's `kb`, the console's `analytics`), so the customer's first download
 * carries none of it. English comes with the caller's module as the fallback; another language
 * is one small chunk, fetched once.
 */
export function lazyNamespace<M extends object>(
  namespace: string,
  en: M,
  loaders: Record<Exclude<Locale, "en">, () => Promise<{ default: M }>>,
) {
  const loading = new Map<Locale, Promise<void>>();

  /** Loads the words for a language, once; the same promise for every caller. */
  function load(locale: Locale = currentLocale()): Promise<void> {
    if (!i18next.hasResourceBundle("en", namespace)) i18next.addResourceBundle("en", namespace, en);
    let promise = loading.get(locale);
    if (!promise) {
      promise =
        locale === "en" || i18next.hasResourceBundle(locale, namespace)
          ? settled(Promise.resolve())
          : loaders[locale]().then(
              (messages) => {
                i18next.addResourceBundle(locale, namespace, messages.default);
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

  return { namespace, load };
}

export type LazyNamespace = ReturnType<typeof lazyNamespace>;

/** `t` for a lazy namespace; suspends (React `use`) until the language's words are in. */
export function useNamespaceTranslation(ns: LazyNamespace): { t: NamespaceT; locale: Locale } {
  const { t } = useTranslation();
  const locale = currentLocale();
  use(ns.load(locale));
  return {
    t: ((key: string, options?: Record<string, unknown>) =>
      t(key, { ns: ns.namespace, ...options })) as NamespaceT,
    locale,
  };
}
