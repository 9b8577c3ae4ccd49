import type { KbCategory } from "@helpline/contracts/kb";
import { Suspense } from "react";
import { Route, Switch } from "wouter";
import { SkeletonList } from "../../../components/skeleton";
import { useTranslation } from "../../../lib/i18n";
import { KbArticleScreen } from "./kb-article-screen";
import { KbCategoryScreen } from "./kb-category-screen";
import { KbHomeScreen } from "./kb-home-screen";
import "./kb.css";

/**
 * The customer's knowledge base at /kb: home with search, a category, an article. A lazy chunk
 * with its own words (lib/kb-i18n.ts), so My requests loads none of it.
 */
export default function KbApp() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<SkeletonList label={t("app.loading")} rows={4} />}>
      <Switch>
        <Route path="/category/:id">
          {(params) => <KbCategoryScreen category={params.id as KbCategory} />}
        </Route>
        <Route path="/:slug">{(params) => <KbArticleScreen slug={params.slug} />}</Route>
        <Route>
          <KbHomeScreen />
        </Route>
      </Switch>
    </Suspense>
  );
}
