import type { Locale } from "@helpline/contracts/locales";
import i18next from "i18next";
import { useEffect, useState } from "react";
import { currentLocale } from "../../../lib/i18n";
import type { AdminMessages } from "../../../locales/admin/en";
import en from "../../../locales/admin/en";

// English is the fallback and part of this (lazy) chunk; the others are fetched when needed.
const loaders: Record<Exclude<Locale, "en">, () => Promise<{ default: AdminMessages }>> = {
  ru: () => import("../../../locales/admin/ru"),
  fa: () => import("../../../locales/admin/fa"),
  zh: () => import("../../../locales/admin/zh"),
};

const loaded = new Set<Locale>();

function add(locale: Locale, messages: AdminMessages) {
  i18next.addResourceBundle(locale, "translation", { admin: messages }, true, true);
  loaded.add(locale);
}

async function ensure(locale: Locale): Promise<void> {
  if (!loaded.has("en")) add("en", en);
  if (locale === "en" || loaded.has(locale)) return;
  add(locale, (await loaders[locale]()).default);
}

/**
 * Adds the console's strings to i18next for the current language (and again when it changes).
 * Returns false until they are there, so the console never flashes English at a Persian agent.
 */
export function useAdminMessages(): boolean {
  const [ready, setReady] = useState(() => {
    if (!loaded.has("en")) add("en", en);
    return loaded.has(currentLocale());
  });
  useEffect(() => {
    let live = true;
    const load = () => {
      const locale = currentLocale();
      if (loaded.has(locale)) return;
      setReady(false);
      ensure(locale)
        .catch(() => {
          // Offline before the chunk arrived: English is better than nothing.
        })
        .finally(() => {
          if (!live) return;
          setReady(true);
          // Components re-render on languageChanged; tell them the strings are now there.
          void i18next.changeLanguage(i18next.language);
        });
    };
    load();
    i18next.on("languageChanged", load);
    return () => {
      live = false;
      i18next.off("languageChanged", load);
    };
  }, []);
  return ready;
}
