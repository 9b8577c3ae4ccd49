import { LOCALES, type Locale } from "@helpline/contracts/locales";
import { CONSENT_VERSION } from "@helpline/contracts/users";
import { useId, useState } from "react";
import { useLocation } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { Screen } from "../../../components/screen";
import { SkeletonList } from "../../../components/skeleton";
import { formatWhen } from "../../../lib/format";
import { currentLocale, setLocale, useTranslation } from "../../../lib/i18n";
import { confirmAction, haptic, useBackButton } from "../../../lib/telegram";
import { useMe } from "../../session/api/get-me";
import { downloadMyData, useEraseMyData, useGiveConsent, useUpdateSettings } from "../api/settings";

const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  fa: "فارسی",
  zh: "中文",
};
const DEVICE_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const ZONES: string[] = (() => {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported ? supported("timeZone") : [DEVICE_ZONE, "UTC"];
})();

export function SettingsScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const me = useMe();
  const update = useUpdateSettings();
  const consent = useGiveConsent();
  const erase = useEraseMyData();
  const [erased, setErased] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const ids = {
    lang: useId(),
    zone: useId(),
    from: useId(),
    to: useId(),
    notify: useId(),
    quiet: useId(),
  };
  useBackButton(() => navigate("/"));

  if (me.isPending) {
    return (
      <Screen title={t("settings.title")}>
        <SkeletonList label={t("app.loading")} rows={4} />
      </Screen>
    );
  }
  if (me.isError) return <ErrorState onRetry={() => void me.refetch()} />;
  const { settings } = me.data;
  const save = (input: Parameters<typeof update.mutate>[0]) =>
    update.mutate(input, { onSuccess: () => haptic.success(), onError: () => haptic.error() });

  return (
    <Screen title={t("settings.title")}>
      <section className="card">
        <div className="field">
          <label htmlFor={ids.lang}>{t("settings.language")}</label>
          <select
            id={ids.lang}
            value={settings.language}
            onChange={(event) => {
              const language = event.target.value as Locale;
              void setLocale(language);
              save({ language });
            }}
          >
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LANGUAGE_NAMES[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.zone}>{t("settings.timeZone")}</label>
          <select
            id={ids.zone}
            value={settings.timeZone ?? DEVICE_ZONE}
            onChange={(event) => save({ timeZone: event.target.value })}
          >
            {(ZONES.includes(DEVICE_ZONE) ? ZONES : [DEVICE_ZONE, ...ZONES]).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <p className="hint">{t("settings.timeZoneDevice", { zone: DEVICE_ZONE })}</p>
        </div>
      </section>

      <section className="card">
        <label className="switch" htmlFor={ids.notify}>
          <span>
            <span className="switch-title">{t("settings.notifications")}</span>
            <span className="hint">{t("settings.notificationsHint")}</span>
          </span>
          <input
            id={ids.notify}
            type="checkbox"
            role="switch"
            checked={settings.notificationsEnabled}
            aria-checked={settings.notificationsEnabled}
            onChange={(event) => save({ notificationsEnabled: event.target.checked })}
          />
        </label>
        <label className="switch" htmlFor={ids.quiet}>
          <span>
            <span className="switch-title">{t("settings.quietHours")}</span>
            <span className="hint">{t("settings.quietHint")}</span>
          </span>
          <input
            id={ids.quiet}
            type="checkbox"
            role="switch"
            checked={settings.quietHours !== null}
            aria-checked={settings.quietHours !== null}
            onChange={(event) =>
              save({ quietHours: event.target.checked ? { start: "22:00", end: "08:00" } : null })
            }
          />
        </label>
        {settings.quietHours ? (
          <div className="row">
            <div className="field">
              <label htmlFor={ids.from}>{t("settings.from")}</label>
              <input
                id={ids.from}
                type="time"
                value={settings.quietHours.start}
                onChange={(event) =>
                  event.target.value &&
                  save({
                    quietHours: {
                      start: event.target.value,
                      end: settings.quietHours?.end ?? "08:00",
                    },
                  })
                }
              />
            </div>
            <div className="field">
              <label htmlFor={ids.to}>{t("settings.to")}</label>
              <input
                id={ids.to}
                type="time"
                value={settings.quietHours.end}
                onChange={(event) =>
                  event.target.value &&
                  save({
                    quietHours: {
                      start: settings.quietHours?.start ?? "22:00",
                      end: event.target.value,
                    },
                  })
                }
              />
            </div>
          </div>
        ) : null}
        <p className="hint" role="status">
          {update.isSuccess ? t("settings.saved") : update.isError ? t("errors.generic") : ""}
        </p>
      </section>

      <section className="card">
        <h2>{t("settings.privacy")}</h2>
        {settings.consent ? (
          <p className="hint">
            {t("settings.consentGiven", { date: formatWhen(settings.consent.at, currentLocale()) })}
          </p>
        ) : (
          <>
            <p>{t("settings.consentAsk")}</p>
            <button
              type="button"
              className="button button-primary"
              disabled={consent.isPending}
              onClick={() => consent.mutate(CONSENT_VERSION, { onSuccess: () => haptic.success() })}
            >
              {t("settings.consentAction")}
            </button>
          </>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            setExportFailed(false);
            downloadMyData().catch(() => setExportFailed(true));
          }}
        >
          {t("settings.export")}
        </button>
        <p className="hint">{exportFailed ? t("errors.generic") : t("settings.exportHint")}</p>
        {erased ? (
          <p className="notice" role="status">
            {t("settings.erased")}
          </p>
        ) : (
          <>
            <button
              type="button"
              className="button button-danger"
              disabled={erase.isPending}
              onClick={async () => {
                const sure = await confirmAction(
                  t("settings.eraseConfirm"),
                  t("settings.erase"),
                  t("nav.back"),
                );
                if (!sure) return;
                erase.mutate(undefined, {
                  onSuccess: () => {
                    haptic.success();
                    setErased(true);
                  },
                  onError: () => haptic.error(),
                });
              }}
            >
              {t("settings.erase")}
            </button>
            <p className="hint">{t("settings.eraseHint")}</p>
          </>
        )}
      </section>
    </Screen>
  );
}
