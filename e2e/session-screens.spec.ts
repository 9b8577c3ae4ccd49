import { expect, test } from "@playwright/test";
import { newCustomer, openMiniApp } from "./support/telegram";

test("opened outside Telegram, the app says where to open it and offers no demo door", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Open Helpline in Telegram" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open as demo customer" })).toHaveCount(0);
  expect((await page.request.get("/api/demo/launch?as=customer")).status()).toBe(404);
});

test("an expired session asks the customer to reopen the app", async ({ page }) => {
  const twoHoursAgo = Math.floor(Date.now() / 1000) - 2 * 3600;
  await openMiniApp(page, newCustomer(), { authDate: twoHoursAgo });
  await expect(page.getByRole("heading", { name: "Your session has expired" })).toBeVisible();
});

test("a Persian customer gets a right-to-left app in Persian", async ({ page }) => {
  await openMiniApp(page, newCustomer({ language_code: "fa" }));
  await expect(page.getByRole("heading", { name: "درخواست‌های من" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
});
