import type { KbCategory, KbHome } from "@helpline/contracts/kb";
import type { Locale } from "@helpline/contracts/locales";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

/** Popular articles and categories; with `category`, also that category's articles. */
export const getKbHome = (locale: Locale, category?: KbCategory, signal?: AbortSignal) =>
  apiRequest<KbHome>(
    `/api/kb/home?${new URLSearchParams({ locale, ...(category ? { category } : {}) })}`,
    { signal },
  );

export const kbHomeQueryOptions = (locale: Locale, category?: KbCategory) =>
  queryOptions({
    queryKey: ["kb", "home", locale, category ?? null],
    queryFn: ({ signal }) => getKbHome(locale, category, signal),
    staleTime: 5 * 60_000,
  });

export const useKbHome = (locale: Locale, category?: KbCategory) =>
  useQuery({ ...kbHomeQueryOptions(locale, category), placeholderData: keepPreviousData });
