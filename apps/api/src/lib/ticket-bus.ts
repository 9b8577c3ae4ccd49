import type { TicketStreamEvent } from "@helpline/contracts/tickets";

type Listener = (event: TicketStreamEvent) => void;

/**
 * Tells open streams that a ticket changed. In process memory: enough for one server process.
 * Several processes behind one PostgreSQL need LISTEN/NOTIFY behind this same interface.
 */
export class TicketBus {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly everything = new Set<Listener>();

  /** Every event of every ticket: the staff queue stream listens here. */
  subscribeAll(listener: Listener): () => void {
    this.everything.add(listener);
    return () => {
      this.everything.delete(listener);
    };
  }

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
    for (const listener of this.everything) listener(event);
  }

  get size(): number {
    return this.listeners.size;
  }
}
