import type { TicketDetail } from "@helpline/contracts/tickets";
import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ApiError, apiRequest } from "../../../lib/api-client";
import { followTicket } from "../../../lib/ticket-stream";

export const getTicket = (id: string, signal?: AbortSignal) =>
  apiRequest<TicketDetail>(`/api/tickets/${encodeURIComponent(id)}`, { signal });

export const getTicketByNumber = (number: number) =>
  apiRequest<TicketDetail>(`/api/tickets/by-number/${number}`);

export const ticketQueryOptions = (id: string, polling = false) =>
  queryOptions({
    queryKey: ["ticket", id],
    queryFn: ({ signal }) => getTicket(id, signal),
    // Only while the live stream is down: then an agent's reply still shows up on its own.
    refetchInterval: polling ? 3_000 : false,
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });

/** The ticket, kept current by its live stream (polling when the stream cannot connect). */
export function useTicket(id: string) {
  const queryClient = useQueryClient();
  const [polling, setPolling] = useState(false);
  useEffect(() => {
    const handle = followTicket(
      id,
      () => {
        void queryClient.invalidateQueries({ queryKey: ["ticket", id] });
        void queryClient.invalidateQueries({ queryKey: ["tickets"] });
      },
      setPolling,
    );
    return () => handle.close();
  }, [id, queryClient]);
  return useQuery(ticketQueryOptions(id, polling));
}
