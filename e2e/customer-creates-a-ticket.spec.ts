import { expect, test } from "@playwright/test";
import {
  expectMainButton,
  newCustomer,
  openMiniApp,
  pressBackButton,
  pressMainButton,
  telegramEvents,
} from "./support/telegram";

test("customer creates a ticket and sees it in My requests", async ({ page }) => {
  const assets: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/assets/")) assets.push(path);
  });
  await openMiniApp(page, newCustomer());

  await expect(page.getByRole("heading", { name: "My requests" })).toBeVisible();
  await expect(page.getByText("Nothing here yet")).toBeVisible();
  const events = (await telegramEvents(page)).map(([type]) => type);
  expect(events).toContain("web_app_ready");

  await pressMainButton(page, "New request");
  await expect(page.getByRole("heading", { name: "New request" })).toBeVisible();

  // Bad input first: hints appear in place, the MainButton stays off, nothing typed is lost.
  await page.getByRole("radio", { name: /Orders and delivery/ }).check();
  await page.getByRole("radio", { name: "Where is my order?" }).check();
  const subject = page.getByLabel("Subject");
  const description = page.getByLabel("Describe the problem");
  await subject.fill("x");
  await description.fill("too short");
  await subject.focus();
  await expect(page.getByText("At least 3 characters")).toBeVisible();
  await expect(page.getByText("At least 10 characters")).toBeVisible();
  await expectMainButton(page, { text: "Send request", is_active: false });
  await expect(subject).toHaveValue("x");

  await subject.fill("Parcel has not arrived");
  // Enter in the one-line subject moves on; a half-written request is never sent by it.
  await subject.press("Enter");
  await expect(description).toBeFocused();
  await expect(page.getByRole("heading", { name: "New request" })).toBeVisible();
  await description.fill("Order A-2041 was due on Monday and tracking has not moved.");
  await pressMainButton(page, "Send request");

  const accepted = page.getByRole("heading", { name: /^Accepted: ticket #\d+$/ });
  await expect(accepted).toBeVisible();
  const number = (await accepted.textContent())?.match(/#(\d+)/)?.[1];
  // The ETA follows the queue's pace (issue #5) and never promises later than L1's 15 minutes.
  const eta = page.getByText(/^ETA \d+ minutes?$/);
  await expect(eta).toBeVisible();
  const minutes = Number((await eta.textContent())?.match(/\d+/)?.[0]);
  expect(minutes).toBeGreaterThanOrEqual(1);
  expect(minutes).toBeLessThanOrEqual(15);
  expect(
    (await telegramEvents(page)).some(([type]) => type === "web_app_trigger_haptic_feedback"),
  ).toBe(true);

  await pressMainButton(page, "Open the request");
  await expect(page.getByRole("heading", { name: `Request #${number}` })).toBeVisible();
  await expect(page.getByText("Order A-2041 was due on Monday")).toBeVisible();

  // My requests came inside the page (ADR 010); the lazy form and thread got the page's runtime
  // through the import map, never the first screen's chunks a second time.
  const inlined = await page.evaluate(() => {
    const map = document.querySelector('script[type="importmap"]')?.textContent ?? "{}";
    return Object.keys((JSON.parse(map) as { imports?: object }).imports ?? {});
  });
  expect(inlined.length).toBeGreaterThan(0);
  expect(assets.filter((path) => inlined.includes(path))).toEqual([]);
  expect(assets.some((path) => path.endsWith(".from-page.js"))).toBe(true);

  await pressBackButton(page);
  const row = page.getByRole("link", { name: new RegExp(`#${number}`) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Parcel has not arrived");
  await expect(row).toContainText("Accepted");
  await expect(row).toContainText(/Reply expected by/);
});

test("a double tap on Send request opens one ticket", async ({ page }) => {
  await openMiniApp(page, newCustomer());
  await pressMainButton(page, "New request");
  await page.getByRole("radio", { name: /Ideas/ }).check();
  await page.getByLabel("Subject").fill("Dark mode for receipts");
  await page
    .getByLabel("Describe the problem")
    .fill("Receipts are very bright at night, a dark version would help.");
  await expectMainButton(page, { text: "Send request", is_active: true });
  await page.evaluate(() => {
    const view = (
      window as unknown as { Telegram: { WebView: { receiveEvent(type: string): void } } }
    ).Telegram.WebView;
    view.receiveEvent("main_button_pressed");
    view.receiveEvent("main_button_pressed");
  });
  await expect(page.getByRole("heading", { name: /^Accepted: ticket #\d+$/ })).toBeVisible();
  await page.getByRole("link", { name: "Back to my requests" }).click();
  await expect(page.getByRole("link", { name: /Dark mode for receipts/ })).toHaveCount(1);
});

test("a half-written request survives closing the app, also from Telegram's cloud storage", async ({
  page,
}) => {
  await openMiniApp(page, newCustomer());
  await pressMainButton(page, "New request");
  await page.getByRole("radio", { name: /^Payment Failed payments/ }).check();
  await page.getByLabel("Subject").fill("Charged twice");
  await page.getByLabel("Describe the problem").fill("My card was charged twice for order A-3001.");
  const closing = (await telegramEvents(page)).filter(
    ([type]) => type === "web_app_setup_closing_behavior",
  );
  expect(closing.at(-1)?.[1]).toEqual({ need_confirmation: true });
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem("__tg_cloud") ?? ""))
    .toContain("Charged twice");

  // A new device: nothing in local storage, the cloud copy brings the text back.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel("Subject")).toHaveValue("Charged twice");
  await expect(page.getByLabel("Describe the problem")).toHaveValue(
    "My card was charged twice for order A-3001.",
  );
  await expect(page.getByRole("radio", { name: /^Payment Failed payments/ })).toBeChecked();
});
