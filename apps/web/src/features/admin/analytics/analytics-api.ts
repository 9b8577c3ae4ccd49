import type {
  AnalyticsSection,
  EfficiencyFigures,
  ProductFigures,
  QualityFigures,
  RiskFigures,
  SlaFigures,
  VolumeFigures,
  WeeklyReport,
} from "@helpline/contracts/analytics";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiRequest } from "../../../lib/api-client";
import { launchState } from "../../../lib/telegram";

export interface Filters {
  from: string;
  to: string;
  tz: string;
  queue?: string;
  topic?: string;
  language?: string;
  agent?: string;
}

export interface SectionFigures {
  sla: SlaFigures;
  quality: QualityFigures;
  volume: VolumeFigures;
  efficiency: EfficiencyFigures;
  product: ProductFigures;
  risk: RiskFigures;
}

export function filterQuery(filters: Filters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params.toString();
}

export const useSection = <S extends AnalyticsSection>(section: S, filters: Filters) =>
  useQuery({
    queryKey: ["analytics", section, filters],
    queryFn: ({ signal }) =>
      apiRequest<SectionFigures[S]>(`/api/admin/analytics/${section}?${filterQuery(filters)}`, {
        signal,
      }),
  });

export const useWeeklyReports = () =>
  useQuery({
    queryKey: ["analytics", "weekly"],
    queryFn: ({ signal }) =>
      apiRequest<{ items: WeeklyReport[]; subscribed: boolean }>(
        "/api/admin/analytics/weekly-reports",
        { signal },
      ),
  });

export function useSubscribe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (subscribed: boolean) =>
      apiRequest<{ subscribed: boolean }>("/api/admin/analytics/weekly-reports/subscription", {
        method: "PUT",
        body: { subscribed },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["analytics", "weekly"] }),
  });
}

export const useRetention = () =>
  useQuery({
    queryKey: ["analytics", "retention"],
    queryFn: ({ signal }) =>
      apiRequest<{ retentionDays: number; updatedAt: string | null }>(
        "/api/admin/analytics/retention",
        { signal },
      ),
  });

export function useSaveRetention() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (retentionDays: number) =>
      apiRequest("/api/admin/analytics/retention", {
        method: "PUT",
        body: { retentionDays },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["analytics", "retention"] }),
  });
}

/**
 * Downloads an export: the API wants the `tma` header, so the file is fetched and handed to the
 * browser as a blob rather than opened as a plain link.
 */
export async function downloadExport(
  filters: Filters,
  kind: "tickets" | "conversations",
  format: "csv" | "xlsx",
): Promise<void> {
  const launch = launchState();
  const headers: Record<string, string> = {};
  if (launch.kind === "telegram") headers.authorization = `tma ${launch.initDataRaw}`;
  const response = await fetch(
    `/api/admin/analytics/export?${filterQuery(filters)}&kind=${kind}&format=${format}`,
    { headers },
  );
  if (!response.ok) throw new ApiError(response.status, "internal", response.statusText);
  const name =
    /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ??
    `helpline-${kind}.${format}`;
  saveBlob(await response.blob(), name);
}

export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
