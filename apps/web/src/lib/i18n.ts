import { type Locale, RTL_LOCALES, resolveLocale } from "@helpline/contracts/locales";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../locales/en";
import fa from "../locales/fa";
import ru from "../locales/ru";
import zh from "../locales/zh";

/**
 * Sets up translations and the document's language and direction. The first language comes
 * from Telegram's `language_code`, before any request, so the first paint is already right.
 */
export function startI18n(languageCode: string | null): Locale {
  const locale = resolveLocale(languageCode ?? navigator.language);
  void i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: "en",
    resources: {
      en: { translation: en },
      ru: { translation: ru },
      fa: { translation: fa },
      zh: { translation: zh },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  applyDocumentLocale(locale);
  return locale;
}

export function setLocale(locale: Locale) {
  if (i18next.language === locale) return;
  void i18next.changeLanguage(locale);
  applyDocumentLocale(locale);
}

function applyDocumentLocale(locale: Locale) {
  document.documentElement.lang = locale;
  document.documentElement.dir = RTL_LOCALES.has(locale) ? "rtl" : "ltr";
}

export const currentLocale = (): Locale => resolveLocale(i18next.language);
