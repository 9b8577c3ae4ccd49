import type { CreateTicketInput, Ticket } from "@helpline/contracts/tickets";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

/** The idempotency key makes a double tap or a retried request return the first ticket. */
export const createTicket = (input: CreateTicketInput, idempotencyKey: string) =>
  apiRequest<Ticket>("/api/tickets", {
    method: "POST",
    body: input,
    headers: { "idempotency-key": idempotencyKey },
  });

export function useCreateTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateTicketInput; idempotencyKey: string }) =>
      createTicket(input, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["tickets"] }),
  });
}
