import { PRESENCE_TTL_SECONDS, type Presence } from "@helpline/contracts/desk";

/**
 * Who is viewing or typing on which ticket: heartbeats with a short time to live. In process
 * memory, like TicketBus (ADR 009): with several server processes an agent only sees the
 * heartbeats that reached the same process, so the reply-time check (`lastSeenMessageId`, in
 * the database) is the guard that always holds; this is the early warning.
 */
export class PresenceStore {
  private readonly byTicket = new Map<string, Map<number, Presence>>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = PRESENCE_TTL_SECONDS * 1000,
  ) {}

  beat(ticketId: string, entry: Omit<Presence, "at">): void {
    let people = this.byTicket.get(ticketId);
    if (!people) {
      people = new Map();
      this.byTicket.set(ticketId, people);
    }
    people.set(entry.userId, { ...entry, at: new Date(this.now()).toISOString() });
  }

  /** Everyone active on the ticket except `exceptUserId`, expired heartbeats dropped. */
  active(ticketId: string, exceptUserId: number): Presence[] {
    const people = this.byTicket.get(ticketId);
    if (!people) return [];
    const cutoff = this.now() - this.ttlMs;
    for (const [userId, entry] of people) {
      if (Date.parse(entry.at) < cutoff) people.delete(userId);
    }
    if (people.size === 0) this.byTicket.delete(ticketId);
    return [...people.values()].filter((entry) => entry.userId !== exceptUserId);
  }
}
