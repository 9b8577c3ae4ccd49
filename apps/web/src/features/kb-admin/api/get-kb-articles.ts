import type { KbCategory, KbEditorList, KbStatus } from "@helpline/contracts/kb";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export interface KbArticleFilters {
  status?: KbStatus;
  category?: KbCategory;
  q?: string;
}

export const getKbArticles = (filters: KbArticleFilters, signal?: AbortSignal) => {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.category) params.set("category", filters.category);
  if (filters.q) params.set("q", filters.q);
  const search = params.toString();
  return apiRequest<KbEditorList>(`/api/admin/kb/articles${search ? `?${search}` : ""}`, {
    signal,
  });
};

export const kbArticlesQueryOptions = (filters: KbArticleFilters) =>
  queryOptions({
    queryKey: ["kb-admin", "articles", filters],
    queryFn: ({ signal }) => getKbArticles(filters, signal),
  });

export const useKbArticles = (filters: KbArticleFilters) =>
  useQuery({ ...kbArticlesQueryOptions(filters), placeholderData: keepPreviousData });
