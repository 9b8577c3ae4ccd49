import {
  KB_CATEGORIES,
  KB_STATUSES,
  type KbCategory,
  type KbEditorArticle,
  type KbStatus,
  type KbTranslation,
} from "@helpline/contracts/kb";
import { LOCALES, type Locale, RTL_LOCALES } from "@helpline/contracts/locales";
import { useDeferredValue, useId, useState } from "react";
import { Link, useLocation } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { Markdown } from "../../../components/markdown/markdown";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { type KbT, useKbTranslation } from "../../../lib/kb-i18n";
import { haptic, useBackButton } from "../../../lib/telegram";
import { useKbEditorArticle } from "../api/get-kb-editor-article";
import {
  createKbArticle,
  setKbArticlePublished,
  updateKbArticle,
  useKbAdminMutation,
} from "../api/save-kb-article";
import {
  type ArticleDraft,
  createInput,
  draftFromArticle,
  emptyArticleDraft,
  isWritten,
  updateInput,
} from "./article-draft";
import { VersionHistory } from "./version-history";

/** Each language's own name: the tabs read the same to an editor of any language. */
const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  fa: "فارسی",
  zh: "中文",
};

export function ArticleEditorScreen({ slug }: { slug?: string }) {
  const { t } = useKbTranslation();
  const article = useKbEditorArticle(slug ?? "");
  if (!slug) return <ArticleEditor t={t} />;
  if (article.isPending) return <SkeletonList label={t("admin.articles")} rows={5} />;
  if (article.isError) {
    const status = article.error instanceof ApiError ? article.error.status : 0;
    return (
      <ErrorState
        message={status === 403 ? t("admin.forbidden") : status === 404 ? t("notFound") : undefined}
        onRetry={() => void article.refetch()}
      />
    );
  }
  return <ArticleEditor t={t} article={article.data} />;
}

