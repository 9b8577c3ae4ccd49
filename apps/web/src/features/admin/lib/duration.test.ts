import { describe, expect, it } from "vitest";
import { formatSpan } from "./duration";

const minute = 60_000;

describe("formatSpan", () => {
  it("uses minutes, then hours, then days", () => {
    expect(formatSpan(40 * minute, "en")).toBe("40 min");
    expect(formatSpan(3 * 60 * minute, "en")).toBe("3 hr");
    expect(formatSpan(3 * 24 * 60 * minute, "en")).toBe("3 days");
  });

  it("never says zero and ignores the sign (overdue spans are positive)", () => {
    expect(formatSpan(5_000, "en")).toBe("1 min");
    expect(formatSpan(-40 * minute, "en")).toBe("40 min");
  });

  it("speaks each language, with its own digits", () => {
    expect(formatSpan(40 * minute, "fa")).toContain("۴۰");
    expect(formatSpan(40 * minute, "ru")).toMatch(/^40 мин/);
    expect(formatSpan(3 * 60 * minute, "zh")).toContain("3");
  });
});
