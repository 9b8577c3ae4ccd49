import { expect, test } from "@playwright/test";
import { DEMO_THEMES } from "../apps/api/src/features/demo/demo-theme";
import { openTicketFor, resolveAsAgent } from "./support/api";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { E2E_ADMIN } from "./support/constants";
import { newCustomer, openMiniApp, pressMainButton } from "./support/telegram";

for (const [themeName, theme] of Object.entries(DEMO_THEMES)) {
  test(`every customer screen passes axe in the ${themeName} theme`, async ({ page, request }) => {
    const customer = newCustomer();
    const ticket = await openTicketFor(request, customer, "Accessibility check");
    await resolveAsAgent(request, ticket.id, "Checked and fixed.", ["Nothing else to do"]);

    await openMiniApp(page, customer, { theme });
    await expect(page.getByRole("heading", { name: "My requests" })).toBeVisible();
    await page.getByRole("tab", { name: "Resolved" }).click();
    await expect(page.getByRole("link", { name: /Accessibility check/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: /Accessibility check/ }).click();
    await expect(page.getByRole("region", { name: "Resolved" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await openMiniApp(page, customer, { theme, path: "/settings" });
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await openMiniApp(page, customer, { theme });
    await pressMainButton(page, "New request");
    await page.getByLabel("Subject").fill("x");
    await page.getByLabel("Describe the problem").focus();
    await expect(page.getByText("At least 3 characters")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("radio", { name: /Ideas/ }).check();
    await page.getByLabel("Subject").fill("Accessible result screen");
    await page
      .getByLabel("Describe the problem")
      .fill("Checking the screen after sending a request.");
    await pressMainButton(page, "Send request");
    await expect(page.getByRole("heading", { name: /^Accepted: ticket #\d+$/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

test("the outside-Telegram and session-expired screens pass axe", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Open Helpline in Telegram" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // A fresh page: a fragment-only change on the same one would not relaunch the app.
  const expired = await page.context().newPage();
  await openMiniApp(expired, newCustomer(), { authDate: Math.floor(Date.now() / 1000) - 7200 });
  await expect(expired.getByRole("heading", { name: "Your session has expired" })).toBeVisible();
  await expectNoSeriousA11yViolations(expired);
});

test("the agent console passes axe", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMiniApp(page, E2E_ADMIN, { path: "/admin" });
  await expect(page.getByRole("heading", { name: "Agent console" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
