import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { DEMO_THEMES } from "../apps/api/src/features/demo/demo-theme";
import type { InitDataUser } from "../apps/api/src/lib/init-data";
import { openTicketFor, tma } from "./support/api";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { E2E_ADMIN } from "./support/constants";
import { newCustomer, openMiniApp, pressBackButton } from "./support/telegram";

/** The e2e admin invites a new staff member; the invite is accepted when they open the app. */
async function inviteStaff(
  request: APIRequestContext,
  roles: string[],
  firstName: string,
): Promise<InitDataUser> {
  const person = newCustomer({ first_name: firstName, last_name: "Agent" });
  const res = await request.post("/api/admin/staff/invites", {
    headers: tma(E2E_ADMIN),
    data: { telegramUserId: person.id, roles },
  });
  expect(res.status(), await res.text()).toBe(201);
  return person;
}

async function openConsole(page: Page, user: InitDataUser, path = "/admin") {
  await openMiniApp(page, user, { path });
  await expect(page.getByRole("heading", { name: "Agent console" })).toBeVisible();
}

test("an L1 agent claims, answers with a macro and escalates; an L2 agent resolves; the customer sees it live", async ({
  browser,
  request,
}) => {
  const l1 = await inviteStaff(request, ["agent_l1"], "Lena");
  const l2 = await inviteStaff(request, ["agent_l2"], "Omid");
  const shortcut = `hi${l1.id}`;
  const macro = await request.post("/api/admin/macros", {
    headers: tma(E2E_ADMIN),
    data: {
      name: `Greeting ${l1.id}`,
      shortcut,
      locale: "en",
      body: "Hello {name}, request {ticket} is with {agent} now.",
    },
  });
  expect(macro.status(), await macro.text()).toBe(201);

  const customer = newCustomer();
  const subject = `Parcel never came (${customer.id})`;
  const ticket = await openTicketFor(request, customer, subject);

  const customerPage = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();
  await openMiniApp(customerPage, customer, { path: `/tickets/${ticket.id}` });
  await expect(
    customerPage.getByRole("heading", { name: `Request #${ticket.number}` }),
  ).toBeVisible();

  // The L1 agent finds it in the First line view and claims it.
  const agent = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage();
  await openConsole(agent, l1);
  const nav = agent.getByRole("navigation", { name: "Console" });
  await nav.getByRole("button", { name: /First line/ }).click();
  await expect(nav.getByRole("button", { name: /First line/ })).toHaveAttribute(
    "aria-current",
    "true",
  );
  await agent.getByRole("link", { name: new RegExp(`\\(${customer.id}\\)`) }).click();
  await expect(agent.getByRole("heading", { name: new RegExp(`#${ticket.number}`) })).toBeVisible();
  await agent.getByRole("button", { name: "Claim" }).click();
  const details = agent.getByRole("region", { name: "Ticket details" });
  await expect(details.getByText("Lena Agent")).toBeVisible();
  await expectNoSeriousA11yViolations(agent);

  // m opens the macros; the preview is filled for this ticket; Insert puts it in the reply.
  await agent.locator("body").press("m");
  const picker = agent.getByRole("dialog", { name: "Insert a macro" });
  await expect(picker).toBeVisible();
  await picker.getByLabel("Search by name or shortcut").fill(shortcut);
  const filled = `Hello Journey, request #${ticket.number} is with Lena now.`;
  await expect(picker.getByText(filled)).toBeVisible();
  await expectNoSeriousA11yViolations(agent);
  await picker.getByRole("button", { name: "Insert" }).click();
  await expect(picker).toBeHidden();
  const composer = agent.getByLabel("Reply to the customer");
  await expect(composer).toHaveValue(filled);
  await expect(composer).toBeFocused();
  await agent.getByRole("button", { name: "Send reply" }).click();
  await expect(composer).toHaveValue("");
  await expect(agent.locator(".console-thread").getByText(filled)).toBeVisible();

  // The customer's screen picks the reply up on its own.
  await expect(customerPage.getByText(filled)).toBeVisible({ timeout: 10_000 });

  // Escalate to L2 with a reason: the ticket leaves the L1 agent's hands.
  await agent.locator("body").press("e");
  const escalate = agent.getByRole("dialog", { name: "Escalate" });
  await escalate.getByRole("radio", { name: "Experts (L2)" }).check();
  await escalate.getByLabel("Reason for escalating").fill("Courier claims it was delivered.");
  await expectNoSeriousA11yViolations(agent);
  await escalate.getByRole("button", { name: "Escalate" }).click();
  await expect(escalate).toBeHidden();
  // Back at the queue, where the ticket is no longer the L1 agent's to work.
  await expect(agent).toHaveURL(/\/admin\/?$/);
  await expect(agent.getByRole("link", { name: new RegExp(`\\(${customer.id}\\)`) })).toHaveCount(
    0,
  );

  // The L2 agent resolves it with a summary and a next step.
  const expert = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage();
  await openConsole(expert, l2);
  await expert
    .getByRole("navigation", { name: "Console" })
    .getByRole("button", { name: /Experts \(L2\)/ })
    .click();
  await expert.getByRole("link", { name: new RegExp(`\\(${customer.id}\\)`) }).click();
  await expect(expert.getByText("Escalated: Courier claims it was delivered.")).toBeVisible();
  await expert.getByRole("button", { name: "Resolve" }).click();
  const resolve = expert.getByRole("dialog", { name: "Resolve" });
  await resolve.getByLabel("Summary for the customer").fill("We sent a new parcel by express.");
  await resolve.getByLabel("Step 1").fill("Expect it within two days");
  await expectNoSeriousA11yViolations(expert);
  await resolve.getByRole("button", { name: "Resolve" }).click();
  await expect(resolve).toBeHidden();
  await expect(expert.locator(".workspace-badges").getByText("Resolved")).toBeVisible();

  await expect(customerPage.getByText("We sent a new parcel by express.")).toBeVisible({
    timeout: 10_000,
  });
  await expect(customerPage.getByText("Expect it within two days")).toBeVisible();
});

