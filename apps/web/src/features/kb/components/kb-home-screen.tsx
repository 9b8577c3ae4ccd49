import { useEffect, useId, useState } from "react";
import { Link, useLocation, useSearchParams } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { Screen } from "../../../components/screen";
import { SkeletonList } from "../../../components/skeleton";
import { useKbTranslation } from "../../../lib/kb-i18n";
import { useBackButton } from "../../../lib/telegram";
import { useKbHome } from "../api/get-kb-home";
import { MIN_QUERY, useKbSearch } from "../api/search-kb";
import { KbArticleCard } from "./kb-article-card";
import { NewRequestOffer } from "./new-request-offer";

/** Waits for a pause in typing before searching: one request per thought, not per key. */
function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function KbHomeScreen() {
  const { t, locale } = useKbTranslation();
  const [, navigate] = useLocation();
  const [params, setParams] = useSearchParams();
  // The query lives in the URL, so coming back from an article shows the same results.
  const [text, setText] = useState(() => params.get("q") ?? "");
  const query = useDebounced(text.trim(), 250);
  const searchId = useId();
  useBackButton(() => navigate("~/"));

  useEffect(() => {
    if ((params.get("q") ?? "") !== query) {
      setParams(query ? { q: query } : {}, { replace: true });
    }
  }, [query, params, setParams]);

  const searching = query.length >= MIN_QUERY;
  return (
    <Screen title={t("title")}>
      <search>
        <form
          className="kb-search"
          onSubmit={(event) => {
            event.preventDefault();
            // Enter closes the phone's keyboard so the results can be seen.
            (document.activeElement as HTMLElement | null)?.blur();
          }}
        >
          <label htmlFor={searchId}>{t("searchLabel")}</label>
          <input
            id={searchId}
            type="search"
            dir="auto"
            enterKeyHint="search"
            autoComplete="off"
            maxLength={200}
            placeholder={t("searchPlaceholder")}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </form>
      </search>
      {searching ? <SearchResults query={query} /> : <HomeSections locale={locale} />}
    </Screen>
  );
}

function SearchResults({ query }: { query: string }) {
  const { t, locale } = useKbTranslation();
  const search = useKbSearch(query, locale);
  if (search.isPending) return <SkeletonList label={t("searching")} rows={3} />;
  if (search.isError) return <ErrorState onRetry={() => void search.refetch()} />;
  const results = search.data.results;
  return (
    <section className="kb-section" aria-labelledby="kb-results" aria-busy={search.isFetching}>
      <h2 id="kb-results" className="visually-hidden">
        {t("results")}
      </h2>
      <p className="hint" role="status">
        {results.length > 0
          ? t("resultsCount", { count: results.length })
          : t("noResultsTitle", { query })}
      </p>
      {results.length === 0 ? (
        <NewRequestOffer body={t("noResultsBody")} />
      ) : (
        <ul className="kb-cards">
          {results.map((result) => (
            <KbArticleCard key={result.slug} article={result} snippet={result.snippet} />
          ))}
        </ul>
      )}
    </section>
  );
}

function HomeSections({ locale }: { locale: Parameters<typeof useKbHome>[0] }) {
  const { t } = useKbTranslation();
  const home = useKbHome(locale);
  if (home.isPending) return <SkeletonList label={t("title")} rows={4} />;
  if (home.isError) return <ErrorState onRetry={() => void home.refetch()} />;
  const categories = home.data.categories.filter((category) => category.count > 0);
  if (home.data.popular.length === 0 && categories.length === 0) {
    return <NewRequestOffer body={t("emptyHome")} />;
  }
  return (
    <>
      {home.data.popular.length > 0 ? (
        <section className="kb-section" aria-labelledby="kb-popular">
          <h2 id="kb-popular">{t("popular")}</h2>
          <ul className="kb-cards">
            {home.data.popular.map((article) => (
              <KbArticleCard key={article.slug} article={article} />
            ))}
          </ul>
        </section>
      ) : null}
      {categories.length > 0 ? (
        <section className="kb-section" aria-labelledby="kb-categories">
          <h2 id="kb-categories">{t("categoriesTitle")}</h2>
          <ul className="kb-categories">
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={`/category/${category.id}`} className="kb-category">
                  <span className="kb-category-name">{t(`categories.${category.id}`)}</span>
                  <span className="hint">{t("categoryCount", { count: category.count })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
