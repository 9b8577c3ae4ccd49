import { LOCALES, type Locale } from "@helpline/contracts/locales";
import { useId } from "react";
import { useTranslation } from "../../../lib/i18n";

export function LocaleSelect({
  value,
  onChange,
  label,
}: {
  value: Locale;
  onChange: (locale: Locale) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Locale)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`admin.languages.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
