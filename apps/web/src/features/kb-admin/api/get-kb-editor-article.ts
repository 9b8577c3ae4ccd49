import type { KbEditorArticle, KbVersionList } from "@helpline/contracts/kb";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

const articlePath = (slug: string) => `/api/admin/kb/articles/${encodeURIComponent(slug)}`;

export const getKbEditorArticle = (slug: string, signal?: AbortSignal) =>
  apiRequest<KbEditorArticle>(articlePath(slug), { signal });

export const kbEditorArticleQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ["kb-admin", "article", slug],
    queryFn: ({ signal }) => getKbEditorArticle(slug, signal),
    // The editor holds unsaved text: never swap the article under it while it is open.
    refetchOnWindowFocus: false,
  });

/** A new article (no slug yet) has nothing to fetch. */
export const useKbEditorArticle = (slug: string) =>
  useQuery({ ...kbEditorArticleQueryOptions(slug), enabled: slug !== "" });

export const getKbVersions = (slug: string, signal?: AbortSignal) =>
  apiRequest<KbVersionList>(`${articlePath(slug)}/versions`, { signal });

export const useKbVersions = (slug: string) =>
  useQuery({
    queryKey: ["kb-admin", "versions", slug],
    queryFn: ({ signal }) => getKbVersions(slug, signal),
  });
