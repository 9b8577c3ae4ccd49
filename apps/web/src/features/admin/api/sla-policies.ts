import type {
  SlaPolicyInput,
  SlaPolicyList,
  SlaPolicyView,
  TicketClocks,
} from "@helpline/contracts/sla";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const useSlaPolicies = () =>
  useQuery({
    queryKey: ["sla-policies"],
    queryFn: ({ signal }) => apiRequest<SlaPolicyList>("/api/admin/sla-policies", { signal }),
  });

export function useSaveSlaPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ queueId, input }: { queueId: string; input: SlaPolicyInput }) =>
      apiRequest<SlaPolicyView>(`/api/admin/sla-policies/${encodeURIComponent(queueId)}`, {
        method: "PUT",
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["sla-policies"] }),
  });
}

/**
 * A ticket's first-response, next-response and resolution clocks; `version` (status and last
 * change) is in the key so an action in the workspace reads them again at once.
 */
export const useTicketClocks = (ticketId: string, version: string) =>
  useQuery({
    queryKey: ["ticket-clocks", ticketId, version],
    queryFn: ({ signal }) =>
      apiRequest<TicketClocks>(`/api/admin/tickets/${encodeURIComponent(ticketId)}/sla`, {
        signal,
      }),
    refetchInterval: 30_000,
  });
