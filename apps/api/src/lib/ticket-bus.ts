import type { TicketStreamEvent } from "@helpline/contracts/tickets";

type Listener = (event: TicketStreamEvent) => void;

/**
 * Tells open streams that a ticket changed. In process memory: enough for one server process.
 * Several processes behind one PostgreSQL need LISTEN/NOTIFY behind this same interface.
 */
export class TicketBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(ticketId: string, listener: Listener): () => void {
    let set = this.listeners.get(ticketId);
    if (!set) {
      set = new Set();
      this.listeners.set(ticketId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(ticketId);
    };
  }

  publish(event: TicketStreamEvent): void {
    for (const listener of this.listeners.get(event.ticketId) ?? []) listener(event);
  }

  get size(): number {
    return this.listeners.size;
  }
}
