/**
 * Customers' "My requests" pages as the JSON text the API sent, kept until a ticket of theirs
 * changes (ADR 017). Used only where the database reports every change synchronously at commit
 * (embedded PGlite: one process, migration 0013's trigger), so an entry is never stale: the
 * change that would make it stale drops it before the writer's commit returns.
 *
 * A page read while any change was being committed is not kept (`generation`), so a read that
 * started before a write and finished after it cannot store what it saw. Memory is bounded by
 * bytes; the customers used longest ago leave first.
 */
export class TicketListCache {
  readonly #maxBytes: number;
  /** Customer → their pages by query; Map order is recency (oldest first). */
  readonly #customers = new Map<number, Map<string, string>>();
  #bytes = 0;
  #generation = 0;
  /** Nothing is kept until the database has started reporting changes. */
  #enabled = false;

  constructor(options: { maxBytes?: number } = {}) {
    this.#maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  }

  /** Changes whenever anything is forgotten; capture it before reading the database. */
  /** The change feed is live: from now on pages may be kept. */
  enable(): void {
    this.#enabled = true;
  }

  get generation(): number {
    return this.#generation;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get(customerId: number, key: string): string | undefined {
    const pages = this.#customers.get(customerId);
    const page = pages?.get(key);
    if (pages && page !== undefined) {
      this.#customers.delete(customerId);
      this.#customers.set(customerId, pages);
    }
    return page;
  }

  /** Keeps a page read at `generation`, unless something changed since. */
  set(customerId: number, key: string, json: string, generation: number): void {
    if (!this.#enabled || generation !== this.#generation || json.length > this.#maxBytes / 4) {
      return;
    }
    let pages = this.#customers.get(customerId);
    if (!pages) {
      pages = new Map();
      this.#customers.set(customerId, pages);
    }
    const previous = pages.get(key);
    if (previous !== undefined) this.#bytes -= previous.length;
    pages.set(key, json);
    this.#bytes += json.length;
    for (const [oldest, oldPages] of this.#customers) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#drop(oldest, oldPages);
    }
  }

  /** A ticket of this customer changed: their pages go. */
  forget(customerId: number): void {
    this.#generation++;
    const pages = this.#customers.get(customerId);
    if (pages) this.#drop(customerId, pages);
  }

  /** Everything goes (the database connection was replaced, say). */
  clear(): void {
    this.#generation++;
    this.#customers.clear();
    this.#bytes = 0;
  }

  #drop(customerId: number, pages: Map<string, string>) {
    for (const page of pages.values()) this.#bytes -= page.length;
    this.#customers.delete(customerId);
  }
}
