import { STATUS_GROUPS, type StatusGroup } from "@helpline/contracts/ticket-values";
import type { TicketPage } from "@helpline/contracts/tickets";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

/** The list's first page for the default filter is also requested early by index.html. */
export function ticketsPath(group: StatusGroup, cursor: string | null): string {
  const params = new URLSearchParams({ status: STATUS_GROUPS[group].join(","), limit: "20" });
  if (cursor) params.set("cursor", cursor);
  return `/api/tickets?${params}`;
}

export function getTickets(group: StatusGroup, cursor: string | null, signal?: AbortSignal) {
  return apiRequest<TicketPage>(ticketsPath(group, cursor), { signal });
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
