import { LOCALES, type Locale } from "@helpline/contracts/locales";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { currentLocale, setLocale, useTranslation } from "../../../lib/i18n";

const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  fa: "فارسی",
  zh: "中文",
};

/** Asks the server whether the demo door is open (it is only without a real BOT_TOKEN). */
function useDemoAvailable() {
  return useQuery({
    queryKey: ["demo"],
    queryFn: async () => (await fetch("/api/demo")).ok,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function OutsideTelegram() {
  const { t } = useTranslation();
  const demo = useDemoAvailable();
  const [lang, setLang] = useState<Locale>(currentLocale());
  const [theme, setTheme] = useState<"light" | "dark">(
    window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light",
  );
  const launch = (as: "customer" | "agent") =>
    `/api/demo/launch?${new URLSearchParams({ as, lang, theme })}`;

  return (
    <main className="screen screen-center">
      <h1>{t("session.outsideTitle")}</h1>
      <p className="hint">{t("session.outsideBody")}</p>
      {demo.data ? (
        <section className="card" aria-labelledby="demo-title">
          <h2 id="demo-title">{t("session.demoTitle")}</h2>
          <p className="hint">{t("session.demoBody")}</p>
          <div className="field">
            <label htmlFor="demo-lang">{t("session.language")}</label>
            <select
              id="demo-lang"
              value={lang}
              onChange={(event) => {
                const next = event.target.value as Locale;
                setLang(next);
                void setLocale(next);
              }}
            >
              {LOCALES.map((locale) => (
                <option key={locale} value={locale}>
                  {LANGUAGE_NAMES[locale]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="demo-theme">{t("session.theme")}</label>
            <select
              id="demo-theme"
              value={theme}
              onChange={(event) => setTheme(event.target.value as "light" | "dark")}
            >
              <option value="light">{t("session.light")}</option>
              <option value="dark">{t("session.dark")}</option>
            </select>
          </div>
          <a className="button button-primary button-wide" href={launch("customer")}>
            {t("session.demoCustomer")}
          </a>
          <a className="button button-wide" href={launch("agent")}>
            {t("session.demoAgent")}
          </a>
        </section>
      ) : null}
    </main>
  );
}
