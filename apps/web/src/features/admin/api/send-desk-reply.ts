import type { AgentReplyInput, DeskMessage } from "@helpline/contracts/desk";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const sendDeskReply = (ticketId: string, input: AgentReplyInput) =>
  apiRequest<DeskMessage>(`/api/admin/tickets/${encodeURIComponent(ticketId)}/messages`, {
    method: "POST",
    body: input,
  });

export function useSendDeskReply(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AgentReplyInput) => sendDeskReply(ticketId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["desk"] }),
  });
}
