import type { KbSearchResponse } from "@helpline/contracts/kb";
import type { Locale } from "@helpline/contracts/locales";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

/** Shortest query worth sending: one or two letters match half the knowledge base. */
export const MIN_QUERY = 2;

export const searchKb = (q: string, locale: Locale, signal?: AbortSignal) =>
  apiRequest<KbSearchResponse>(`/api/kb/search?${new URLSearchParams({ q, locale })}`, { signal });

export const kbSearchQueryOptions = (q: string, locale: Locale) =>
  queryOptions({
    queryKey: ["kb", "search", locale, q],
    queryFn: ({ signal }) => searchKb(q, locale, signal),
    staleTime: 60_000,
  });

/** As-you-type search: the previous results stay on screen while the next ones load. */
export const useKbSearch = (q: string, locale: Locale) =>
  useQuery({
    ...kbSearchQueryOptions(q, locale),
    enabled: q.length >= MIN_QUERY,
    placeholderData: keepPreviousData,
  });
