import { describe, expect, it } from "vitest";
import { suggestionQuery } from "./kb-suggestions";

describe("suggestionQuery", () => {
  it("searches the subject first, then the start of the description, in at most 12 words", () => {
    expect(suggestionQuery("  Parcel late ", "Order A-2041 was due on Monday")).toBe(
      "Parcel late Order A-2041 was due on Monday",
    );
    const long = suggestionQuery(
      "Charged twice",
      "one two three four five six seven eight nine ten",
    );
    expect(long.split(" ")).toHaveLength(12);
    expect(long.startsWith("Charged twice one")).toBe(true);
  });

  it("stays within the API's 200-character query limit", () => {
    expect(suggestionQuery("x".repeat(300), "").length).toBe(200);
    expect(suggestionQuery("", "")).toBe("");
  });
});
