import type { QueueId } from "@helpline/contracts/ticket-values";
import type { QueueBus } from "./queue-bus";
import type { TicketBus } from "./ticket-bus";

/** The two in-process buses the live streams listen on (ADR 007): the customer's and the staff's. */
export interface LiveBuses {
  bus: TicketBus;
  queueBus: QueueBus;
}

/** What changed on a ticket, as the streams need to hear it. */
export interface TicketChange {
  ticketId: string;
  /** Queues whose staff should refetch: where the ticket was and where it is now. */
  queues: readonly string[];
  /**
   * What the customer's thread shows of it (a `message`, or a `status` change of anything they
   * see: status, queue, ETA); absent for staff-only changes such as an internal note or a breach.
   */
  customer?: "message" | "status";
}

/**
 * Tells the live streams that a ticket changed: the one way HTTP routes and background jobs
 * announce changes, so the two cannot drift apart. Call it only after the change's transaction
 * committed (a job does so through `afterCommit`), or a client refetches the old state.
 *
 * @example
 * publishTicketChange(buses, { ticketId, queues: ["l1", "l2"], customer: "status" });
 */
export function publishTicketChange(buses: LiveBuses, change: TicketChange): void {
  if (change.customer) buses.bus.publish({ type: change.customer, ticketId: change.ticketId });
  for (const queue of new Set(change.queues)) {
    buses.queueBus.publish({ type: "queue", queue: queue as QueueId, ticketId: change.ticketId });
  }
}
