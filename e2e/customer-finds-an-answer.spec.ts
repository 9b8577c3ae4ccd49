import { type APIRequestContext, expect, test } from "@playwright/test";
import { DEMO_THEMES } from "../apps/api/src/features/demo/demo-theme";
import { openTicketFor, resolveAsAgent, tma } from "./support/api";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { E2E_ADMIN } from "./support/constants";
import { newCustomer, openMiniApp, pressBackButton } from "./support/telegram";

// The e2e server starts without demo content: the journeys bring their own articles, through
// the editor's import, the way a desk moving from another tool would.
const ARTICLES = {
  format: "helpline-kb",
  version: 1,
  articles: [
    {
      slug: "where-is-my-parcel",
      category: "delivery",
      tags: ["tracking", "courier"],
      status: "published",
      popular: true,
      related: ["return-an-item"],
      translations: {
        en: {
          title: "Where is my parcel? Tracking your delivery",
          summary: "Find the tracking number and see where your delivery is.",
          body: [
            "Every order gets a **tracking number** once it leaves the warehouse.",
            "",
            "1. Open *My orders*",
            "2. Tap the order, then **Track delivery**",
            "",
            "Late by more than 3 days? See [the courier's page](https://courier.example/track).",
            "",
            "<script>window.__kbScript = true</script>",
          ].join("\n"),
        },
        fa: {
          title: "بسته‌ام کجاست؟ پیگیری ارسال",
          summary: "شمارهٔ پیگیری را پیدا کنید و ببینید بسته کجاست.",
          body: "هر سفارش پس از خروج از انبار یک **شمارهٔ پیگیری** می‌گیرد.\n\n- «سفارش‌های من» را باز کنید\n- روی سفارش بزنید",
        },
      },
    },
    {
      slug: "return-an-item",
      category: "returns",
      tags: ["return", "refund"],
      status: "published",
      popular: false,
      related: [],
      translations: {
        en: {
          title: "How to return an item",
          summary: "Returns are free within 30 days.",
          body: "Start a return from *My orders* within **30 days** of delivery.",
        },
      },
    },
    {
      slug: "change-payment-card",
      category: "payment",
      tags: ["card"],
      status: "draft",
      popular: false,
      related: [],
      translations: {
        en: {
          title: "Changing the card you pay with",
          summary: "Replace a saved card.",
          body: "Open *Settings → Payment* and add the new card.",
        },
      },
    },
  ],
};

async function importArticles(request: APIRequestContext) {
  const res = await request.post("/api/admin/kb/import", {
    headers: tma(E2E_ADMIN),
    data: ARTICLES,
  });
  expect(res.status(), await res.text()).toBe(200);
}

async function editorItem(request: APIRequestContext, slug: string) {
  const res = await request.get("/api/admin/kb/articles", { headers: tma(E2E_ADMIN) });
  expect(res.status()).toBe(200);
  const list = (await res.json()) as { items: { slug: string; helpfulYes: number }[] };
  return list.items.find((item) => item.slug === slug);
}

test.beforeEach(async ({ request }) => {
  await importArticles(request);
});

