import { ApiError } from "../../../lib/api-client";
import { useTranslation } from "../../../lib/i18n";

/** One line for a failed console action, by the API's error code. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : "internal";
  const first = error instanceof ApiError ? Object.values(error.fields).flat()[0] : undefined;
  const text =
    code === "network"
      ? t("errors.network")
      : code === "forbidden"
        ? t("admin.errors.forbidden")
        : code === "conflict"
          ? t("admin.errors.conflict")
          : code === "not_found"
            ? t("admin.errors.notFound")
            : code === "validation_failed" && first
              ? first
              : t("errors.generic");
  return (
    <p className="notice notice-error" role="alert">
      {text}
    </p>
  );
}
