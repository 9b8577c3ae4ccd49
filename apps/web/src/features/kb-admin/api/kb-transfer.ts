import type { KbExport, KbImportResult, KbInsights } from "@helpline/contracts/kb";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const exportKb = () => apiRequest<KbExport>("/api/admin/kb/export");

/** Sends a parsed export file as is: the API validates it and answers field errors. */
export const importKb = (file: unknown) =>
  apiRequest<KbImportResult>("/api/admin/kb/import", { method: "POST", body: file });

export const getKbInsights = (days: number, signal?: AbortSignal) =>
  apiRequest<KbInsights>(`/api/admin/kb/insights?days=${days}&limit=20`, { signal });

export const useKbInsights = (days: number) =>
  useQuery({
    queryKey: ["kb-admin", "insights", days],
    queryFn: ({ signal }) => getKbInsights(days, signal),
  });
