import { Suspense } from "react";
import { Route, Switch } from "wouter";
import { SkeletonList } from "../../../components/skeleton";
import { useTranslation } from "../../../lib/i18n";
import { ArticleEditorScreen } from "./article-editor-screen";
import { ArticleListScreen } from "./article-list-screen";
import { FromTicketScreen } from "./from-ticket-screen";
import { InsightsScreen } from "./insights-screen";
import "../../kb/components/kb.css";
import "./kb-admin.css";

/**
 * The knowledge-base editor at /admin/kb, for content editors and admins (the API enforces it).
 * Its own lazy chunk inside the console: agents answering tickets never download the editor.
 */
export default function KbAdminApp() {
  const { t } = useTranslation();
  return (
    // The console's main area (beside its navigation on a desktop).
    <div className="console-main">
      <Suspense fallback={<SkeletonList label={t("app.loading")} />}>
        <Switch>
          <Route path="/new">
            <ArticleEditorScreen />
          </Route>
          <Route path="/insights">
            <InsightsScreen />
          </Route>
          <Route path="/from-ticket/:id">
            {(params) => <FromTicketScreen ticketId={params.id} />}
          </Route>
          <Route path="/articles/:slug">
            {(params) => <ArticleEditorScreen key={params.slug} slug={params.slug} />}
          </Route>
          <Route>
            <ArticleListScreen />
          </Route>
        </Switch>
      </Suspense>
    </div>
  );
}
