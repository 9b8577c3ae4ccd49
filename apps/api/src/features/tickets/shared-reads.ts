/**
 * Console reads shared by the staff who ask for the same thing at about the same moment (ADR 020):
 * fifty agents opening the queue at once on the embedded database cost one read, not fifty, each
 * of which would count ten thousand open tickets on the event-loop thread.
 *
 * Used only where the database reports every ticket change at its commit (PGlite, migration
 * 0013's trigger): a change drops every entry before the writer's commit returns, so a view never
 * misses a ticket change, and a read that started before the change is not handed to anyone who
 * asks after it. What the trigger does not see (a customer's new display name, the time-based
 * "due soon" cut-off) is at most `maxAgeMs` old, by the app's clock and by the wall clock.
 */
export class SharedReads {
  readonly #now: () => number;
  readonly #maxAgeMs: number;
  readonly #maxEntries: number;
  readonly #entries = new Map<
    string,
    { at: number; wall: number; generation: number; value: Promise<unknown> }
  >();
  #generation = 0;
  /** Nothing is shared until the database has started reporting changes. */
  #enabled = false;

  constructor(options: { now: () => number; maxAgeMs?: number; maxEntries?: number }) {
    this.#now = options.now;
    this.#maxAgeMs = options.maxAgeMs ?? 1000;
    this.#maxEntries = options.maxEntries ?? 500;
  }

  /** The change feed is live: from now on reads may be shared. */
  enable(): void {
    this.#enabled = true;
  }

  /** A ticket changed: every kept read goes, and reads in flight are no longer handed out. */
  invalidate(): void {
    this.#generation++;
    this.#entries.clear();
  }

  /** `load()`'s answer, or the answer of an identical read made less than `maxAgeMs` ago. */
  read<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.#enabled) return load();
    const at = this.#now();
    const wall = performance.now();
    const kept = this.#entries.get(key);
    if (
      kept &&
      kept.generation === this.#generation &&
      Math.abs(at - kept.at) <= this.#maxAgeMs &&
      wall - kept.wall <= this.#maxAgeMs
    ) {
      return kept.value as Promise<T>;
    }
    const value = load();
    const entry = { at, wall, generation: this.#generation, value };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    // A failed read is not kept: the next caller tries again.
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries) break;
      this.#entries.delete(oldest);
    }
    return value;
  }
}
