import { describe, expect, it } from "vitest";
import { isTypingTarget, shortcutKey } from "./shortcuts";

const key = (value: string, target: unknown = { tagName: "BODY" }, extra = {}) => ({
  key: value,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...extra,
});

describe("console shortcuts", () => {
  it("fire on the page", () => {
    expect(shortcutKey(key("j"), false)).toBe("j");
    expect(shortcutKey(key("?"), false)).toBe("?");
    expect(shortcutKey(key("Enter", { tagName: "A" }), false)).toBe("Enter");
  });

  it("never fire while typing in a field", () => {
    for (const target of [
      { tagName: "TEXTAREA" },
      { tagName: "INPUT", type: "text" },
      { tagName: "INPUT", type: "search" },
      { tagName: "INPUT" },
      { tagName: "SELECT" },
      { tagName: "DIV", isContentEditable: true },
    ]) {
      expect(isTypingTarget(target)).toBe(true);
      expect(shortcutKey(key("r", target), false)).toBeNull();
    }
  });

  it("still fire from a checkbox or a button", () => {
    expect(shortcutKey(key("j", { tagName: "INPUT", type: "checkbox" }), false)).toBe("j");
    expect(shortcutKey(key("k", { tagName: "BUTTON" }), false)).toBe("k");
  });

  it("leave modified keys, IME composition and open dialogs alone", () => {
    expect(shortcutKey(key("r", undefined, { ctrlKey: true }), false)).toBeNull();
    expect(shortcutKey(key("r", undefined, { metaKey: true }), false)).toBeNull();
    expect(shortcutKey(key("r", undefined, { altKey: true }), false)).toBeNull();
    expect(shortcutKey(key("r", undefined, { isComposing: true }), false)).toBeNull();
    expect(shortcutKey(key("j"), true)).toBeNull();
  });
});
