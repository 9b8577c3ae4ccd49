import type { Locale } from "@helpline/contracts/locales";
import type {
  BannedWord,
  BannedWordInput,
  BannedWordList,
  Macro,
  MacroInput,
  MacroList,
  MacroPatch,
  MacroPreview,
} from "@helpline/contracts/macros";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const useMacros = (locale: Locale | null, q = "") =>
  useQuery({
    queryKey: ["macros", locale, q],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams();
      if (locale) params.set("locale", locale);
      if (q.trim()) params.set("q", q.trim());
      const query = params.toString();
      return apiRequest<MacroList>(`/api/admin/macros${query ? `?${query}` : ""}`, { signal });
    },
    placeholderData: (previous) => previous,
  });

export const previewMacro = (ticketId: string, macroId: string, signal?: AbortSignal) =>
  apiRequest<MacroPreview>("/api/admin/macros/preview", {
    method: "POST",
    body: { ticketId, macroId },
    signal,
  });

export const useMacroPreview = (ticketId: string, macroId: string | null) =>
  useQuery({
    queryKey: ["macros", "preview", ticketId, macroId],
    queryFn: ({ signal }) => previewMacro(ticketId, macroId as string, signal),
    enabled: macroId !== null,
    retry: false,
  });

export function useSaveMacro() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: MacroInput | MacroPatch }) =>
      id
        ? apiRequest<Macro>(`/api/admin/macros/${encodeURIComponent(id)}`, {
            method: "PATCH",
            body: input,
          })
        : apiRequest<Macro>("/api/admin/macros", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["macros"] }),
  });
}

export function useDeleteMacro() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<null>(`/api/admin/macros/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["macros"] }),
  });
}

export const useBannedWords = (locale: Locale) =>
  useQuery({
    queryKey: ["banned-words", locale],
    queryFn: ({ signal }) =>
      apiRequest<BannedWordList>(`/api/admin/banned-words?locale=${locale}`, { signal }),
  });

export function useAddBannedWord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BannedWordInput) =>
      apiRequest<BannedWord>("/api/admin/banned-words", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["banned-words"] }),
  });
}

export function useRemoveBannedWord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<null>(`/api/admin/banned-words/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["banned-words"] }),
  });
}
