import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { useKbTranslation } from "../../../lib/kb-i18n";
import { haptic } from "../../../lib/telegram";
import { recordDeflection, useKbSuggestions } from "../api/suggest-kb";
import { SnippetText } from "./snippet-text";
import "./kb.css";

/** The words worth searching for: the subject first, then the start of the description. */
export function suggestionQuery(subject: string, description: string): string {
  const words = `${subject} ${description}`.trim().split(/\s+/).filter(Boolean);
  return words.slice(0, 12).join(" ").slice(0, 200);
}

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * "Maybe one of these answers it?" under the new-request form: up to three articles for what the
 * customer is writing. Shown, opened and "this solved it" are recorded against the draft's
 * session, so the share of requests self-service answered can be measured.
 */
export function KbSuggestions({
  subject,
  description,
  sessionId,
  onSolved,
}: {
  subject: string;
  description: string;
  sessionId: string;
  onSolved: (slug: string) => void;
}) {
  const { t, locale } = useKbTranslation();
  const query = useDebounced(suggestionQuery(subject, description), 400);
  const suggestions = useKbSuggestions(query.length >= 3 ? query : "", locale);
  const results = query.length >= 3 ? (suggestions.data?.results.slice(0, 3) ?? []) : [];
  const shown = useRef(new Set<string>());

  const slugs = results.map((result) => result.slug).join(" ");
  useEffect(() => {
    const fresh = slugs.split(" ").filter((slug) => slug && !shown.current.has(slug));
    if (fresh.length === 0) return;
    for (const slug of fresh) shown.current.add(slug);
    void recordDeflection({ sessionId, event: "shown", slugs: fresh, query, locale });
  }, [slugs, sessionId, query, locale]);

  if (results.length === 0) return null;
  return (
    <section className="kb-suggestions" aria-labelledby="kb-suggestions" aria-live="polite">
      <h2 id="kb-suggestions">{t("deflection.title")}</h2>
      {results.map((result) => (
        <div key={result.slug} className="kb-suggestion" lang={result.locale} dir="auto">
          <span className="kb-card-title">{result.title}</span>
          <span className="kb-card-text">
            {result.snippet.length > 0 ? <SnippetText parts={result.snippet} /> : result.summary}
          </span>
          <div className="kb-suggestion-actions" lang={locale}>
            <Link
              href={`~/kb/${result.slug}?session=${encodeURIComponent(sessionId)}`}
              className="button"
              aria-label={`${t("deflection.open")}: ${result.title}`}
              onClick={() => {
                void recordDeflection({
                  sessionId,
                  event: "opened",
                  slugs: [result.slug],
                  query,
                  locale,
                });
              }}
            >
              {t("deflection.open")}
            </Link>
            <button
              type="button"
              className="button"
              aria-label={`${t("deflection.solved")}: ${result.title}`}
              onClick={() => {
                haptic.success();
                void recordDeflection({
                  sessionId,
                  event: "solved",
                  slugs: [result.slug],
                  query,
                  locale,
                });
                onSolved(result.slug);
              }}
            >
              {t("deflection.solved")}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