test("a reply with a banned phrase is blocked and marked, the draft kept; a supervisor may send it with a reason", async ({
  browser,
  request,
}) => {
  const phrase = `zorblax ${Date.now()}`;
  const banned = await request.post("/api/admin/banned-words", {
    headers: tma(E2E_ADMIN),
    data: { locale: "en", phrase },
  });
  expect(banned.status(), await banned.text()).toBe(201);
  const l1 = await inviteStaff(request, ["agent_l1"], "Mina");
  const customer = newCustomer();
  const ticket = await openTicketFor(request, customer, `Which shop is it (${customer.id})`);

  const desktop = { viewport: { width: 1280, height: 800 } };
  const page = await (await browser.newContext(desktop)).newPage();
  await openConsole(page, l1, `/admin/tickets/${ticket.id}`);
  const draft = `Honestly: ${phrase.toUpperCase()}, promise.`;
  const composer = page.getByLabel("Reply to the customer");
  await composer.fill(draft);
  await page.getByRole("button", { name: "Send reply" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "phrase we never send" });
  await expect(alert).toBeVisible();
  await expect(alert.locator("mark")).toHaveText(phrase.toUpperCase());
  await expect(composer).toHaveValue(draft);
  // An agent may not override; only supervisors and admins see that option.
  await expect(page.getByRole("button", { name: "Send anyway" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  const thread = page.locator(".console-thread");
  await expect(thread.getByText(draft)).toHaveCount(0);

  // The admin (a supervisor too) overrides with a reason; it is sent and audited.
  const admin = await (await browser.newContext(desktop)).newPage();
  await openConsole(admin, E2E_ADMIN, `/admin/tickets/${ticket.id}`);
  const adminComposer = admin.getByLabel("Reply to the customer");
  await adminComposer.fill(draft);
  await admin.getByRole("button", { name: "Send reply" }).click();
  await admin.getByLabel("Reason for sending it anyway").fill("Quoting the customer's own words");
  await admin.getByRole("button", { name: "Send anyway" }).click();
  await expect(admin.locator(".console-thread").getByText(draft)).toBeVisible();
  await expect(adminComposer).toHaveValue("");
});

test("the console's tool screens pass axe and show each role only its tools", async ({
  browser,
  request,
}) => {
  const l1 = await inviteStaff(request, ["agent_l1"], "Tess");
  const desktop = { viewport: { width: 1280, height: 800 } };
  const agent = await (await browser.newContext(desktop)).newPage();
  await openConsole(agent, l1);
  const agentNav = agent.getByRole("navigation", { name: "Console" });
  await expect(agentNav.getByRole("button", { name: /First line/ })).toBeVisible();
  for (const tool of ["Macros", "Banned words", "Staff", "Audit log"]) {
    await expect(agentNav.getByRole("link", { name: tool })).toHaveCount(0);
  }
  await agent.locator("body").press("?");
  await expect(agent.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await expectNoSeriousA11yViolations(agent);
  await agent.keyboard.press("Escape");
  await expect(agent.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();

  const page = await (await browser.newContext(desktop)).newPage();
  await openConsole(page, E2E_ADMIN);
  const nav = page.getByRole("navigation", { name: "Console" });
  const screens: [string, string][] = [
    ["Macros", "Macros"],
    ["Banned words", "Banned words"],
    ["Staff", "Staff"],
    ["Audit log", "Audit log"],
  ];
  for (const [link, heading] of screens) {
    await nav.getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { name: heading, level: 2 })).toBeVisible();
    await expect(page.getByText("Loading…")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  }
  // A supervisor writes a macro per language, and keeps the banned-phrase list.
  const name = `Refund started ${Date.now()}`;
  await nav.getByRole("link", { name: "Macros" }).click();
  await page.getByRole("button", { name: "New macro" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Shortcut").fill(`refund${Date.now()}`);
  await page.getByLabel("Text").fill("Hi {name}, the refund for {ticket} is on its way.");
  await page.getByRole("button", { name: "Save macro" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(name) })).toBeVisible();
  const phrase = `unbeatable ${Date.now()}`;
  await nav.getByRole("link", { name: "Banned words" }).click();
  await page.getByLabel("Phrase").fill(phrase);
  await page.getByRole("button", { name: "Add phrase" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: phrase })).toBeVisible();
  await page.getByRole("button", { name: `Remove ${phrase}` }).click();
  await expect(page.getByText(phrase)).toHaveCount(0);

  // An admin invites by @username, sees the pending invite, and cancels it.
  const username = `helper_${Date.now()}`;
  await nav.getByRole("link", { name: "Staff" }).click();
  await page.getByLabel("Telegram user id or @username").fill(`@${username}`);
  await page.getByRole("checkbox", { name: "Expert (L2)" }).check();
  await page.getByRole("button", { name: "Invite", exact: true }).click();
  const invite = page.getByRole("listitem").filter({ hasText: `@${username}` });
  await expect(invite).toBeVisible();
  await expect(invite).toContainText("Expert (L2)");
  await invite.getByRole("button", { name: "Cancel invite" }).click();
  await expect(invite).toHaveCount(0);

  // The agent invited above is a member now: give them L2 too, then deactivate them.
  const member = page.getByRole("row").filter({ hasText: String(l1.id) });
  await member.getByRole("button", { name: "Edit Tess Agent" }).click();
  const edit = page.getByRole("dialog", { name: "Edit Tess Agent" });
  await edit.getByRole("checkbox", { name: "Expert (L2)" }).check();
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(member).toContainText("Expert (L2)");
  await member.getByRole("button", { name: "Deactivate" }).click();
  await expect(member).toContainText("Deactivated");
  const refused = await request.get("/api/admin/tickets", { headers: tma(l1) });
  expect(refused.status()).toBe(403);
  await member.getByRole("button", { name: "Reactivate" }).click();
  await expect(member).toContainText("Active");

  // The audit log holds this run's staff actions, and filters by action.
  await nav.getByRole("link", { name: "Audit log" }).click();
  const log = page.getByRole("table");
  await expect(log.getByText("macro.create", { exact: true }).first()).toBeVisible();
  await page.getByLabel("Action").selectOption({ label: "Cancelled an invite" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(log.getByText("staff.invite_cancel", { exact: true }).first()).toBeVisible();
  await expect(log.getByText("macro.create", { exact: true })).toHaveCount(0);
});

test("the queue updates live, j/k and Enter work it, and a reply that crossed another keeps the draft", async ({
  browser,
  request,
}) => {
  const first = await inviteStaff(request, ["agent_l1"], "Ivo");
  const second = await inviteStaff(request, ["agent_l1"], "Zoe");
  const desktop = { viewport: { width: 1280, height: 800 } };
  const page = await (await browser.newContext(desktop)).newPage();
  await openConsole(page, first);
  await page
    .getByRole("navigation", { name: "Console" })
    .getByRole("button", { name: /First line/ })
    .click();

  // A ticket opened now shows up without a reload.
  const customer = newCustomer();
  const subject = `Wrong size delivered (${customer.id})`;
  const ticket = await openTicketFor(request, customer, subject);
  const row = page.getByRole("link", { name: new RegExp(`\\(${customer.id}\\)`) });
  await expect(row).toBeVisible({ timeout: 10_000 });

  // Keyboard: j moves through the queue, Enter opens the selected ticket.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  const rows = page.locator(".queue-row");
  const index = await rows.evaluateAll(
    (links, id) => links.findIndex((link) => link.getAttribute("data-id") === id),
    ticket.id,
  );
  for (let step = 0; step <= index; step += 1) await page.keyboard.press("j");
  await expect(row).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/admin/tickets/${ticket.id}`));
  await expect(page.getByRole("heading", { name: new RegExp(`#${ticket.number}`) })).toBeVisible();
  // Tags on the ticket and on the customer.
  const ticketDetails = page.getByRole("region", { name: "Ticket details" });
  await ticketDetails.getByPlaceholder("New tag").fill("Wrong-Size");
  await ticketDetails.getByRole("button", { name: "Add tag" }).click();
  await expect(ticketDetails.getByRole("listitem").filter({ hasText: "wrong-size" })).toBeVisible();
  const card = page.getByRole("region", { name: "Customer" });
  await card.getByPlaceholder("New customer tag").fill("repeat-buyer");
  await card.getByRole("button", { name: "Add tag" }).click();
  await expect(card.getByRole("listitem").filter({ hasText: "repeat-buyer" })).toBeVisible();
  await card.getByRole("button", { name: "Remove tag repeat-buyer" }).click();
  await expect(card.getByText("repeat-buyer")).toHaveCount(0);
  // r goes to the reply box; typing there never triggers shortcuts.
  await page.keyboard.press("r");
  const composer = page.getByLabel("Reply to the customer");
  await expect(composer).toBeFocused();
  await page.keyboard.type("Checking the order: e and m must stay letters.");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // Another agent opens it too, and answers first.
  const other = await (await browser.newContext(desktop)).newPage();
  await openConsole(other, second, `/admin/tickets/${ticket.id}`);
  await expect(page.getByText("Zoe Agent also has this ticket open")).toBeVisible({
    timeout: 15_000,
  });
  await other.getByLabel("Reply to the customer").fill("Zoe here: a new size is on its way.");
  await other.getByRole("button", { name: "Send reply" }).click();
  await expect(other.locator(".console-thread").getByText("Zoe here")).toBeVisible();

  // The first agent's thread shows it live, so their own reply goes out after it.
  const thread = page.locator(".console-thread");
  await expect(thread.getByText("Zoe here: a new size is on its way.")).toBeVisible();
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(thread.getByText("Checking the order: e and m must stay letters.")).toBeVisible();
  await expect(composer).toHaveValue("");

  // Without the live stream, a reply that crossed another one is refused (409): the new
  // message is shown, the draft is kept, and sending again after reading it works.
  const blind = await (await browser.newContext(desktop)).newPage();
  await blind.route("**/api/admin/stream", (route) => route.abort());
  await openConsole(blind, first, `/admin/tickets/${ticket.id}`);
  const blindThread = blind.locator(".console-thread");
  await expect(blindThread.getByText("Checking the order")).toBeVisible();
  const draft = "Also: the return label is in the box.";
  await blind.getByLabel("Reply to the customer").fill(draft);
  const crossed = await request.post(`/api/admin/tickets/${ticket.id}/messages`, {
    headers: tma(second),
    data: { body: "Zoe again: the courier comes tomorrow.", clientId: crypto.randomUUID() },
  });
  expect(crossed.status(), await crossed.text()).toBe(201);
  await blind.getByRole("button", { name: "Send reply" }).click();
  await expect(blind.getByText(/New messages arrived while you were writing/)).toBeVisible();
  await expect(blindThread.getByText("Zoe again: the courier comes tomorrow.")).toBeVisible();
  await expect(blind.getByLabel("Reply to the customer")).toHaveValue(draft);
  await blind.getByRole("button", { name: "Send reply" }).click();
  await expect(blindThread.getByText(draft)).toBeVisible();
  await expect(blind.getByLabel("Reply to the customer")).toHaveValue("");
});

test("the desk, its dialogs and a tool screen pass axe in the dark theme and in Persian", async ({
  browser,
  request,
}) => {
  const customer = newCustomer();
  const ticket = await openTicketFor(request, customer, `Dark check (${customer.id})`);
  for (const language of ["en", "fa"]) {
    const admin = { ...E2E_ADMIN, language_code: language };
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await openMiniApp(page, admin, {
      path: `/admin/tickets/${ticket.id}`,
      theme: DEMO_THEMES.dark,
    });
    await expect(page.getByRole("heading", { name: new RegExp(`${customer.id}`) })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", language === "fa" ? "rtl" : "ltr");
    await expectNoSeriousA11yViolations(page);
    await page.locator("body").press("m");
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press("Escape");
    await page.locator("body").press("e");
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press("Escape");
    await page.goto("/admin/staff");
    await expect(page.getByRole("table")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
});

test("on a phone the console is one column: the queue, then the ticket, and Telegram's BackButton returns", async ({
  page,
  request,
}) => {
  const l1 = await inviteStaff(request, ["agent_l1"], "Pia");
  const customer = newCustomer();
  await openTicketFor(request, customer, `Phone check (${customer.id})`);
  await openConsole(page, l1);
  const nav = page.getByRole("navigation", { name: "Console" });
  await expect(nav).toBeVisible();
  await page.getByRole("link", { name: new RegExp(`\\(${customer.id}\\)`) }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`${customer.id}`) })).toBeVisible();
  await expect(nav).toBeHidden();
  await expect(page.getByRole("region", { name: "Tickets" })).toBeHidden();
  await expectNoSeriousA11yViolations(page);
  await pressBackButton(page);
  await expect(page.getByRole("link", { name: new RegExp(`\\(${customer.id}\\)`) })).toBeVisible();
  await expect(nav).toBeVisible();
});

test("asking for details, changing priority, merging a duplicate and closing", async ({
  browser,
  request,
}) => {
  const customer = newCustomer();
  const original = await openTicketFor(request, customer, `Lost parcel (${customer.id})`);
  const duplicate = await openTicketFor(request, customer, `Lost parcel again (${customer.id})`);
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage();
  await openConsole(page, E2E_ADMIN, `/admin/tickets/${original.id}`);
  const badges = page.locator(".workspace-badges");

  // "/shortcut" then Tab opens the macro search with it filled in.
  const shortcut = `addr${customer.id}`;
  const macro = await request.post("/api/admin/macros", {
    headers: tma(E2E_ADMIN),
    data: { name: "Which address", shortcut, locale: "en", body: "Which address, {name}?" },
  });
  expect(macro.status(), await macro.text()).toBe(201);
  const composer = page.getByLabel("Reply to the customer");
  await composer.fill(`/${shortcut}`);
  await composer.press("Tab");
  const picker = page.getByRole("dialog", { name: "Insert a macro" });
  await expect(picker.getByLabel("Search by name or shortcut")).toHaveValue(shortcut);
  await expect(picker.getByText("Which address, Journey?")).toBeVisible();
  await picker.getByRole("button", { name: "Insert" }).click();
  await expect(composer).toHaveValue("Which address, Journey?");

  await composer.fill("Which address was it sent to?");
  await page.getByRole("button", { name: "Ask the customer" }).click();
  await expect(badges.getByText("Waiting for the customer")).toBeVisible();
  await page.getByLabel("Priority").selectOption({ label: "High" });
  await expect(badges.getByText("High")).toBeVisible();

  // The duplicate goes into the original; the console follows to the ticket that stays.
  await openConsole(page, E2E_ADMIN, `/admin/tickets/${duplicate.id}`);
  await expect(page.getByRole("heading", { name: /Lost parcel again/ })).toBeVisible();
  await page.getByRole("button", { name: "Merge" }).click();
  const merge = page.getByRole("dialog", { name: "Merge" });
  await merge
    .getByLabel("Merge this ticket into")
    .selectOption({ label: `#${original.number} · Lost parcel (${customer.id})` });
  await merge.getByRole("button", { name: "Merge" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/tickets/${original.id}`));
  await expect(page.getByText(`Merged here: #${duplicate.number}`)).toBeVisible();

  await page.getByRole("button", { name: "Close" }).first().click();
  const close = page.getByRole("dialog", { name: "Close" });
  await close.getByLabel("Reason (optional)").fill("Customer found it at a neighbour's.");
  await close.getByRole("button", { name: "Close" }).last().click();
  await expect(badges.getByText("Closed")).toBeVisible();
  // A closed ticket takes no more replies.
  await expect(page.getByLabel("Reply to the customer")).toHaveCount(0);
});
