import type { NotificationPrefs } from "@helpline/contracts/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorState } from "../../components/error-state";
import { SkeletonList } from "../../components/skeleton";
import { apiRequest } from "../../lib/api-client";
import { useTranslation } from "../../lib/i18n";
import { ActionError } from "./components/action-error";
import { ToolScreen } from "./components/tool-screen";

const PREFS_KEY = ["notification-prefs"] as const;

export const useNotificationPrefs = () =>
  useQuery({
    queryKey: PREFS_KEY,
    queryFn: ({ signal }) =>
      apiRequest<NotificationPrefs>("/api/admin/notification-prefs", { signal }),
  });

export function useSaveNotificationPrefs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (prefs: NotificationPrefs) =>
      apiRequest<NotificationPrefs>("/api/admin/notification-prefs", {
        method: "PUT",
        body: prefs,
      }),
    onSuccess: (saved) => queryClient.setQueryData(PREFS_KEY, saved),
  });
}

const OPTIONS = ["dailyDigest", "weeklyReport"] as const;

/** A staff member's opt-ins for the bot's scheduled reports; each toggle saves at once. */
export function NotificationSettingsScreen() {
  const { t } = useTranslation();
  const prefs = useNotificationPrefs();
  const save = useSaveNotificationPrefs();
  return (
    <ToolScreen title={t("admin.notifications.title")}>
      <p className="hint">{t("admin.notifications.hint")}</p>
      {prefs.isPending ? (
        <SkeletonList label={t("app.loading")} />
      ) : prefs.isError ? (
        <ErrorState onRetry={() => void prefs.refetch()} />
      ) : (
        <fieldset className="field" disabled={save.isPending}>
          <legend>{t("admin.notifications.legend")}</legend>
          {OPTIONS.map((option) => (
            <label key={option} className="chip notification-option">
              <input
                type="checkbox"
                checked={(save.isPending ? save.variables : prefs.data)?.[option] ?? false}
                onChange={(event) => save.mutate({ ...prefs.data, [option]: event.target.checked })}
              />
              <span>
                <strong>{t(`admin.notifications.${option}`)}</strong>
                <br />
                <span className="hint">{t(`admin.notifications.${option}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <ActionError error={save.error} />
    </ToolScreen>
  );
}
