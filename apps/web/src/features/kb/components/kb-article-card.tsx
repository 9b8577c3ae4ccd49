import type { KbArticleCard as Card, KbSnippetPart } from "@helpline/contracts/kb";
import { RTL_LOCALES } from "@helpline/contracts/locales";
import { Link } from "wouter";
import { SnippetText } from "./snippet-text";

/** One article in a list: its title, and the search snippet or the summary. */
export function KbArticleCard({ article, snippet }: { article: Card; snippet?: KbSnippetPart[] }) {
  const dir = RTL_LOCALES.has(article.locale) ? "rtl" : "ltr";
  return (
    <li>
      <Link href={`/${article.slug}`} className="kb-card" lang={article.locale} dir={dir}>
        <span className="kb-card-title">{article.title}</span>
        <span className="kb-card-text">
          {snippet && snippet.length > 0 ? <SnippetText parts={snippet} /> : article.summary}
        </span>
      </Link>
    </li>
  );
}
