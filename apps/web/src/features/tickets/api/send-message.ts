import type { CreateMessageInput, Message, TicketDetail } from "@helpline/contracts/tickets";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const sendMessage = (ticketId: string, input: CreateMessageInput) =>
  apiRequest<Message>(`/api/tickets/${encodeURIComponent(ticketId)}/messages`, {
    method: "POST",
    body: input,
  });

/**
 * Sends optimistically: the message shows at once and is replaced by the stored one. The
 * client id makes a retry after a lost response store one message, not two.
 */
export function useSendMessage(ticketId: string) {
  const queryClient = useQueryClient();
  const key = ["ticket", ticketId];
  return useMutation({
    mutationFn: (input: Required<Pick<CreateMessageInput, "body" | "clientId">>) =>
      sendMessage(ticketId, input),
    retry: 2,
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<TicketDetail>(key, (ticket) =>
        ticket
          ? {
              ...ticket,
              messages: [
                ...ticket.messages,
                {
                  id: `pending-${input.clientId}`,
                  author: "customer",
                  authorName: null,
                  body: input.body,
                  clientId: input.clientId,
                  createdAt: new Date().toISOString(),
                  attachments: [],
                },
              ],
            }
          : ticket,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
