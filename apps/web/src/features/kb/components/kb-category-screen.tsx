import type { KbCategory } from "@helpline/contracts/kb";
import { useLocation } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { Screen } from "../../../components/screen";
import { SkeletonList } from "../../../components/skeleton";
import { useKbTranslation } from "../../../lib/kb-i18n";
import { useBackButton } from "../../../lib/telegram";
import { useKbHome } from "../api/get-kb-home";
import { KbArticleCard } from "./kb-article-card";
import { NewRequestOffer } from "./new-request-offer";

export function KbCategoryScreen({ category }: { category: KbCategory }) {
  const { t, locale } = useKbTranslation();
  const [, navigate] = useLocation();
  const home = useKbHome(locale, category);
  useBackButton(() => navigate("/"));
  const known = home.data?.categories.some((item) => item.id === category) ?? true;
  const articles = home.data?.articles ?? [];
  return (
    <Screen title={known ? t(`categories.${category}`) : t("title")}>
      {home.isPending ? (
        <SkeletonList label={t("title")} rows={4} />
      ) : home.isError ? (
        <ErrorState onRetry={() => void home.refetch()} />
      ) : articles.length === 0 ? (
        <>
          <p className="empty hint">{t("emptyCategory")}</p>
          <NewRequestOffer body={t("noResultsBody")} />
        </>
      ) : (
        <ul className="kb-cards">
          {articles.map((article) => (
            <KbArticleCard key={article.slug} article={article} />
          ))}
        </ul>
      )}
    </Screen>
  );
}
