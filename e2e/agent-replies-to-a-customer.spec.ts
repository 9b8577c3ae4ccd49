import { expect, test } from "@playwright/test";
import { signInitData } from "../apps/api/src/lib/init-data";
import { E2E_ADMIN, E2E_BOT_TOKEN } from "./support/constants";
import { newCustomer, openMiniApp } from "./support/telegram";

test("an agent answers in the console and the customer sees the reply without reloading", async ({
  browser,
  request,
}) => {
  const customer = newCustomer();
  const subject = `Courier left my parcel outside (${customer.id})`;
  const created = await request.post("/api/tickets", {
    headers: {
      authorization: `tma ${signInitData(customer, E2E_BOT_TOKEN)}`,
      "idempotency-key": `e2e-${customer.id}`,
    },
    data: {
      topicId: "orders",
      sectionId: "delivery-problem",
      subject,
      description: "The courier left the parcel at the gate and it got wet.",
    },
  });
  expect(created.status()).toBe(201);
  const ticket = await created.json();

  const customerPage = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();
  await openMiniApp(customerPage, customer, { path: `/tickets/${ticket.id}` });
  await expect(
    customerPage.getByRole("heading", { name: `Request #${ticket.number}` }),
  ).toBeVisible();
  await expect(customerPage.getByText("Reply expected by")).toBeVisible();

  const agentPage = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage();
  await openMiniApp(agentPage, E2E_ADMIN, { path: "/admin" });
  await expect(agentPage.getByRole("heading", { name: "Agent console" })).toBeVisible();
  await agentPage.getByRole("link", { name: new RegExp(`\\(${customer.id}\\)`) }).click();

  const composer = agentPage.getByLabel("Reply to the customer");
  await agentPage.getByRole("checkbox", { name: "Internal note" }).check();
  await agentPage
    .getByLabel("Internal note", { exact: true })
    .first()
    .fill("Check the courier's photo first.");
  await agentPage.getByRole("button", { name: "Add note" }).click();
  await expect(agentPage.getByText("Check the courier's photo first.")).toBeVisible();
  // After a note the console goes back to replying, so the next message is not hidden by mistake.
  await expect(agentPage.getByRole("checkbox", { name: "Internal note" })).not.toBeChecked();
  await composer.fill("Sorry about that! A replacement ships today: https://shop.example/track/77");
  await agentPage.getByRole("button", { name: "Send reply" }).click();
  await expect(agentPage.getByText("A replacement ships today")).toBeVisible();

  // The customer's screen picks the reply up on its own.
  const reply = customerPage.getByText("Sorry about that! A replacement ships today");
  await expect(reply).toBeVisible({ timeout: 10_000 });
  await expect(
    customerPage.getByRole("link", { name: "https://shop.example/track/77" }),
  ).toHaveAttribute("rel", /noopener/);
  await expect(customerPage.locator(".thread-head .badge")).toHaveText("In progress");
  await expect(customerPage.getByText("Reply expected by")).toHaveCount(0);
  await expect(customerPage.getByText("Check the courier's photo first.")).toHaveCount(0);
});

test("a customer who opens /admin is told it is for staff, and the API refuses them", async ({
  page,
}) => {
  const customer = newCustomer();
  await openMiniApp(page, customer, { path: "/admin" });
  await expect(page.getByText("This area is for support staff.")).toBeVisible();
  const res = await page.request.get("/api/admin/tickets", {
    headers: { authorization: `tma ${signInitData(customer, E2E_BOT_TOKEN)}` },
  });
  expect(res.status()).toBe(403);
});
