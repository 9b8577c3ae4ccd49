import type {
  KbCreateArticleInput,
  KbDraftFromTicketInput,
  KbEditorArticle,
  KbUpdateArticleInput,
} from "@helpline/contracts/kb";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

const articlePath = (slug: string) => `/api/admin/kb/articles/${encodeURIComponent(slug)}`;

export const createKbArticle = (input: KbCreateArticleInput) =>
  apiRequest<KbEditorArticle>("/api/admin/kb/articles", { method: "POST", body: input });

export const updateKbArticle = (slug: string, input: KbUpdateArticleInput) =>
  apiRequest<KbEditorArticle>(articlePath(slug), { method: "PATCH", body: input });

export const setKbArticlePublished = (slug: string, published: boolean) =>
  apiRequest<KbEditorArticle>(`${articlePath(slug)}/${published ? "publish" : "unpublish"}`, {
    method: "POST",
  });

export const draftKbArticleFromTicket = (input: KbDraftFromTicketInput) =>
  apiRequest<KbEditorArticle>("/api/admin/kb/drafts/from-ticket", { method: "POST", body: input });

/** After any change: the list, the article, its history and the customer's view are stale. */
export function useKbAdminMutation<Input>(fn: (input: Input) => Promise<KbEditorArticle>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (article) => {
      queryClient.setQueryData(["kb-admin", "article", article.slug], article);
      void queryClient.invalidateQueries({ queryKey: ["kb-admin", "articles"] });
      void queryClient.invalidateQueries({ queryKey: ["kb-admin", "versions", article.slug] });
      void queryClient.invalidateQueries({ queryKey: ["kb"] });
    },
  });
}
