import type { DeskStreamEvent } from "@helpline/contracts/desk";
import type { QueueId } from "@helpline/contracts/ticket-values";

type Listener = (event: DeskStreamEvent) => void;

/**
 * Tells the staff's queue streams that a ticket in some queue changed. In process memory like
 * TicketBus (ADR 007): one server process; several need LISTEN/NOTIFY behind this interface.
 */
export class QueueBus {
  private readonly listeners = new Set<{ queues: ReadonlySet<QueueId>; listener: Listener }>();

  subscribe(queues: readonly QueueId[], listener: Listener): () => void {
    const entry = { queues: new Set(queues), listener };
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  publish(event: DeskStreamEvent): void {
    for (const { queues, listener } of this.listeners) {
      if (queues.has(event.queue)) listener(event);
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}
