import type { Me, UpdateSettingsInput } from "@helpline/contracts/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiRequest } from "../../../lib/api-client";
import { launchState } from "../../../lib/telegram";

export const updateSettings = (input: UpdateSettingsInput) =>
  apiRequest<Me>("/api/me/settings", { method: "PATCH", body: input });

export const giveConsent = (version: string) =>
  apiRequest<Me>("/api/me/consent", { method: "POST", body: { version } });

export const eraseMyData = () =>
  apiRequest<{ erased: true }>("/api/me/erase", { method: "POST", body: { confirm: true } });

/** Downloads the export as a file; the API needs the `tma` header, so a plain link will not do. */
export async function downloadMyData(): Promise<void> {
  const launch = launchState();
  if (launch.kind !== "telegram") return;
  const response = await fetch("/api/me/export", {
    headers: { authorization: `tma ${launch.initDataRaw}` },
  });
  if (!response.ok) throw new ApiError(response.status, "internal", "Export failed");
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = "helpline-my-data.json";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Applies the change on screen at once; the server's answer (or the old state) follows. */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: ["me"] });
      const previous = queryClient.getQueryData<Me>(["me"]);
      if (previous) {
        queryClient.setQueryData<Me>(["me"], {
          ...previous,
          settings: {
            ...previous.settings,
            ...(input.language !== undefined ? { language: input.language } : {}),
            ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
            ...(input.notificationsEnabled !== undefined
              ? { notificationsEnabled: input.notificationsEnabled }
              : {}),
            ...(input.quietHours !== undefined ? { quietHours: input.quietHours } : {}),
          },
        });
      }
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(["me"], context.previous);
    },
    onSuccess: (me) => queryClient.setQueryData(["me"], me),
  });
}

export function useGiveConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: giveConsent,
    onSuccess: (me) => queryClient.setQueryData(["me"], me),
  });
}

export function useEraseMyData() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: eraseMyData, onSuccess: () => queryClient.invalidateQueries() });
}
