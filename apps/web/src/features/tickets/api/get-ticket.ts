import type { TicketDetail } from "@helpline/contracts/tickets";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, apiRequest } from "../../../lib/api-client";

export const getTicket = (id: string, signal?: AbortSignal) =>
  apiRequest<TicketDetail>(`/api/tickets/${encodeURIComponent(id)}`, { signal });

export const ticketQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["ticket", id],
    queryFn: ({ signal }) => getTicket(id, signal),
    // Until the live stream lands, poll so an agent's reply shows up on its own.
    refetchInterval: 5_000,
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });

export const useTicket = (id: string) => useQuery(ticketQueryOptions(id));
