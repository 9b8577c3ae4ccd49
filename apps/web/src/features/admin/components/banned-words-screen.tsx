import type { Locale } from "@helpline/contracts/locales";
import { useId, useState } from "react";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { useAddBannedWord, useBannedWords, useRemoveBannedWord } from "../api/macros";
import { ActionError } from "./action-error";
import { LocaleSelect } from "./locale-select";
import { ToolScreen } from "./tool-screen";

/** Supervisors keep the list of phrases a reply or macro must never contain, per language. */
export function BannedWordsScreen() {
  const { t } = useTranslation();
  const id = useId();
  const [locale, setLocale] = useState<Locale>(currentLocale());
  const [phrase, setPhrase] = useState("");
  const words = useBannedWords(locale);
  const add = useAddBannedWord();
  const remove = useRemoveBannedWord();

  return (
    <ToolScreen title={t("admin.banned.title")}>
      <p className="hint">{t("admin.banned.hint")}</p>
      <LocaleSelect value={locale} onChange={setLocale} label={t("admin.banned.language")} />
      <form
        className="row tag-add"
        onSubmit={(event) => {
          event.preventDefault();
          const value = phrase.trim();
          if (value) add.mutate({ locale, phrase: value }, { onSuccess: () => setPhrase("") });
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t("admin.banned.phrase")}</label>
          <input
            id={id}
            dir="auto"
            lang={locale}
            maxLength={100}
            value={phrase}
            onChange={(event) => setPhrase(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={!phrase.trim() || add.isPending}>
          {t("admin.banned.add")}
        </button>
      </form>
      <ActionError error={add.error ?? remove.error} />
      {words.isPending ? (
        <SkeletonList label={t("app.loading")} />
      ) : words.isError ? (
        <ErrorState onRetry={() => void words.refetch()} />
      ) : words.data.items.length === 0 ? (
        <p className="empty hint">{t("admin.banned.empty")}</p>
      ) : (
        <ul className="tags banned-list">
          {words.data.items.map((word) => (
            <li key={word.id} className="tag" lang={word.locale}>
              <span dir="auto">{word.phrase}</span>
              <button
                type="button"
                className="tag-remove"
                disabled={remove.isPending}
                onClick={() => remove.mutate(word.id)}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">
                  {t("admin.banned.remove", { phrase: word.phrase })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </ToolScreen>
  );
}
