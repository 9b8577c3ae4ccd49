import { describe, expect, it } from "vitest";
import { quietHoursEnd } from "./quiet-hours";

const at = (iso: string) => Date.parse(iso);
const end = (now: string, start: string | null, stop: string | null, timeZone: string | null) => {
  const until = quietHoursEnd(at(now), { start, end: stop, timeZone });
  return until === undefined ? undefined : new Date(until).toISOString();
};

describe("quiet hours", () => {
  it("holds until the end of a period that wraps midnight, in the recipient's zone", () => {
    // 23:30 in Berlin (CET, UTC+1) → 08:00 the next morning.
    expect(end("2026-11-23T22:30:00Z", "22:00", "08:00", "Europe/Berlin")).toBe(
      "2026-11-24T07:00:00.000Z",
    );
    // 06:59 in Tokyo → 09:00 the same morning.
    expect(end("2026-11-22T21:59:00Z", "18:00", "09:00", "Asia/Tokyo")).toBe(
      "2026-11-23T00:00:00.000Z",
    );
  });

  it("lets messages through outside the period, and at its very end", () => {
    expect(end("2026-11-23T12:00:00Z", "22:00", "08:00", "Europe/Berlin")).toBeUndefined();
    expect(end("2026-11-23T07:00:00Z", "22:00", "08:00", "Europe/Berlin")).toBeUndefined();
  });

  it("handles a daytime period and an unknown zone as UTC", () => {
    expect(end("2026-11-23T13:15:00Z", "13:00", "14:00", null)).toBe("2026-11-23T14:00:00.000Z");
    expect(end("2026-11-23T13:15:00Z", "13:00", "14:00", "Not/AZone")).toBe(
      "2026-11-23T14:00:00.000Z",
    );
  });

  it("ends at the right instant across a daylight-saving change", () => {
    // Night of 28–29 March 2026: Berlin moves from UTC+1 to UTC+2 at 02:00 local.
    expect(end("2026-03-28T23:00:00Z", "22:00", "07:00", "Europe/Berlin")).toBe(
      "2026-03-29T05:00:00.000Z",
    );
  });

  it("ignores unset, equal or malformed hours", () => {
    expect(end("2026-11-23T23:00:00Z", null, "08:00", "UTC")).toBeUndefined();
    expect(end("2026-11-23T23:00:00Z", "08:00", "08:00", "UTC")).toBeUndefined();
    expect(end("2026-11-23T23:00:00Z", "25:00", "08:00", "UTC")).toBeUndefined();
    expect(end("2026-11-23T23:00:00Z", "22:00", "8am", "UTC")).toBeUndefined();
  });
});