test("customer searches the knowledge base with a typo, reads an answer and marks it helpful", async ({
  page,
  request,
}) => {
  const customer = newCustomer();
  const before = (await editorItem(request, "where-is-my-parcel"))?.helpfulYes ?? 0;
  await openMiniApp(page, customer);
  await expect(page.getByRole("heading", { name: "My requests" })).toBeVisible();
  // The empty list points to the articles, as does the header.
  await page.getByRole("link", { name: /find an answer yourself/ }).click();

  await expect(page.getByRole("heading", { name: "Help articles" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Popular solutions" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: /Where is my parcel\? Tracking your delivery/ }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /Returns and refunds/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Nothing matches: the way to a person is right there.
  const search = page.getByRole("searchbox", { name: "Search help articles" });
  await search.fill("xylophone warranty");
  await expect(page.getByText("Nothing found for “xylophone warranty”")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ask support" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A typo still finds the article, with the matching words highlighted.
  await search.fill("delivry");
  const result = page.getByRole("link", { name: /Where is my parcel\?/ });
  await expect(result).toBeVisible();
  await expect(result.locator("mark").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await result.click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Where is my parcel? Tracking your delivery" }),
  ).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Track delivery" })).toBeVisible();
  await expect(page.getByRole("link", { name: "the courier's page" })).toHaveAttribute(
    "rel",
    "noopener noreferrer nofollow",
  );
  await expect(page.getByRole("link", { name: "the courier's page" })).toHaveAttribute(
    "target",
    "_blank",
  );
  // The <script> in the body is shown as text and never runs.
  await expect(page.getByText("<script>window.__kbScript = true</script>")).toBeVisible();
  expect(await page.evaluate(() => "__kbScript" in window)).toBe(false);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(page.getByRole("button", { name: "Yes", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.getByLabel("Anything to add? (optional)").fill("Clear steps, thanks.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("Thank you for your feedback.")).toBeVisible();
  await expect
    .poll(async () => (await editorItem(request, "where-is-my-parcel"))?.helpfulYes)
    .toBe(before + 1);
  // One vote per visit, comment or not: leaving after a bare "No" counts once too.
  await page.getByRole("link", { name: /How to return an item/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "How to return an item" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "No", exact: true }).click();
  await pressBackButton(page);
  await expect(
    page.getByRole("heading", { level: 1, name: "Where is my parcel? Tracking your delivery" }),
  ).toBeVisible();
  await expect
    .poll(async () => {
      const res = await request.get("/api/admin/kb/articles", { headers: tma(E2E_ADMIN) });
      const list = (await res.json()) as { items: { slug: string; helpfulNo: number }[] };
      return list.items.find((item) => item.slug === "return-an-item")?.helpfulNo;
    })
    .toBe(1);

  // "Still need help?" opens the form on the article's topic.
  await page.getByRole("button", { name: "New request" }).click();
  await expect(page.getByRole("heading", { name: "New request" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /Orders and delivery/ })).toBeChecked();
  await pressBackButton(page);
  await expect(page.getByRole("heading", { name: "My requests" })).toBeVisible();
});

test("a suggestion appears while writing a request, and 'this solved it' sends no ticket", async ({
  page,
  request,
}) => {
  const customer = newCustomer();
  const insights = async () => {
    const res = await request.get("/api/admin/kb/insights?days=1", { headers: tma(E2E_ADMIN) });
    expect(res.status()).toBe(200);
    return ((await res.json()) as { deflection: { solved: number; sessions: number } }).deflection;
  };
  const before = await insights();

  await openMiniApp(page, customer, { path: "/new" });
  await expect(page.getByRole("heading", { name: "New request" })).toBeVisible();
  await page.getByRole("radio", { name: /Orders and delivery/ }).check();
  await page.getByLabel("Subject").fill("Where is my parcel");
  await page.getByLabel("Describe the problem").fill("Tracking has not moved since Monday.");

  const suggestions = page.getByRole("region", { name: "Maybe one of these answers it?" });
  await expect(suggestions).toBeVisible();
  await expect(suggestions.getByText("Where is my parcel? Tracking your delivery")).toBeVisible();
  expect(await suggestions.locator(".kb-suggestion").count()).toBeLessThanOrEqual(3);
  await expectNoSeriousA11yViolations(page);

  // Reading it first keeps the draft; coming back finds the form as it was.
  await suggestions.getByRole("link", { name: /Read the article: Where is my parcel/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Where is my parcel? Tracking your delivery" }),
  ).toBeVisible();
  await pressBackButton(page);
  await expect(page.getByLabel("Subject")).toHaveValue("Where is my parcel");

  await suggestions.getByRole("button", { name: /This solved it: Where is my parcel/ }).click();
  await expect(page.getByRole("heading", { name: "Glad it helped" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(await page.evaluate(() => localStorage.getItem("helpline.draft.new-ticket"))).toBeNull();

  const tickets = await request.get("/api/tickets", { headers: tma(customer) });
  expect(((await tickets.json()) as { items: unknown[] }).items).toHaveLength(0);
  await expect.poll(async () => (await insights()).solved).toBe(before.solved + 1);
  expect((await insights()).sessions).toBeGreaterThan(before.sessions);

  await page.getByRole("link", { name: "Back to my requests" }).click();
  await expect(page.getByText("Nothing here yet")).toBeVisible();
});

test("a content editor edits a draft in the console and publishes it", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const customer = newCustomer();
  const draft = await request.get("/api/kb/articles/change-payment-card", {
    headers: tma(customer),
  });
  expect(draft.status()).toBe(404);

  await openMiniApp(page, E2E_ADMIN, { path: "/admin" });
  await expect(page.getByRole("heading", { name: "Agent console" })).toBeVisible();
  await page.getByRole("link", { name: "Knowledge base" }).click();
  // The whole KB goes out as a JSON file and comes back in through the same screen.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^helpline-kb-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(
    await new Promise<string>((resolve, reject) => {
      void file.createReadStream().then((stream) => {
        let text = "";
        stream.on("data", (chunk) => {
          text += chunk;
        });
        stream.on("end", () => resolve(text));
        stream.on("error", reject);
      });
    }),
  ) as { format: string; articles: { slug: string }[] };
  expect(exported.format).toBe("helpline-kb");
  expect(exported.articles.map((article) => article.slug)).toContain("change-payment-card");
  await page.getByLabel("Import JSON").setInputFiles({
    name: "kb.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...ARTICLES, articles: ARTICLES.articles.slice(1, 2) })),
  });
  await expect(page.getByText("Imported: 0 new, 1 updated.")).toBeVisible();
  await page.getByLabel("Import JSON").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"format":"something-else"}'),
  });
  await expect(page.getByText("The file is not a valid knowledge base export.")).toBeVisible();

  await page.getByLabel("Status").selectOption("draft");
  const row = page.getByRole("link", { name: /change-payment-card/ });
  await expect(row).toBeVisible();
  await expect(page.getByRole("link", { name: /where-is-my-parcel/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await row.click();

  await expect(page.getByRole("tab", { name: /English/ })).toHaveAttribute("aria-selected", "true");
  const body = page.getByLabel("Text (Markdown)");
  await body.fill("Open **Settings → Payment**, remove the old card and add the new one.");
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.locator("strong")).toHaveText("Settings → Payment");
  await page.getByRole("tab", { name: /فارسی/ }).click();
  await page.getByLabel("Title").fill("تغییر کارت پرداخت");
  await page.getByLabel("Text (Markdown)").fill("به **تنظیمات ← پرداخت** بروید.");
  await expect(preview.locator("[dir=rtl]")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  const history = page.getByRole("region", { name: "Version history" });
  await expect(history.getByText("Published", { exact: true })).toBeVisible();
  await expect(history.getByText(/by Sam/).first()).toBeVisible();

  const published = await request.get("/api/kb/articles/change-payment-card?locale=en", {
    headers: tma(customer),
  });
  expect(published.status()).toBe(200);
  expect(((await published.json()) as { body: string }).body).toContain("remove the old card");
  const persian = await request.get("/api/kb/articles/change-payment-card?locale=fa", {
    headers: tma(customer),
  });
  expect(((await persian.json()) as { title: string }).title).toBe("تغییر کارت پرداخت");

  await page.getByRole("link", { name: "Back to articles" }).click();
  await page.getByRole("link", { name: "Insights" }).click();
  await expect(page.getByRole("heading", { name: "Searches that found nothing" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an article is drafted from a resolved ticket", async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const customer = newCustomer();
  const ticket = await openTicketFor(request, customer, "Courier keeps missing me");
  await resolveAsAgent(request, ticket.id, "Asked the courier to call ahead next time.", [
    "Add a phone number to the order",
  ]);
  await openMiniApp(page, E2E_ADMIN, { path: `/admin/tickets/${ticket.id}` });
  await page.getByRole("link", { name: "Create article from this ticket" }).click();
  await expect(page.getByText("Drafted from a resolved ticket")).toBeVisible();
  await expect(page.getByLabel("Address (slug)")).not.toHaveValue("");
  await expect(page.getByLabel("Status")).toHaveValue("draft");
});

test("a Persian customer reads the knowledge base right to left, in the dark theme", async ({
  page,
}) => {
  const customer = newCustomer({ language_code: "fa" });
  await openMiniApp(page, customer, { path: "/kb", theme: DEMO_THEMES.dark });
  await expect(page.getByRole("heading", { name: "مقاله‌های راهنما" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("link", { name: /بسته‌ام کجاست؟/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A category lists its articles; an article with no Persian version says so and shows English.
  await page.getByRole("link", { name: /مرجوعی و بازپرداخت/ }).click();
  await expect(page.getByRole("heading", { name: "مرجوعی و بازپرداخت" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: /How to return an item/ }).click();
  await expect(page.getByText("این مقاله هنوز به زبان شما در دسترس نیست.")).toBeVisible();
  await expect(page.locator("article.kb-article")).toHaveAttribute("dir", "ltr");
  await expectNoSeriousA11yViolations(page);
  await pressBackButton(page);
  await pressBackButton(page);
  await page.getByRole("link", { name: /بسته‌ام کجاست؟/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "بسته‌ام کجاست؟ پیگیری ارسال" }),
  ).toBeVisible();
  await expect(page.locator("article.kb-article")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "هنوز به کمک نیاز دارید؟" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
