import { describe, expect, it } from "vitest";
import { markPhrases, unfilledVariables } from "./draft-checks";

describe("unfilledVariables", () => {
  it("finds variables left in a draft, once each, and ignores unknown braces", () => {
    expect(unfilledVariables("by {eta} or {eta}, {agent}; {other}")).toEqual(["eta", "agent"]);
    expect(unfilledVariables("سلام {name}، {price}")).toEqual(["name"]);
    expect(unfilledVariables("All filled in")).toEqual([]);
  });
});

describe("markPhrases", () => {
  it("marks each phrase, ignoring case, and keeps the text intact", () => {
    const segments = markPhrases("We are THE BEST, the best ever", ["the best"]);
    expect(segments).toEqual([
      { text: "We are ", hit: false },
      { text: "THE BEST", hit: true },
      { text: ", ", hit: false },
      { text: "the best", hit: true },
      { text: " ever", hit: false },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("We are THE BEST, the best ever");
  });

  it("handles CJK phrases and regex characters", () => {
    expect(markPhrases("我们是第一", ["第一"]).filter((s) => s.hit)).toEqual([
      { text: "第一", hit: true },
    ]);
    expect(markPhrases("No. 1 in town", ["No. 1"])[0]).toEqual({ text: "No. 1", hit: true });
    expect(markPhrases("No 1", ["No. 1"])).toEqual([{ text: "No 1", hit: false }]);
  });
});
