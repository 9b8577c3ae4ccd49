import type { KbArticle } from "@helpline/contracts/kb";
import type { Locale } from "@helpline/contracts/locales";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const getKbArticle = (slug: string, locale: Locale, signal?: AbortSignal) =>
  apiRequest<KbArticle>(
    `/api/kb/articles/${encodeURIComponent(slug)}?${new URLSearchParams({ locale })}`,
    { signal },
  );

export const kbArticleQueryOptions = (slug: string, locale: Locale) =>
  queryOptions({
    queryKey: ["kb", "article", slug, locale],
    queryFn: ({ signal }) => getKbArticle(slug, locale, signal),
    staleTime: 5 * 60_000,
  });

export const useKbArticle = (slug: string, locale: Locale) =>
  useQuery(kbArticleQueryOptions(slug, locale));
