/**
 * Remembers initData strings that already passed validation, so a Mini App that sends the same
 * string on every call pays the HMAC and the user upsert once. Bounded: the oldest entry goes
 * first when full. Expiry is still checked on every hit by the caller.
 */
export class InitDataCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly capacity = 10_000) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
