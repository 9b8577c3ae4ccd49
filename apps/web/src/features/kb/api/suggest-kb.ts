import type { KbDeflectionInput, KbSearchResponse } from "@helpline/contracts/kb";
import type { Locale } from "@helpline/contracts/locales";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

/** Up to three articles for what the customer is writing; the API does not log it as a search. */
export const suggestKb = (q: string, locale: Locale, signal?: AbortSignal) =>
  apiRequest<KbSearchResponse>(`/api/kb/suggest?${new URLSearchParams({ q, locale })}`, {
    signal,
  });

export const useKbSuggestions = (q: string, locale: Locale) =>
  useQuery({
    queryKey: ["kb", "suggest", locale, q],
    queryFn: ({ signal }) => suggestKb(q, locale, signal),
    enabled: q.length >= 3,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    // A suggestion that fails is no reason to bother someone writing a request.
    retry: false,
  });

/** Shown / opened / solved: how many requests self-service answered. Best effort, never blocks. */
export const recordDeflection = (input: KbDeflectionInput) =>
  apiRequest<unknown>("/api/kb/deflection", { method: "POST", body: input }).catch(() => {});
