import { type Locale, RTL_LOCALES, resolveLocale } from "@helpline/contracts/locales";
import i18next, { type TFunction } from "i18next";
import { useEffect, useReducer } from "react";
import type { Messages } from "../locales/en";
import en from "../locales/en";
import { formatNumber } from "./format";

// English ships in the first bundle as the fallback; every other language is its own small
// chunk, fetched once, so a customer downloads one language rather than four.
const loaders: Record<Exclude<Locale, "en">, () => Promise<{ default: Messages }>> = {
  ru: () => import("../locales/ru"),
  fa: () => import("../locales/fa"),
  zh: () => import("../locales/zh"),
};

async function ensureLoaded(locale: Locale): Promise<void> {
  if (locale === "en" || i18next.hasResourceBundle(locale, "translation")) return;
  const messages = await loaders[locale]();
  i18next.addResourceBundle(locale, "translation", messages.default);
}

/**
 * Every number put into a sentence ("Tickets: {{count}}", "Request #{{number}}") is written in
 * the reader's digits, as `formatNumber` writes them elsewhere ("تیکت‌ها: ۳"), so no caller can
 * forget to; strings (already formatted) pass through.
 */
export const interpolation = {
  escapeValue: false,
  alwaysFormat: true,
  format: (value: unknown, _format: string | undefined, lng: string | undefined): string =>
    // Anything else is i18next's to turn into text, as before.
    typeof value === "number" ? formatNumber(value, resolveLocale(lng ?? "en")) : (value as string),
};

/**
 * Sets up translations and the document's language and direction. The first language comes
 * from Telegram's `language_code`, before any request, so the first paint is already right.
 */
export async function startI18n(languageCode: string | null): Promise<Locale> {
  const locale = resolveLocale(languageCode ?? navigator.language);
  await i18next.init({
    lng: "en",
    fallbackLng: "en",
    resources: { en: { translation: en } },
    interpolation,
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  await setLocale(locale).catch(() => {
    // Offline before the language chunk arrived: English is better than nothing.
  });
  return locale;
}

export async function setLocale(locale: Locale): Promise<void> {
  applyDocumentLocale(locale);
  if (i18next.language === locale) return;
  await ensureLoaded(locale);
  await i18next.changeLanguage(locale);
}

function applyDocumentLocale(locale: Locale) {
  document.documentElement.lang = locale;
  document.documentElement.dir = RTL_LOCALES.has(locale) ? "rtl" : "ltr";
}

export const currentLocale = (): Locale => resolveLocale(i18next.language);

const boundT = i18next.t.bind(i18next) as TFunction;

/**
 * `t` for components, re-rendering them when the language changes. A dozen lines instead of
 * react-i18next keep the customer's first download under its budget.
 */
export function useTranslation(): { t: TFunction } {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    i18next.on("languageChanged", rerender);
    return () => i18next.off("languageChanged", rerender);
  }, []);
  return { t: boundT };
}
