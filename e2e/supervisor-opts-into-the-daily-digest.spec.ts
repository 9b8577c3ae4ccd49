import { expect, test } from "@playwright/test";
import { tma } from "./support/api";
import { E2E_ADMIN } from "./support/constants";
import { newCustomer, openMiniApp } from "./support/telegram";

test("a supervisor opts into the daily digest in the console, and it stays on", async ({
  page,
  request,
}) => {
  const supervisor = newCustomer({ first_name: "Sam", last_name: "Lead" });
  const invite = await request.post("/api/admin/staff/invites", {
    headers: tma(E2E_ADMIN),
    data: { telegramUserId: supervisor.id, roles: ["supervisor"] },
  });
  expect(invite.status(), await invite.text()).toBe(201);

  await openMiniApp(page, supervisor, { path: "/admin" });
  await expect(page.getByRole("heading", { name: "Agent console" })).toBeVisible();
  await page.getByRole("link", { name: "Notifications" }).click();
  await expect(page.getByRole("heading", { name: "Bot notifications" })).toBeVisible();

  const digest = page.getByRole("checkbox", { name: /Daily digest/ });
  await expect(digest).not.toBeChecked();
  await digest.check();
  await expect(digest).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Weekly report/ })).not.toBeChecked();

  // Saved on the server: a fresh load shows it on, and the API says so.
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /Daily digest/ })).toBeChecked();
  const prefs = await request.get("/api/admin/notification-prefs", { headers: tma(supervisor) });
  expect(await prefs.json()).toEqual({ dailyDigest: true, weeklyReport: false });
});
