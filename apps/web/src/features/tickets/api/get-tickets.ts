import { STATUS_GROUPS, type StatusGroup } from "@helpline/contracts/ticket-values";
import type { TicketPage } from "@helpline/contracts/tickets";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export function getTickets(group: StatusGroup, cursor: string | null, signal?: AbortSignal) {
  const params = new URLSearchParams({ status: STATUS_GROUPS[group].join(","), limit: "20" });
  if (cursor) params.set("cursor", cursor);
  return apiRequest<TicketPage>(`/api/tickets?${params}`, { signal });
}

export const ticketsQueryOptions = (group: StatusGroup) =>
  infiniteQueryOptions({
    queryKey: ["tickets", group],
    queryFn: ({ pageParam, signal }) => getTickets(group, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 10_000,
  });

export const useTickets = (group: StatusGroup) => useInfiniteQuery(ticketsQueryOptions(group));
