import type { TicketSla } from "@helpline/contracts/sla";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const getTicketSla = (id: string, signal?: AbortSignal) =>
  apiRequest<TicketSla>(`/api/tickets/${encodeURIComponent(id)}/sla`, { signal });

/** The first-response promise of a ticket (ETA, due time, whether its queue is behind). */
export function useTicketSla(id: string, enabled = true) {
  return useQuery({
    queryKey: ["ticket-sla", id],
    queryFn: ({ signal }) => getTicketSla(id, signal),
    enabled,
    staleTime: 60_000,
    retry: false,
  });
}
