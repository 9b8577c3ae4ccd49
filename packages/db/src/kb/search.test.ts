import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client";
import { DEMO_KB_ARTICLES } from "../seed/kb";
import { seedKbDemo } from "../seed/kb-demo";
import { seedReference } from "../seed/reference";
import { createTestDb } from "../testing";
import { buildSnippet, type KbSearchOptions, searchKb } from "./search";
import { kbDocument, kbTokens, normalizeKbText } from "./text";

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb(process.env.DATABASE_URL);
  await seedReference(handle.db);
  await seedKbDemo(handle.db);
}, 60_000);
afterAll(async () => {
  await handle?.close();
});

const published = ["published"] as const;
const search = (
  query: string,
  locale: KbSearchOptions["locale"],
  extra: Partial<KbSearchOptions> = {},
) => searchKb(handle.db, { query, locale, statuses: published, limit: 5, ...extra });
const slugs = async (
  query: string,
  locale: KbSearchOptions["locale"],
  extra: Partial<KbSearchOptions> = {},
) => (await search(query, locale, extra)).hits.map((hit) => hit.slug);

describe("text preparation", () => {
  it("unifies Persian letter variants, digits and the zero-width non-joiner", () => {
    expect(normalizeKbText("كارت يك ٣۴")).toBe("کارت یک 34");
    // A non-joiner separates in queries; documents hold both the joined and the split form.
    expect(normalizeKbText("می\u200Cخواهم")).toBe("می خواهم");
    expect(kbTokens(kbDocument("ثبت\u200Cنام"))).toEqual(["ثبتنام", "ثبت", "نام"]);
  });

  it("splits Chinese runs into character bigrams", () => {
    expect(kbTokens("退款方式")).toEqual(["退款", "款方", "方式"]);
    expect(kbTokens("iphone手机")).toEqual(["iphone", "手机"]);
    expect(kbDocument("如何退货")).toContain("如何 何退 退货");
  });
});

describe("demo content", () => {
  it("has 40-60 articles, each in four languages, whose related slugs exist", () => {
    expect(DEMO_KB_ARTICLES.length).toBeGreaterThanOrEqual(40);
    expect(DEMO_KB_ARTICLES.length).toBeLessThanOrEqual(60);
    const slugs = new Set(DEMO_KB_ARTICLES.map((article) => article.slug));
    expect(slugs.size).toBe(DEMO_KB_ARTICLES.length);
    for (const article of DEMO_KB_ARTICLES) {
      expect(Object.keys(article.text).sort(), article.slug).toEqual(["en", "fa", "ru", "zh"]);
      for (const slug of article.related)
        expect(slugs.has(slug), `${article.slug} -> ${slug}`).toBe(true);
    }
  });

  it("seeds idempotently", async () => {
    expect(await seedKbDemo(handle.db)).toBe(0);
  });
});

describe("searchKb", () => {
  it("stems English words", async () => {
    expect((await slugs("refunds", "en"))[0]).toBe("refund-timing");
    expect(await slugs("cancelling my order", "en")).toContain("cancel-an-order");
  });

  it("stems Russian words", async () => {
    // "пароля" (genitive) finds the article titled "Как восстановить пароль".
    expect((await slugs("забыл пароля", "ru"))[0]).toBe("reset-password");
    expect(await slugs("отменить заказы", "ru")).toContain("cancel-an-order");
  });

  it("finds Persian text whatever the letter variants and digits", async () => {
    // Arabic kaf and yeh in the query, Persian ones in the article.
    expect(await slugs("كد تخفيف", "fa")).toContain("promo-codes");
    expect(await slugs("رمز عبور فراموش", "fa")).toContain("reset-password");
  });

  it("finds Persian words written with or without the zero-width non-joiner", async () => {
    for (const query of ["علاقه‌مندی‌ها", "علاقهمندیها", "علاقه مندی ها"]) {
      expect(await slugs(query, "fa"), query).toContain("wishlist");
    }
  });

  it("finds Chinese through bigrams", async () => {
    expect((await slugs("忘记密码", "zh"))[0]).toBe("reset-password");
    expect(await slugs("怎么退货", "zh")).toContain("return-an-item");
  });

  it("tolerates typos through the trigram lexicon", async () => {
    expect((await slugs("pasword resett", "en"))[0]).toBe("reset-password");
    expect(await slugs("instalments", "en")).toContain("installments");
  });

  it("matches an unfinished last word as a prefix", async () => {
    // Too short for a typo fix, so only the prefix can find "password".
    expect(await slugs("forgot pas", "en", { prefix: true })).toContain("reset-password");
    expect(await slugs("pas", "en")).not.toContain("reset-password");
    expect(await slugs("pas", "en", { prefix: true })).toContain("reset-password");
  });

  it("puts the reader's language first", async () => {
    const { hits } = await search("telegram", "ru");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.locale).toBe("ru");
  });

  it("never returns statuses the reader may not see", async () => {
    expect(await slugs("refund exceptions agents", "en")).not.toContain(
      "refund-exceptions-for-agents",
    );
    expect(
      await slugs("refund exceptions agents", "en", { statuses: ["published", "staff_only"] }),
    ).toContain("refund-exceptions-for-agents");
  });

  it("returns nothing for words no article has", async () => {
    expect(await slugs("zzqx", "en")).toEqual([]);
  });
});

describe("buildSnippet", () => {
  it("marks the matched words and keeps everything as text", () => {
    const parts = buildSnippet("Get your <b>money</b> back.", "Refunds take **3 days**.", [
      "refund",
    ]);
    expect(parts.some((part) => part.hit && part.text === "Refunds")).toBe(true);
    expect(parts.map((part) => part.text).join("")).toContain("<b>money</b>");
  });

  it("highlights Chinese bigrams inside a run", () => {
    const parts = buildSnippet("如何退货", "", ["退货"]);
    expect(parts).toContainEqual({ text: "退货", hit: true });
  });
});
