import type {
  AgentReplyInput,
  AssigneeList,
  ChangePriorityInput,
  ClarifyTicketInput,
  CloseTicketInput,
  CustomerTags,
  DeskMessage,
  DeskQueue,
  DeskTicketDetail,
  DeskView,
  EscalateTicketInput,
  MergeTicketInput,
  PresenceInput,
  PresenceList,
  ResolveTicketInput,
  TagsInput,
} from "@helpline/contracts/desk";
import {
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

const ticketPath = (id: string) => `/api/admin/tickets/${encodeURIComponent(id)}`;

/** Where a customer's tag change routed a ticket (a `QueueId`), kept in the query cache. */
export const movedKey = (ticketId: string) => ["desk", "moved", ticketId] as const;

/** How often the console refetches when the live stream is down. */
export const POLL_MS = 5_000;

/** The queue of a view, page by page (the API's cursor); the first page carries the counts. */
export const useDeskQueue = (view: DeskView | null, polling: boolean, enabled = true) =>
  useInfiniteQuery({
    queryKey: ["desk", "queue", view],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams();
      if (view) params.set("view", view);
      if (pageParam) params.set("cursor", pageParam);
      const query = params.toString();
      return apiRequest<DeskQueue>(`/api/admin/tickets${query ? `?${query}` : ""}`, { signal });
    },
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: polling ? POLL_MS : false,
    enabled,
  });

export const deskTicketQueryOptions = (id: string, polling: boolean) =>
  queryOptions({
    queryKey: ["desk", "ticket", id],
    queryFn: ({ signal }) => apiRequest<DeskTicketDetail>(ticketPath(id), { signal }),
    refetchInterval: polling ? POLL_MS : false,
  });

export const useDeskTicket = (id: string, polling: boolean) =>
  useQuery(deskTicketQueryOptions(id, polling));

export const useAssignees = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: ["desk", "assignees", id],
    queryFn: ({ signal }) => apiRequest<AssigneeList>(`${ticketPath(id)}/assignees`, { signal }),
    enabled,
  });

/** Every ticket action answers with the updated ticket: store it, then refresh the queue. */
function useTicketAction<Input>(id: string, action: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) =>
      apiRequest<DeskTicketDetail>(`${ticketPath(id)}/${action}`, { method: "POST", body: input }),
    onSuccess: (ticket) => {
      // A merge answers with the ticket that stays, so key by what came back.
      queryClient.setQueryData(["desk", "ticket", ticket.id], ticket);
      void queryClient.invalidateQueries({ queryKey: ["desk", "queue"] });
    },
  });
}

export const useClaim = (id: string) => useTicketAction<Record<string, never>>(id, "claim");
export const useAssign = (id: string) =>
  useTicketAction<{ assigneeId: number | null }>(id, "assign");
export const useClarify = (id: string) => useTicketAction<ClarifyTicketInput>(id, "clarify");
export const useChangePriority = (id: string) =>
  useTicketAction<ChangePriorityInput>(id, "priority");
export const useEscalate = (id: string) => useTicketAction<EscalateTicketInput>(id, "escalate");
export const useResolve = (id: string) => useTicketAction<ResolveTicketInput>(id, "resolve");
export const useCloseTicket = (id: string) => useTicketAction<CloseTicketInput>(id, "close");
export const useMerge = (id: string) => useTicketAction<MergeTicketInput>(id, "merge");
export const useTags = (id: string) => useTicketAction<TagsInput>(id, "tags");
export const useApplyMacro = (id: string) =>
  useTicketAction<{
    macroId: string;
    clientId?: string;
    lastSeenMessageId?: string;
    override?: { reason: string };
  }>(id, "apply-macro");

export function useSendDeskReply(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AgentReplyInput) =>
      apiRequest<DeskMessage>(`${ticketPath(id)}/messages`, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["desk"] }),
  });
}

export const sendPresence = (id: string, input: PresenceInput) =>
  apiRequest<PresenceList>(`${ticketPath(id)}/presence`, { method: "POST", body: input });

/** A customer's own tags (`vip` makes them a VIP customer); the ticket shows them in its card. */
export function useCustomerTags(customerId: number, ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TagsInput) =>
      apiRequest<CustomerTags>(`/api/admin/customers/${customerId}/tags`, {
        method: "POST",
        body: input,
      }),
    onSuccess: (result) => {
      // A ticket the rules now route elsewhere may leave the agent's queues: remember where it
      // went, so the workspace can say so instead of "not found".
      for (const move of result.moved) {
        queryClient.setQueryData(movedKey(move.ticketId), move.to);
      }
      void queryClient.invalidateQueries({ queryKey: ["desk", "ticket", ticketId] });
      void queryClient.invalidateQueries({ queryKey: ["desk", "queue"] });
    },
  });
}
