import { describe, expect, it } from "vitest";
import { formatDay, formatDuration, formatNumber, formatWhen } from "./format";

describe("format", () => {
  const now = Date.parse("2026-11-22T12:00:00Z");

  it("shows only the time for today, in the reader's time zone", () => {
    expect(formatWhen("2026-11-22T14:30:00Z", "en", "UTC", now)).toBe("2:30 PM");
    expect(formatWhen("2026-11-22T14:30:00Z", "ru", "Europe/Moscow", now)).toBe("17:30");
  });

  it("uses the language's digits and units", () => {
    expect(formatNumber(10001, "fa")).toBe("۱۰۰۰۱");
    expect(formatNumber(10001, "en")).toBe("10001");
    for (const locale of ["en", "ru", "fa", "zh"] as const) {
      for (const value of [0, 7, 10001, 987654321]) {
        expect(formatNumber(value, locale)).toBe(
          new Intl.NumberFormat(locale, { useGrouping: false }).format(value),
        );
      }
    }
    expect(formatNumber(-3.5, "fa")).toBe(
      new Intl.NumberFormat("fa", { useGrouping: false }).format(-3.5),
    );
    expect(formatDuration(15, "en")).toBe("15 minutes");
    expect(formatDuration(120, "en")).toBe("2 hours");
    expect(formatDuration(15, "ru")).toBe("15 минут");
  });

  it("writes calendar dates the reader's way, the same day in every zone", () => {
    expect(formatDay("2026-10-05", "en")).toBe("Oct 5, 2026");
    expect(formatDay("2026-10-05", "fa")).toBe(
      new Intl.DateTimeFormat("fa", { dateStyle: "medium", timeZone: "UTC" }).format(
        new Date("2026-10-05T00:00:00Z"),
      ),
    );
    expect(formatDay("2026-10-05", "fa")).toMatch(/۱۴۰۵/);
    expect(formatDay("orders", "en")).toBe("orders");
  });
});
