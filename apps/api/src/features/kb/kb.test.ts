import { KB_LIMITS } from "@helpline/contracts/kb";
import type { StaffRole } from "@helpline/contracts/users";
import { schema, seedKbDemo } from "@helpline/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";

let t: TestApp;
const buyer = customer(7001);
const otherBuyer = customer(7002, { language_code: "ru" });
const quietBuyer = customer(7003);
const agent = customer(7101);
const editor = customer(7102);
const admin = customer(7103);

async function grant(userId: number, role: StaffRole) {
  await t.handle.db.insert(schema.staffRoles).values({ userId, role });
}

const draftBody = {
  slug: "gift-wrapping",
  category: "orders",
  tags: ["gift", "wrapping"],
  translations: {
    en: {
      title: "Gift wrapping for presents",
      summary: "Add gift wrapping and a card to an order.",
      body: "Tick **Gift wrapping** at checkout.\n\n<script>alert(1)</script>",
    },
  },
};

beforeAll(async () => {
  t = await createTestApp();
  await seedKbDemo(t.handle.db);
  await grant(agent.id, "agent_l1");
  await grant(editor.id, "content_editor");
  await grant(admin.id, "admin");
  // Everyone has opened the app once (the auth middleware stores them).
  for (const user of [buyer, otherBuyer, quietBuyer, agent, editor, admin]) {
    await t.call("GET", "/api/me", { user });
  }
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe("customer knowledge base", () => {
  it("shows popular articles and category counts in the reader's language", async () => {
    const res = await t.call("GET", "/api/kb/home?locale=fa", { user: buyer });
    expect(res.status).toBe(200);
    expect(res.body.popular.length).toBeGreaterThan(3);
    expect(res.body.popular.every((card: { locale: string }) => card.locale === "fa")).toBe(true);
    const orders = res.body.categories.find((c: { id: string }) => c.id === "orders");
    expect(orders.count).toBe(6);
    const returns = res.body.categories.find((c: { id: string }) => c.id === "returns");
    expect(returns.count).toBe(6); // the staff-only seventh is not counted for a customer
    const list = await t.call("GET", "/api/kb/home?locale=en&category=returns", { user: agent });
    expect(list.body.articles).toHaveLength(7);
  });

  it("searches with plain-text highlighted snippets", async () => {
    const res = await t.call(
      "GET",
      `/api/kb/search?q=${encodeURIComponent("забыл пароль")}&locale=ru`,
      {
        user: otherBuyer,
      },
    );
    expect(res.status).toBe(200);
    const [first] = res.body.results;
    expect(first.slug).toBe("reset-password");
    expect(first.locale).toBe("ru");
    expect(first.snippet.some((part: { hit: boolean }) => part.hit)).toBe(true);
    for (const part of first.snippet) expect(Object.keys(part).sort()).toEqual(["hit", "text"]);
  });

  it("returns one article with its languages and related articles", async () => {
    const res = await t.call("GET", "/api/kb/articles/track-my-order?locale=zh", { user: buyer });
    expect(res.status).toBe(200);
    expect(res.body.locale).toBe("zh");
    expect(res.body.availableLocales).toEqual(["en", "ru", "fa", "zh"]);
    expect(res.body.related.map((card: { slug: string }) => card.slug)).toEqual([
      "delivery-delayed",
      "delivery-times",
    ]);
    expect((await t.call("GET", "/api/kb/articles/nope?locale=en", { user: buyer })).status).toBe(
      404,
    );
  });

  it("suggests at most 3 articles while typing, the last word as a prefix", async () => {
    const res = await t.call(
      "GET",
      `/api/kb/suggest?q=${encodeURIComponent("where is my parc")}&locale=en`,
      {
        user: buyer,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.results.length).toBeGreaterThan(0);
    expect(res.body.results.length).toBeLessThanOrEqual(3);
    expect(res.body.results.map((r: { slug: string }) => r.slug)).toContain("track-my-order");
  });
});

describe("status visibility", () => {
  it("never shows drafts to anyone, and staff-only articles only to staff", async () => {
    expect(
      (await t.call("POST", "/api/admin/kb/articles", { user: editor, body: draftBody })).status,
    ).toBe(201);
    for (const user of [buyer, agent]) {
      const search = await t.call("GET", "/api/kb/search?q=gift+wrapping&locale=en", { user });
      expect(search.body.results.map((r: { slug: string }) => r.slug)).not.toContain(
        "gift-wrapping",
      );
      expect((await t.call("GET", "/api/kb/articles/gift-wrapping", { user })).status).toBe(404);
    }
    const staffOnly = "/api/kb/articles/refund-exceptions-for-agents?locale=en";
    expect((await t.call("GET", staffOnly, { user: buyer })).status).toBe(404);
    const forAgent = await t.call("GET", staffOnly, { user: agent });
    expect(forAgent.status).toBe(200);
    expect(forAgent.body.staffOnly).toBe(true);
    const customerSearch = await t.call("GET", "/api/kb/search?q=refund+exceptions&locale=en", {
      user: buyer,
    });
    expect(customerSearch.body.results.map((r: { slug: string }) => r.slug)).not.toContain(
      "refund-exceptions-for-agents",
    );
    const feedback = await t.call("POST", "/api/kb/articles/gift-wrapping/feedback", {
      user: buyer,
      body: { helpful: true },
    });
    expect(feedback.status).toBe(404);
  });
});

describe("editor routes", () => {
  const editorCalls: [string, string, unknown?][] = [
    ["GET", "/api/admin/kb/articles"],
    ["POST", "/api/admin/kb/articles", { ...draftBody, slug: "another" }],
    ["GET", "/api/admin/kb/articles/track-my-order"],
    ["PATCH", "/api/admin/kb/articles/track-my-order", { popular: false }],
    ["POST", "/api/admin/kb/articles/track-my-order/publish"],
    ["POST", "/api/admin/kb/articles/track-my-order/unpublish"],
    ["GET", "/api/admin/kb/articles/track-my-order/versions"],
    [
      "POST",
      "/api/admin/kb/drafts/from-ticket",
      { ticketId: "00000000-0000-4000-8000-000000000000" },
    ],
    ["GET", "/api/admin/kb/export"],
    ["POST", "/api/admin/kb/import", { format: "helpline-kb", version: 1, articles: [] }],
    ["GET", "/api/admin/kb/insights"],
  ];

  it("refuses customers and agents with a bare 403", async () => {
    for (const user of [buyer, agent]) {
      for (const [method, path, body] of editorCalls) {
        const res = await t.call(method, path, { user, body });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.body).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
      }
    }
    expect((await t.call("GET", "/api/admin/kb/articles")).status).toBe(401);
  });

  it("lets editors and admins in", async () => {
    for (const user of [editor, admin]) {
      const res = await t.call("GET", "/api/admin/kb/articles?status=published", { user });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThanOrEqual(40);
      expect(res.body.items.every((item: { status: string }) => item.status === "published")).toBe(
        true,
      );
    }
  });

  it("edits, publishes and records who changed what", async () => {
    const update = await t.call("PATCH", "/api/admin/kb/articles/gift-wrapping", {
      user: editor,
      body: {
        tags: ["gift", "present"],
        translations: {
          ru: {
            title: "Подарочная упаковка",
            summary: "Упаковка и открытка.",
            body: "Отметьте **Подарочная упаковка**.",
          },
        },
      },
    });
    expect(update.status).toBe(200);
    expect(Object.keys(update.body.translations).sort()).toEqual(["en", "ru"]);
    const published = await t.call("POST", "/api/admin/kb/articles/gift-wrapping/publish", {
      user: admin,
    });
    expect(published.body.status).toBe("published");
    // Now customers find it, in Russian too, and the body comes back as raw Markdown.
    const search = await t.call(
      "GET",
      `/api/kb/search?q=${encodeURIComponent("подарочная упаковка")}&locale=ru`,
      {
        user: otherBuyer,
      },
    );
    expect(search.body.results[0].slug).toBe("gift-wrapping");
    const article = await t.call("GET", "/api/kb/articles/gift-wrapping?locale=en", {
      user: buyer,
    });
    expect(article.body.body).toContain("<script>alert(1)</script>");

    const versions = await t.call("GET", "/api/admin/kb/articles/gift-wrapping/versions", {
      user: editor,
    });
    expect(versions.status).toBe(200);
    const actions = versions.body.items.map((v: { action: string }) => v.action);
    expect(actions).toEqual(["published", "updated", "created"]);
    const [publishedV, updatedV] = versions.body.items;
    expect(publishedV.editorId).toBe(admin.id);
    expect(publishedV.editorName).toBe(`Customer ${admin.id}`);
    expect(updatedV.changed).toEqual(
      expect.arrayContaining(["tags", "title.ru", "summary.ru", "body.ru"]),
    );
    expect(updatedV.snapshot.translations.ru.title).toBe("Подарочная упаковка");

    await t.call("POST", "/api/admin/kb/articles/gift-wrapping/unpublish", { user: editor });
    const after = await t.call("GET", "/api/kb/articles/gift-wrapping", { user: buyer });
    expect(after.status).toBe(404);
  });

  it("refuses a second article with the same slug, and bad input with field errors", async () => {
    const again = await t.call("POST", "/api/admin/kb/articles", { user: editor, body: draftBody });
    expect(again.status).toBe(409);
    const bad = await t.call("POST", "/api/admin/kb/articles", {
      user: editor,
      body: { slug: "Bad Slug!", category: "nope", translations: {} },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details.fields)).toEqual(
      expect.arrayContaining(["slug", "category", "translations"]),
    );
    const removeAll = await t.call("PATCH", "/api/admin/kb/articles/gift-wrapping", {
      user: editor,
      body: { translations: { en: null, ru: null } },
    });
    expect(removeAll.status).toBe(400);
  });

  it("drafts an article from a resolved ticket, once", async () => {
    const ticket = await t.call("POST", "/api/tickets", {
      user: buyer,
      body: {
        topicId: "orders",
        sectionId: "return",
        subject: "How do I return shoes bought on sale?",
        description: "I bought shoes on sale and they do not fit.",
      },
    });
    expect(ticket.status).toBe(201);
    const early = await t.call("POST", "/api/admin/kb/drafts/from-ticket", {
      user: editor,
      body: { ticketId: ticket.body.id },
    });
    expect(early.status).toBe(409);
    const resolved = await t.call("POST", `/api/admin/tickets/${ticket.body.id}/resolve`, {
      user: agent,
      body: {
        summary: "Sale items can be returned within 30 days like any other.",
        nextSteps: ["Open the order and tap Return"],
      },
    });
    expect(resolved.status).toBe(200);
    const draft = await t.call("POST", "/api/admin/kb/drafts/from-ticket", {
      user: editor,
      body: { ticketId: ticket.body.id },
    });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe("draft");
    expect(draft.body.slug).toBe(`ticket-${ticket.body.number}`);
    expect(draft.body.sourceTicketId).toBe(ticket.body.id);
    expect(draft.body.translations.en.title).toBe("How do I return shoes bought on sale?");
    expect(draft.body.translations.en.body).toContain("- Open the order and tap Return");
    const twice = await t.call("POST", "/api/admin/kb/drafts/from-ticket", {
      user: editor,
      body: { ticketId: ticket.body.id },
    });
    expect(twice.status).toBe(200);
    expect(twice.body.slug).toBe(draft.body.slug);
  });
});

describe("import and export", () => {
  it("round-trips the whole knowledge base", async () => {
    const exported = await t.call("GET", "/api/admin/kb/export", { user: editor });
    expect(exported.status).toBe(200);
    const count = exported.body.articles.length;
    expect(count).toBeGreaterThanOrEqual(44);
    const doc = structuredClone(exported.body);
    doc.articles.push({
      ...doc.articles[0],
      slug: "imported-article",
      translations: { en: { title: "Imported title", summary: "From a file", body: "Hello" } },
    });
    const imported = await t.call("POST", "/api/admin/kb/import", { user: admin, body: doc });
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ created: 1, updated: count });
    const again = await t.call("GET", "/api/admin/kb/export", { user: editor });
    const strip = (articles: { slug: string; updatedAt?: string }[]) =>
      articles
        .map(({ updatedAt: _u, ...rest }) => rest)
        .sort((a, b) => a.slug.localeCompare(b.slug));
    expect(strip(again.body.articles)).toEqual(strip(doc.articles));
    const found = await t.call("GET", "/api/kb/search?q=imported&locale=en", { user: buyer });
    expect(found.body.results.map((r: { slug: string }) => r.slug)).toContain("imported-article");
  });

  it("refuses a bad file with field errors and an oversize one with 413", async () => {
    const bad = await t.call("POST", "/api/admin/kb/import", {
      user: editor,
      body: {
        format: "helpline-kb",
        version: 1,
        articles: [
          {
            slug: "x",
            category: "weather",
            tags: [],
            status: "published",
            popular: false,
            related: [],
            translations: {},
          },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details.fields)).toContain("articles.0.category");
    const duplicate = await t.call("POST", "/api/admin/kb/import", {
      user: editor,
      body: {
        format: "helpline-kb",
        version: 1,
        articles: [1, 2].map(() => ({
          slug: "twin",
          category: "orders",
          tags: [],
          status: "draft",
          popular: false,
          related: [],
          translations: { en: { title: "Twin", summary: "", body: "" } },
        })),
      },
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.details.fields["articles.1.slug"]).toBeDefined();
    const huge = JSON.stringify({
      format: "helpline-kb",
      version: 1,
      articles: [],
      pad: "x".repeat(KB_LIMITS.importBytes),
    });
    const tooBig = await t.call("POST", "/api/admin/kb/import", { user: editor, body: huge });
    expect(tooBig.status).toBe(413);
    // Other JSON routes keep the small limit.
    const bigFeedback = await t.call("POST", "/api/kb/articles/track-my-order/feedback", {
      user: buyer,
      body: JSON.stringify({ helpful: true, comment: "x".repeat(70 * 1024) }),
    });
    expect(bigFeedback.status).toBe(413);
  });
});

describe("feedback, deflection and insights", () => {
  it("validates feedback and counts it", async () => {
    const missing = await t.call("POST", "/api/kb/articles/track-my-order/feedback", {
      user: buyer,
      body: { comment: "?" },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.fields.helpful).toBeDefined();
    const long = await t.call("POST", "/api/kb/articles/track-my-order/feedback", {
      user: buyer,
      body: { helpful: false, comment: "x".repeat(KB_LIMITS.commentMax + 1) },
    });
    expect(long.status).toBe(400);
    const extra = await t.call("POST", "/api/kb/articles/track-my-order/feedback", {
      user: buyer,
      body: { helpful: true, rating: 5 },
    });
    expect(extra.status).toBe(400);
    // One vote per person: the buyer's "yes, yes, no" counts once, as their last word, and a
    // vote sent again without a comment keeps the comment they wrote.
    const votes = [
      [buyer, true, undefined],
      [buyer, true, undefined],
      [buyer, false, "Tracking link missing"],
      [buyer, false, undefined],
      [otherBuyer, true, undefined],
      [quietBuyer, true, undefined],
    ] as const;
    for (const [user, helpful, comment] of votes) {
      const ok = await t.call("POST", "/api/kb/articles/track-my-order/feedback", {
        user,
        body: { helpful, comment },
      });
      expect(ok.status).toBe(204);
    }
    const list = await t.call("GET", "/api/admin/kb/articles?q=track-my", { user: editor });
    const item = list.body.items.find((i: { slug: string }) => i.slug === "track-my-order");
    expect([item.helpfulYes, item.helpfulNo]).toEqual([2, 1]);
    const buyerVotes = await t.handle.db
      .select({ helpful: schema.kbFeedback.helpful, comment: schema.kbFeedback.comment })
      .from(schema.kbFeedback)
      .where(eq(schema.kbFeedback.userId, buyer.id));
    expect(buyerVotes).toEqual([{ helpful: false, comment: "Tracking link missing" }]);
  });

  it("counts deflection sessions shown, opened and solved", async () => {
    const send = (sessionId: string, event: string, slugs = ["track-my-order"]) =>
      t.call("POST", "/api/kb/deflection", {
        user: buyer,
        body: { sessionId, event, slugs, query: "where is my parcel", locale: "en" },
      });
    expect(
      (await send("session-aaaa", "shown", ["track-my-order", "delivery-delayed"])).status,
    ).toBe(204);
    expect((await send("session-aaaa", "opened")).status).toBe(204);
    expect((await send("session-aaaa", "solved")).status).toBe(204);
    expect((await send("session-bbbb", "shown")).status).toBe(204);
    expect((await send("session-bbbb", "opened")).status).toBe(204);
    expect((await send("session-cccc", "shown")).status).toBe(204);
    expect((await send("session-dddd", "clicked")).status).toBe(400);
    expect((await send("short", "shown")).status).toBe(400);
    expect((await send("session-eeee", "shown", ["no-such-article"])).status).toBe(404);
    const insights = await t.call("GET", "/api/admin/kb/insights?days=30", { user: editor });
    expect(insights.status).toBe(200);
    expect(insights.body.deflection).toEqual({
      sessions: 3,
      opened: 2,
      solved: 1,
      solvedShare: 0.333,
    });
    expect(insights.body.feedback).toEqual({ helpful: 2, notHelpful: 1 });
  });

  it("lists zero-result searches and searches followed by a new request", async () => {
    await t.call("GET", "/api/kb/search?q=Teleport+my+sofa&locale=en", { user: otherBuyer });
    await t.call("GET", "/api/kb/search?q=teleport++my+SOFA&locale=en", { user: buyer });
    await t.call("GET", "/api/kb/search?q=wrong+colour+shoes&locale=en", { user: otherBuyer });
    await t.call("GET", "/api/kb/search?q=gift+card+balance&locale=en", { user: quietBuyer });
    const ticket = await t.call("POST", "/api/tickets", {
      user: otherBuyer,
      body: {
        topicId: "orders",
        sectionId: "return",
        subject: "Shoes came in the wrong colour",
        description: "I ordered black shoes and got brown ones.",
      },
    });
    expect(ticket.status).toBe(201);
    const insights = await t.call("GET", "/api/admin/kb/insights", { user: editor });
    expect(insights.body.zeroResult[0]).toMatchObject({
      query: "teleport my sofa",
      locale: "en",
      count: 2,
    });
    const followed = insights.body.searchedThenTicket.map((row: { query: string }) => row.query);
    expect(followed).toContain("wrong colour shoes");
    // That reader never opened a request after searching.
    expect(followed).not.toContain("gift card balance");
  });

  it("rejects bad search input with field errors", async () => {
    const empty = await t.call("GET", "/api/kb/search?q=&locale=en", { user: buyer });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.fields.q).toBeDefined();
    const locale = await t.call("GET", "/api/kb/search?q=hi&locale=de", { user: buyer });
    expect(locale.status).toBe(400);
    const long = await t.call("GET", `/api/kb/search?q=${"a".repeat(KB_LIMITS.queryMax + 1)}`, {
      user: buyer,
    });
    expect(long.status).toBe(400);
    expect((await t.call("GET", "/api/kb/search?q=hi")).status).toBe(401);
  });
});

describe("erasing my data", () => {
  it("removes what the person searched for and their feedback comments", async () => {
    const person = customer(7301);
    await t.call("GET", "/api/kb/search?q=my+name+is+jane+doe&locale=en", { user: person });
    await t.call("POST", "/api/kb/articles/track-my-order/feedback", {
      user: person,
      body: { helpful: false, comment: "Call me on +31 6 1234 5678" },
    });
    const erased = await t.call("POST", "/api/me/erase", { user: person, body: { confirm: true } });
    expect(erased.status).toBe(200);
    const { kbSearchLog, kbFeedback } = schema;
    const searches = await t.handle.db.select().from(kbSearchLog);
    expect(searches.some((row) => row.userId === person.id)).toBe(false);
    const votes = await t.handle.db.select().from(kbFeedback);
    const mine = votes.filter((row) => row.userId === person.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.comment).toBeNull();
  });
});

describe("floods", () => {
  it("answers 429 with Retry-After when one person floods feedback", async () => {
    const flooder = customer(7401);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 40; i++) {
      const res = await t.call("POST", "/api/kb/articles/wishlist/feedback", {
        user: flooder,
        body: { helpful: true },
      });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get("retry-after");
    }
    expect(statuses.filter((status) => status === 204).length).toBeGreaterThanOrEqual(30);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
