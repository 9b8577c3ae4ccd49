import { useTranslation } from "../lib/i18n";

export function ErrorState({ message, onRetry }: { message?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{message ?? t("errors.loadFailed")}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t("errors.retry")}
        </button>
      ) : null}
    </div>
  );
}
