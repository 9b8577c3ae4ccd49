import type { KbCategory } from "@helpline/contracts/kb";
import { RTL_LOCALES } from "@helpline/contracts/locales";
import { useState } from "react";
import { useLocation, useSearchParams } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { Markdown } from "../../../components/markdown/markdown";
import { Screen } from "../../../components/screen";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { formatWhen } from "../../../lib/format";
import { useKbTranslation } from "../../../lib/kb-i18n";
import { haptic, useBackButton } from "../../../lib/telegram";
import { clearDraft } from "../../tickets/components/new-ticket-draft";
import { useKbArticle } from "../api/get-kb-article";
import { recordDeflection } from "../api/suggest-kb";
import { ArticleFeedback } from "./article-feedback";
import { DeflectionSolved } from "./deflection-solved";
import { KbArticleCard } from "./kb-article-card";
import { NewRequestOffer } from "./new-request-offer";

/** The request form's topic for an article's category, for "Still need help?". */
const TOPIC_OF: Record<KbCategory, string> = {
  orders: "orders",
  delivery: "orders",
  returns: "orders",
  payment: "payment",
  account: "account",
  security: "account",
  app: "features",
};

export function KbArticleScreen({ slug }: { slug: string }) {
  const { t, locale } = useKbTranslation();
  const [, navigate] = useLocation();
  const [params] = useSearchParams();
  const article = useKbArticle(slug, locale);
  const [solved, setSolved] = useState(false);
  // Opened from a suggestion while writing a request: that draft's deflection session.
  const session = params.get("session");
  useBackButton(() => (window.history.length > 1 ? window.history.back() : navigate("/")));

  if (solved) return <DeflectionSolved />;
  if (article.isPending) {
    return (
      <Screen title={t("title")}>
        <SkeletonList label={t("title")} rows={5} />
      </Screen>
    );
  }
  if (article.isError) {
    const missing = article.error instanceof ApiError && article.error.status === 404;
    return (
      <Screen title={t("title")}>
        {missing ? (
          <>
            <p className="notice">{t("notFound")}</p>
            <NewRequestOffer body={t("noResultsBody")} />
          </>
        ) : (
          <ErrorState onRetry={() => void article.refetch()} />
        )}
      </Screen>
    );
  }
  const data = article.data;
  const dir = RTL_LOCALES.has(data.locale) ? "rtl" : "ltr";
  return (
    <Screen title={data.title}>
      <article className="kb-article" lang={data.locale} dir={dir}>
        {data.staffOnly ? (
          <span className="badge badge-warning kb-badge">{t("staffOnly")}</span>
        ) : null}
        {data.locale !== locale ? (
          <p className="notice" lang={locale} dir={RTL_LOCALES.has(locale) ? "rtl" : "ltr"}>
            {t("fallbackLanguage")}
          </p>
        ) : null}
        {data.summary ? <p className="hint">{data.summary}</p> : null}
        <div className="kb-article-body">
          <Markdown source={data.body} dir={dir} baseLevel={1} imageFallbackAlt={t("image")} />
        </div>
        <p className="hint" lang={locale}>
          {t("updated", { time: formatWhen(data.updatedAt, locale) })}
        </p>
      </article>

      {session ? (
        <button
          type="button"
          className="button button-primary button-wide"
          onClick={() => {
            haptic.success();
            void recordDeflection({ sessionId: session, event: "solved", slugs: [slug], locale });
            clearDraft();
            setSolved(true);
          }}
        >
          {t("deflection.solved")}
        </button>
      ) : null}

      <ArticleFeedback slug={slug} locale={locale} />

      {data.related.length > 0 ? (
        <section className="kb-section" aria-labelledby="kb-related">
          <h2 id="kb-related">{t("related")}</h2>
          <ul className="kb-cards">
            {data.related.map((related) => (
              <KbArticleCard key={related.slug} article={related} />
            ))}
          </ul>
        </section>
      ) : null}

      <NewRequestOffer
        title={t("stillNeedHelp")}
        body={t("stillNeedHelpBody")}
        topic={TOPIC_OF[data.category]}
      />
    </Screen>
  );
}
