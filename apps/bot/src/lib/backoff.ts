export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
}

/**
 * How long to wait before retry number `attempt` (0-based): doubling from `initialMs` up to
 * `maxMs`, with "equal jitter" (half fixed, half random) so that several instances restarted
 * together do not hit Telegram in lockstep, while the wait still grows.
 *
 * @example backoffDelay(0, { initialMs: 1000, maxMs: 60_000 }) // between 500 and 1000
 * @example backoffDelay(10, { initialMs: 1000, maxMs: 60_000 }) // between 30_000 and 60_000
 */
export function backoffDelay(
  attempt: number,
  { initialMs, maxMs }: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Waits `ms`, or less if `signal` aborts; never rejects, so callers just re-check the signal. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
