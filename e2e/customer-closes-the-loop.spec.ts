import { expect, test } from "@playwright/test";
import { openTicketFor, resolveAsAgent } from "./support/api";
import { newCustomer, openMiniApp } from "./support/telegram";

test("a customer sees the resolution live, rates it, answers NPS, and reopens it when it did not help", async ({
  page,
  request,
}) => {
  const customer = newCustomer();
  const ticket = await openTicketFor(request, customer, "Box arrived open");
  await openMiniApp(page, customer, { startParam: `ticket_${ticket.number}` });

  // The deep link lands on the ticket itself.
  await expect(page.getByRole("heading", { name: `Request #${ticket.number}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Resolved" })).toHaveCount(0);

  await resolveAsAgent(request, ticket.id, "A new parcel was sent today.", [
    "Keep the damaged box for the courier",
  ]);

  const card = page.getByRole("region", { name: "Resolved" });
  await expect(card).toBeVisible({ timeout: 5_000 });
  await expect(card).toContainText("A new parcel was sent today.");
  await expect(card.getByRole("listitem")).toHaveText(["Keep the damaged box for the courier"]);
  await expect(page.getByRole("list", { name: "Progress" })).toContainText("Resolved");

  await card.getByRole("radio", { name: "4 stars of 5" }).check();
  await card.getByLabel("Anything to add? (optional)").fill("Quick, but the first box was a mess");
  await card.getByRole("button", { name: "Send rating" }).click();
  await expect(card.getByText("Thank you! You rated this 4 of 5.")).toBeVisible();

  await card.getByRole("button", { name: "9", exact: true }).click();
  await expect(card.getByText("Thank you for your answer.")).toBeVisible();

  await card.getByRole("button", { name: "This did not help" }).click();
  await card.getByLabel("What is still wrong?").fill("The new parcel has not arrived either.");
  await card.getByRole("button", { name: "Reopen the request" }).click();
  await expect(page.getByText("Reopened").first()).toBeVisible();
  await expect(page.getByText("The new parcel has not arrived either.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Resolved" })).toHaveCount(0);
});

test("settings: a customer switches to Persian, sets quiet hours, and it sticks", async ({
  page,
}) => {
  await openMiniApp(page, newCustomer());
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Quiet hours").check();
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("22:00");
  await page.getByLabel("Language").selectOption("fa");
  await expect(page.getByRole("heading", { name: "تنظیمات" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.reload();
  await expect(page.getByRole("heading", { name: "تنظیمات" })).toBeVisible();
  await expect(page.getByLabel("از", { exact: true })).toHaveValue("22:00");
});
