import type {
  KbCategory,
  KbCreateArticleInput,
  KbEditorArticle,
  KbStatus,
  KbTranslation,
  KbUpdateArticleInput,
} from "@helpline/contracts/kb";
import { LOCALES, type Locale } from "@helpline/contracts/locales";

/** What the editor form holds: every language present (empty when not written yet). */
export interface ArticleDraft {
  slug: string;
  category: KbCategory;
  status: KbStatus;
  popular: boolean;
  tags: string;
  related: string;
  translations: Record<Locale, KbTranslation>;
}

const emptyTranslation = (): KbTranslation => ({ title: "", summary: "", body: "" });

export const emptyArticleDraft = (): ArticleDraft => ({
  slug: "",
  category: "orders",
  status: "draft",
  popular: false,
  tags: "",
  related: "",
  translations: Object.fromEntries(LOCALES.map((locale) => [locale, emptyTranslation()])) as Record<
    Locale,
    KbTranslation
  >,
});

export function draftFromArticle(article: KbEditorArticle): ArticleDraft {
  const draft = emptyArticleDraft();
  for (const locale of LOCALES) {
    const version = article.translations[locale];
    if (version) draft.translations[locale] = { ...version };
  }
  return {
    ...draft,
    slug: article.slug,
    category: article.category,
    status: article.status,
    popular: article.popular,
    tags: article.tags.join(" "),
    related: article.related.join(" "),
  };
}

const words = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** A language counts as written once it has a title or any text. */
export const isWritten = (translation: KbTranslation) =>
  Boolean(translation.title.trim() || translation.summary.trim() || translation.body.trim());

function writtenTranslations(draft: ArticleDraft): Partial<Record<Locale, KbTranslation>> {
  const out: Partial<Record<Locale, KbTranslation>> = {};
  for (const locale of LOCALES) {
    const translation = draft.translations[locale];
    if (isWritten(translation)) {
      out[locale] = {
        title: translation.title.trim(),
        summary: translation.summary.trim(),
        body: translation.body,
      };
    }
  }
  return out;
}

export function createInput(draft: ArticleDraft): KbCreateArticleInput {
  return {
    slug: draft.slug.trim(),
    category: draft.category,
    status: draft.status,
    popular: draft.popular,
    tags: words(draft.tags),
    related: words(draft.related),
    translations: writtenTranslations(draft),
  };
}

/** The whole form as a PATCH; a language emptied since the last save is removed (null). */
export function updateInput(draft: ArticleDraft, saved: ArticleDraft): KbUpdateArticleInput {
  const written = writtenTranslations(draft);
  const translations: Partial<Record<Locale, KbTranslation | null>> = { ...written };
  for (const locale of LOCALES) {
    if (!written[locale] && isWritten(saved.translations[locale])) translations[locale] = null;
  }
  return {
    category: draft.category,
    status: draft.status,
    popular: draft.popular,
    tags: words(draft.tags),
    related: words(draft.related),
    translations,
  };
}
