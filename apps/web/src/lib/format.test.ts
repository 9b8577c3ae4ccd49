import { describe, expect, it } from "vitest";
import { formatDuration, formatNumber, formatWhen } from "./format";

describe("format", () => {
  const now = Date.parse("2026-11-22T12:00:00Z");

  it("shows only the time for today, in the reader's time zone", () => {
    expect(formatWhen("2026-11-22T14:30:00Z", "en", "UTC", now)).toBe("2:30 PM");
    expect(formatWhen("2026-11-22T14:30:00Z", "ru", "Europe/Moscow", now)).toBe("17:30");
  });

  it("uses the language's digits and units", () => {
    expect(formatNumber(10001, "fa")).toBe("۱۰۰۰۱");
    expect(formatNumber(10001, "en")).toBe("10001");
    expect(formatDuration(15, "en")).toBe("15 minutes");
    expect(formatDuration(120, "en")).toBe("2 hours");
    expect(formatDuration(15, "ru")).toBe("15 минут");
  });
});
