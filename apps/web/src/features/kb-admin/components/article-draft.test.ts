import { describe, expect, it } from "vitest";
import { createInput, draftFromArticle, emptyArticleDraft, updateInput } from "./article-draft";

describe("article drafts", () => {
  it("sends only the languages that were written, tags and related as lists", () => {
    const draft = emptyArticleDraft();
    draft.slug = " track-parcel ";
    draft.tags = "delivery, tracking  courier";
    draft.related = "late-parcel";
    draft.translations.fa = { title: " پیگیری بسته ", summary: "", body: "متن" };
    expect(createInput(draft)).toEqual({
      slug: "track-parcel",
      category: "orders",
      status: "draft",
      popular: false,
      tags: ["delivery", "tracking", "courier"],
      related: ["late-parcel"],
      translations: { fa: { title: "پیگیری بسته", summary: "", body: "متن" } },
    });
  });

  it("removes a language emptied since the last save, and only that one", () => {
    const saved = draftFromArticle({
      slug: "refunds",
      category: "returns",
      tags: ["refund"],
      status: "published",
      popular: true,
      related: [],
      translations: {
        en: { title: "Refunds", summary: "", body: "Five days." },
        ru: { title: "Возвраты", summary: "", body: "Пять дней." },
      },
      authorId: null,
      authorName: null,
      sourceTicketId: null,
      createdAt: "2026-11-01T00:00:00Z",
      updatedAt: "2026-11-01T00:00:00Z",
    });
    const draft = structuredClone(saved);
    draft.translations.ru = { title: "", summary: "", body: "" };
    const input = updateInput(draft, saved);
    expect(input.translations).toEqual({
      en: { title: "Refunds", summary: "", body: "Five days." },
      ru: null,
    });
    expect(input.tags).toEqual(["refund"]);
    expect(input.popular).toBe(true);
  });
});
