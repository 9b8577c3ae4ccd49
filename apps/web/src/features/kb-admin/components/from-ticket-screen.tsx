import { useEffect, useRef } from "react";
import { useLocation } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { useKbTranslation } from "../../../lib/kb-i18n";
import { draftKbArticleFromTicket, useKbAdminMutation } from "../api/save-kb-article";

/**
 * "Create article from this resolved ticket": the API drafts it from the ticket and the agent's
 * summary (or returns the draft made before), then the editor opens on it.
 */
export function FromTicketScreen({ ticketId }: { ticketId: string }) {
  const { t } = useKbTranslation();
  const [, navigate] = useLocation();
  const draft = useKbAdminMutation(draftKbArticleFromTicket);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    draft.mutate(
      { ticketId },
      { onSuccess: (article) => navigate(`/articles/${article.slug}`, { replace: true }) },
    );
  }, [draft, ticketId, navigate]);

  if (draft.isError) {
    const status = draft.error instanceof ApiError ? draft.error.status : 0;
    return (
      <ErrorState
        message={status === 403 ? t("admin.forbidden") : undefined}
        onRetry={() => draft.mutate({ ticketId })}
      />
    );
  }
  return <SkeletonList label={t("admin.fromTicket")} rows={4} />;
}