function ArticleEditor({ t, article }: { t: KbT; article?: KbEditorArticle }) {
  const [, navigate] = useLocation();
  const [saved, setSaved] = useState<ArticleDraft>(() =>
    article ? draftFromArticle(article) : emptyArticleDraft(),
  );
  const [draft, setDraft] = useState<ArticleDraft>(saved);
  const [language, setLanguage] = useState<Locale>(
    () => LOCALES.find((locale) => isWritten(saved.translations[locale])) ?? "en",
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const create = useKbAdminMutation(createKbArticle);
  const update = useKbAdminMutation(
    ({ slug, input }: { slug: string; input: Parameters<typeof updateKbArticle>[1] }) =>
      updateKbArticle(slug, input),
  );
  const publish = useKbAdminMutation(({ slug, on }: { slug: string; on: boolean }) =>
    setKbArticlePublished(slug, on),
  );
  const ids = {
    slug: useId(),
    category: useId(),
    status: useId(),
    tags: useId(),
    related: useId(),
    title: useId(),
    summary: useId(),
    body: useId(),
    panel: useId(),
  };
  useBackButton(() => navigate("/"));

  const isNew = !article;
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const busy = create.isPending || update.isPending || publish.isPending;
  const translation = draft.translations[language];
  const preview = useDeferredValue(translation.body);
  const dir = RTL_LOCALES.has(language) ? "rtl" : "ltr";

  const set = (changes: Partial<ArticleDraft>) =>
    setDraft((current) => ({ ...current, ...changes }));
  const setTranslation = (changes: Partial<KbTranslation>) =>
    setDraft((current) => ({
      ...current,
      translations: {
        ...current.translations,
        [language]: { ...current.translations[language], ...changes },
      },
    }));
  const errorFor = (...keys: string[]) =>
    Object.keys(fieldErrors).some((field) =>
      keys.some((key) => field === key || field.startsWith(`${key}.`)),
    )
      ? t("admin.invalid")
      : null;

  // "Keep at least one language" comes for `translations` as a whole: it belongs by the title.
  const titleError =
    errorFor(`translations.${language}.title`) ??
    (fieldErrors.translations ? t("admin.invalid") : null);

  const fail = (error: unknown) => {
    haptic.error();
    if (error instanceof ApiError && error.code === "validation_failed") {
      setFieldErrors(error.fields);
      setNotice({ text: t("admin.invalid"), error: true });
    } else if (error instanceof ApiError && error.status === 409) {
      setFieldErrors({ slug: [error.message] });
      setNotice({ text: t("admin.slugTaken"), error: true });
    } else if (error instanceof ApiError && error.status === 403) {
      setNotice({ text: t("admin.forbidden"), error: true });
    } else {
      setNotice({ text: t("errors.generic", { ns: "translation" }), error: true });
    }
  };

  /** Saves the form; returns the article's slug once it exists on the server. */
  const save = async (): Promise<string | null> => {
    setNotice(null);
    setFieldErrors({});
    try {
      if (isNew) {
        const created = await create.mutateAsync(createInput(draft));
        haptic.success();
        navigate(`/articles/${created.slug}`, { replace: true });
        return created.slug;
      }
      const updated = await update.mutateAsync({
        slug: article.slug,
        input: updateInput(draft, saved),
      });
      const next = draftFromArticle(updated);
      setSaved(next);
      setDraft(next);
      haptic.success();
      setNotice({ text: t("admin.saved"), error: false });
      return updated.slug;
    } catch (error) {
      fail(error);
      return null;
    }
  };

  const setPublished = async (on: boolean) => {
    const current = dirty || isNew ? await save() : (article?.slug ?? null);
    if (!current || isNew) return;
    try {
      const result = await publish.mutateAsync({ slug: current, on });
      const next = draftFromArticle(result);
      setSaved(next);
      setDraft(next);
      haptic.success();
      setNotice({ text: t(`admin.status.${result.status}`), error: false });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="kb-admin kb-editor">
      <Link href="/" className="desk-back">
        {t("admin.back")}
      </Link>
      <h2>{isNew ? t("admin.newArticle") : saved.translations[language].title || saved.slug}</h2>
      {article?.sourceTicketId ? <p className="hint">{t("admin.fromTicketSource")}</p> : null}

      <form
        className="kb-editor-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="kb-editor-meta">
          <div className="field">
            <label htmlFor={ids.slug}>{t("admin.slug")}</label>
            <input
              id={ids.slug}
              dir="ltr"
              value={draft.slug}
              readOnly={!isNew}
              required
              maxLength={80}
              pattern="[a-z0-9][a-z0-9-]*"
              aria-invalid={Boolean(errorFor("slug"))}
              aria-describedby={`${ids.slug}-hint`}
              onChange={(event) => set({ slug: event.target.value.toLowerCase() })}
            />
            <p className={errorFor("slug") ? "field-error" : "hint"} id={`${ids.slug}-hint`}>
              {errorFor("slug") ?? t("admin.slugHint")}
            </p>
          </div>
          <div className="field">
            <label htmlFor={ids.category}>{t("admin.category")}</label>
            <select
              id={ids.category}
              value={draft.category}
              onChange={(event) => set({ category: event.target.value as KbCategory })}
            >
              {KB_CATEGORIES.map((value) => (
                <option key={value} value={value}>
                  {t(`categories.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.status}>{t("admin.filterStatus")}</label>
            <select
              id={ids.status}
              value={draft.status}
              onChange={(event) => set({ status: event.target.value as KbStatus })}
            >
              {KB_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`admin.status.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <label className="chip kb-editor-pin">
            <input
              type="checkbox"
              checked={draft.popular}
              onChange={(event) => set({ popular: event.target.checked })}
            />
            <span>{t("admin.popular")}</span>
          </label>
          <div className="field">
            <label htmlFor={ids.tags}>{t("admin.tags")}</label>
            <input
              id={ids.tags}
              dir="auto"
              value={draft.tags}
              aria-invalid={Boolean(errorFor("tags"))}
              aria-describedby={`${ids.tags}-hint`}
              onChange={(event) => set({ tags: event.target.value })}
            />
            <p className={errorFor("tags") ? "field-error" : "hint"} id={`${ids.tags}-hint`}>
              {errorFor("tags") ?? t("admin.tagsHint")}
            </p>
          </div>
          <div className="field">
            <label htmlFor={ids.related}>{t("admin.related")}</label>
            <input
              id={ids.related}
              dir="ltr"
              value={draft.related}
              aria-invalid={Boolean(errorFor("related"))}
              aria-describedby={`${ids.related}-hint`}
              onChange={(event) => set({ related: event.target.value })}
            />
            <p className={errorFor("related") ? "field-error" : "hint"} id={`${ids.related}-hint`}>
              {errorFor("related") ?? t("admin.relatedHint")}
            </p>
          </div>
        </div>

        <div className="kb-editor-tabs" role="tablist" aria-label={t("admin.languageTabs")}>
          {LOCALES.map((locale) => (
            <button
              key={locale}
              type="button"
              role="tab"
              id={`${ids.panel}-${locale}`}
              aria-selected={language === locale}
              aria-controls={ids.panel}
              className="segment"
              lang={locale}
              onClick={() => setLanguage(locale)}
            >
              {LANGUAGE_NAMES[locale]}
              {isWritten(draft.translations[locale]) ? " ✓" : ""}
            </button>
          ))}
        </div>

        <div
          className="kb-editor-language"
          role="tabpanel"
          id={ids.panel}
          aria-labelledby={`${ids.panel}-${language}`}
        >
          <div className="kb-editor-fields">
            {!isWritten(translation) ? <p className="hint">{t("admin.missingLanguage")}</p> : null}
            <div className="field">
              <label htmlFor={ids.title}>{t("admin.articleTitle")}</label>
              <input
                id={ids.title}
                lang={language}
                dir={dir}
                maxLength={200}
                value={translation.title}
                aria-invalid={Boolean(titleError)}
                onChange={(event) => setTranslation({ title: event.target.value })}
              />
              {titleError ? <p className="field-error">{titleError}</p> : null}
            </div>
            <div className="field">
              <label htmlFor={ids.summary}>{t("admin.summary")}</label>
              <textarea
                id={ids.summary}
                lang={language}
                dir={dir}
                rows={2}
                maxLength={500}
                value={translation.summary}
                onChange={(event) => setTranslation({ summary: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.body}>{t("admin.body")}</label>
              <textarea
                id={ids.body}
                className="kb-editor-body"
                lang={language}
                dir={dir}
                rows={16}
                value={translation.body}
                aria-invalid={Boolean(errorFor(`translations.${language}.body`))}
                onChange={(event) => setTranslation({ body: event.target.value })}
              />
            </div>
            {isWritten(translation) ? (
              <button
                type="button"
                className="button button-danger kb-editor-remove"
                onClick={() => setTranslation({ title: "", summary: "", body: "" })}
              >
                {t("admin.removeLanguage")}
              </button>
            ) : null}
          </div>
          <section className="kb-editor-preview" aria-label={t("admin.preview")} lang={language}>
            <h3 className="hint">{t("admin.preview")}</h3>
            {preview.trim() ? (
              <Markdown source={preview} dir={dir} baseLevel={3} imageFallbackAlt={t("image")} />
            ) : (
              <p className="hint">{t("admin.previewEmpty")}</p>
            )}
          </section>
        </div>

        {notice ? (
          <p
            className={notice.error ? "notice notice-error" : "notice"}
            role={notice.error ? "alert" : "status"}
          >
            {notice.text}
          </p>
        ) : null}

        <div className="kb-editor-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || (!dirty && !isNew)}
          >
            {busy ? t("admin.saving") : isNew ? t("admin.create") : t("admin.save")}
          </button>
          {!isNew && saved.status !== "published" ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void setPublished(true)}
            >
              {t("admin.publish")}
            </button>
          ) : null}
          {!isNew && saved.status !== "draft" ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void setPublished(false)}
            >
              {t("admin.unpublish")}
            </button>
          ) : null}
        </div>
      </form>

      {article ? <VersionHistory slug={article.slug} /> : null}
    </section>
  );
}
