import type {
  NpsInput,
  RateTicketInput,
  ReopenTicketInput,
  Ticket,
} from "@helpline/contracts/tickets";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const rateTicket = (id: string, input: RateTicketInput) =>
  apiRequest<Ticket>(`/api/tickets/${encodeURIComponent(id)}/rating`, {
    method: "POST",
    body: input,
  });

export const reopenTicket = (id: string, input: ReopenTicketInput) =>
  apiRequest<Ticket>(`/api/tickets/${encodeURIComponent(id)}/reopen`, {
    method: "POST",
    body: input,
  });

export const answerNps = (input: NpsInput) =>
  apiRequest<{ recorded: true }>("/api/nps", { method: "POST", body: input });

export function useRateTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RateTicketInput) => rateTicket(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["ticket", id] }),
  });
}

export function useReopenTicket(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReopenTicketInput) => reopenTicket(id, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["ticket", id] }),
        queryClient.invalidateQueries({ queryKey: ["tickets"] }),
      ]),
  });
}

export function useAnswerNps() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerNps,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["me"] }),
  });
}
