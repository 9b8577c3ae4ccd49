import { AppError } from "./errors";

/**
 * A token bucket per key (a user id, an IP), in process memory. Enough to stop one client
 * flooding one process; a shared store takes over when several processes serve one desk.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** @throws AppError `rate_limited` with a `Retry-After` header when the bucket is empty. */
  take(key: string): void {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    bucket.tokens = Math.min(
      this.capacity,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.refillPerSecond,
    );
    bucket.updatedAt = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / this.refillPerSecond));
      throw new AppError(
        "rate_limited",
        "Too many requests; try again shortly",
        { retryAfterSeconds: retryAfter },
        { "Retry-After": String(retryAfter) },
      );
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 50_000) this.sweep(now);
  }

  private sweep(now: number) {
    const full = this.capacity / this.refillPerSecond;
    for (const [key, bucket] of this.buckets) {
      if ((now - bucket.updatedAt) / 1000 > full) this.buckets.delete(key);
    }
  }
}
