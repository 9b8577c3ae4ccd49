import type { DeskTicketDetail } from "@helpline/contracts/desk";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const getDeskTicket = (id: string, signal?: AbortSignal) =>
  apiRequest<DeskTicketDetail>(`/api/admin/tickets/${encodeURIComponent(id)}`, { signal });

export const deskTicketQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["desk", "ticket", id],
    queryFn: ({ signal }) => getDeskTicket(id, signal),
    refetchInterval: 5_000,
  });

export const useDeskTicket = (id: string) => useQuery(deskTicketQueryOptions(id));
