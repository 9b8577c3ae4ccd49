import type { Locale } from "@helpline/contracts/locales";
import type { TopicsResponse } from "@helpline/contracts/topics";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const getTopics = (locale: Locale, signal?: AbortSignal) =>
  apiRequest<TopicsResponse>(`/api/topics?lang=${locale}`, { signal });

export const topicsQueryOptions = (locale: Locale) =>
  queryOptions({
    queryKey: ["topics", locale],
    queryFn: ({ signal }) => getTopics(locale, signal),
    staleTime: 5 * 60_000,
  });

export const useTopics = (locale: Locale) => useQuery(topicsQueryOptions(locale));
