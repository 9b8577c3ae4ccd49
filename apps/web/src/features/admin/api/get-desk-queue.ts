import type { DeskQueue } from "@helpline/contracts/desk";
import type { QueueId } from "@helpline/contracts/ticket-values";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";

export const getDeskQueue = (queue: QueueId | null, signal?: AbortSignal) =>
  apiRequest<DeskQueue>(`/api/admin/tickets${queue ? `?queue=${queue}` : ""}`, { signal });

export const deskQueueQueryOptions = (queue: QueueId | null) =>
  queryOptions({
    queryKey: ["desk", "queue", queue],
    queryFn: ({ signal }) => getDeskQueue(queue, signal),
    // New tickets appear without a reload until the live stream arrives.
    refetchInterval: 5_000,
  });

export const useDeskQueue = (queue: QueueId | null) => useQuery(deskQueueQueryOptions(queue));
