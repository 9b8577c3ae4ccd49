import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { emptyDraft } from "./new-ticket-draft";
import { validateDraft } from "./new-ticket-validation";

// Echoes the key and its values, so the test sees which message was chosen with what numbers.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe("validateDraft", () => {
  it("asks for a topic and says which texts are missing or short", () => {
    const errors = validateDraft({ ...emptyDraft(), description: "short" }, t, "en");
    expect(errors).toEqual({
      topicId: "form.errors.chooseTopic",
      subject: "form.errors.required",
      description: 'form.errors.tooShort {"count":10,"min":"10"}',
    });
  });

  it("formats limits in the reader's digits", () => {
    const errors = validateDraft(
      { ...emptyDraft(), topicId: "orders", subject: "ab", description: "x".repeat(20) },
      t,
      "fa",
    );
    expect(errors).toEqual({ subject: 'form.errors.tooShort {"count":3,"min":"۳"}' });
  });

  it("accepts a complete draft", () => {
    const draft = {
      ...emptyDraft(),
      topicId: "orders",
      subject: "Late parcel",
      description: "It has been a week.",
    };
    expect(validateDraft(draft, t, "en")).toEqual({});
  });
});
