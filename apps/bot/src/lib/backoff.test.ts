import { describe, expect, it } from "vitest";
import { backoffDelay, sleep } from "./backoff";

describe("backoffDelay", () => {
  const options = { initialMs: 1000, maxMs: 60_000 };

  it("doubles from the initial delay and stops at the maximum", () => {
    const ceilings = [0, 1, 2, 6, 7, 50].map((attempt) => backoffDelay(attempt, options, () => 1));
    expect(ceilings).toEqual([1000, 2000, 4000, 60_000, 60_000, 60_000]);
  });

  it("keeps at least half of the delay whatever the jitter", () => {
    expect(backoffDelay(2, options, () => 0)).toBe(2000);
  });
});

describe("sleep", () => {
  it("ends early when the signal aborts", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = sleep(10_000, controller.signal);
    controller.abort();
    await waiting;
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
