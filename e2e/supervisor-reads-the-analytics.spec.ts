import { readFileSync } from "node:fs";
import { type APIRequestContext, expect, test } from "@playwright/test";
import type { InitDataUser } from "../apps/api/src/lib/init-data";
import { openTicketFor, tma } from "./support/api";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { E2E_ADMIN } from "./support/constants";
import { newCustomer, openMiniApp } from "./support/telegram";

async function inviteStaff(
  request: APIRequestContext,
  roles: string[],
  firstName: string,
): Promise<InitDataUser> {
  const person = newCustomer({ first_name: firstName, last_name: "Staff" });
  const res = await request.post("/api/admin/staff/invites", {
    headers: tma(E2E_ADMIN),
    data: { telegramUserId: person.id, roles },
  });
  expect(res.status(), await res.text()).toBe(201);
  return person;
}

test("a supervisor reads the dashboard, filters it, opens a chart's table and downloads it; an agent gets no analytics", async ({
  browser,
  request,
}) => {
  const supervisor = await inviteStaff(request, ["supervisor"], "Sara");
  const agent = await inviteStaff(request, ["agent_l1"], "Lena");

  // Three new requests, all claimed by the new agent: filtered by that agent, the dashboard
  // holds exactly these, whatever other journeys left on the desk.
  for (let i = 0; i < 3; i++) {
    const customer = newCustomer();
    const ticket = await openTicketFor(request, customer, `Parcel ${i + 1} of ${customer.id}`);
    const claim = await request.post(`/api/admin/tickets/${ticket.id}/claim`, {
      headers: tma(agent),
      data: {},
    });
    expect(claim.status(), await claim.text()).toBe(200);
  }

  const desk = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await desk.newPage();
  await openMiniApp(page, supervisor, { path: "/admin/analytics" });
  await expect(page.getByRole("heading", { name: "Analytics", level: 2 })).toBeVisible();
  await expect(page.getByRole("tab", { name: "SLA", selected: true })).toBeVisible();

  await page.getByRole("tab", { name: "Volume" }).click();
  await expect(page.getByText(/^Tickets: \d+$/)).toBeVisible();
  // The filter: only the new agent's tickets.
  await page.getByLabel("Agent ID").fill(String(agent.id));
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Tickets: 3", { exact: true })).toBeVisible();

  // Every chart has its table: "By topic" holds the three, all about orders, by the topic's name.
  const byTopic = page.getByRole("region", { name: "By topic" });
  await byTopic.getByRole("button", { name: "Show table" }).click();
  const table = byTopic.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("row", { name: "Orders and delivery 3" })).toBeVisible();
  await expect(byTopic.getByRole("button", { name: "Show chart" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // …and the same figures as a CSV a spreadsheet opens (UTF-8 BOM, CRLF).
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    byTopic.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("tickets-by-topic.csv");
  const path = await download.path();
  expect(readFileSync(path, "utf8")).toBe("\uFEFFValue,Tickets\r\nOrders and delivery,3\r\n");

  await expectNoSeriousA11yViolations(page);
  await desk.close();

  // An agent works queues, not figures: the API says 403 and the screen says so plainly.
  const forbidden = await request.get("/api/admin/analytics/volume", { headers: tma(agent) });
  expect(forbidden.status()).toBe(403);
  const agentContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const agentPage = await agentContext.newPage();
  await openMiniApp(agentPage, agent, { path: "/admin/analytics" });
  await expect(agentPage.getByRole("heading", { name: "No access" })).toBeVisible();
  await expect(
    agentPage.getByText(/Analytics is for analysts, supervisors and admins/),
  ).toBeVisible();
  await expect(agentPage.getByRole("link", { name: "Analytics" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(agentPage);
  await agentPage.getByRole("link", { name: "Back to the queue" }).click();
  await expect(agentPage.getByRole("heading", { name: "Agent console" })).toBeVisible();
  await agentContext.close();
});
