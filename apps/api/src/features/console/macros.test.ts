import { DEFAULT_BANNED_WORDS, DEMO_MACRO_COUNT, schema, seedDemoMacros } from "@helpline/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";
import { findBanned } from "./banned-words";
import { renderMacro } from "./macro-render";

let t: TestApp;
const agent = customer(9101, { first_name: "Lia" });
const sup = customer(9102, { first_name: "Sam" });
const persian = customer(9001, { first_name: "سارا", language_code: "fa" });
const english = customer(9002, { first_name: "Ann", language_code: "en" });
let faTicket: string;
let enTicket: string;

async function open(user: ReturnType<typeof customer>) {
  const res = await t.call("POST", "/api/tickets", {
    user,
    body: {
      topicId: "orders",
      sectionId: "return",
      subject: "Where is my parcel",
      description: "It has been two weeks and nothing has arrived yet.",
    },
  });
  return res.body.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  await t.handle.db.insert(schema.staffRoles).values([
    { userId: agent.id, role: "agent_l1" },
    { userId: sup.id, role: "supervisor" },
  ]);
  await t.call("GET", "/api/me", { user: agent });
  await t.call("GET", "/api/me", { user: sup });
  await seedDemoMacros(t.handle.db);
  faTicket = await open(persian);
  enTicket = await open(english);
  await t.call("PATCH", "/api/me/settings", { user: persian, body: { timeZone: "Asia/Tehran" } });
});
afterAll(async () => {
  await t?.close();
});

const values = {
  name: "Ann",
  ticket: "#10001",
  eta: "14:30",
  local_time: "09:15",
  topic: "Orders",
  agent: "Lia",
};

describe("renderMacro", () => {
  it("fills every variable and reports the ones it cannot fill, never leaving braces", () => {
    expect(renderMacro("Hi {name}, {ticket} by {eta}", values)).toEqual({
      ok: true,
      body: "Hi Ann, #10001 by 14:30",
      used: { name: "Ann", ticket: "#10001", eta: "14:30" },
    });
    expect(renderMacro("ETA {eta}, {field}", { ...values, eta: null })).toEqual({
      ok: false,
      missing: ["eta", "field"],
    });
  });

  it("works in right-to-left and CJK text", () => {
    const fa = renderMacro("سلام {name}، تیکت {ticket}", { ...values, name: "سارا" });
    expect(fa).toMatchObject({ ok: true, body: "سلام سارا، تیکت #10001" });
    const zh = renderMacro("{name}您好，工单 {ticket}", values);
    expect(zh).toMatchObject({ ok: true, body: "Ann您好，工单 #10001" });
  });
});

describe("findBanned", () => {
  const list = DEFAULT_BANNED_WORDS;
  it("matches case-insensitively on word boundaries, with positions", () => {
    expect(findBanned("Simply THE BEST service", list)).toEqual([
      { phrase: "the best", locale: "en", start: 7, end: 15 },
    ]);
    expect(findBanned("the bestseller list", list)).toEqual([]);
    expect(findBanned("We are No. 1 here", list).map((m) => m.phrase)).toEqual(["No. 1"]);
    expect(findBanned("100% effective, guaranteed!", list).map((m) => m.phrase)).toEqual([
      "100% effective",
      "guaranteed",
    ]);
    expect(findBanned("Это ЛУЧШИЙ выбор", list).map((m) => m.start)).toEqual([4]);
    expect(findBanned("این بهترین است", list).map((m) => m.phrase)).toEqual(["بهترین"]);
  });

  it("matches Chinese anywhere, since the script has no word breaks", () => {
    expect(findBanned("这是最好的产品", list)).toEqual([
      { phrase: "最", locale: "zh", start: 2, end: 3 },
    ]);
    expect(findBanned("我们排名第一", list).map((m) => m.phrase)).toEqual(["第一"]);
  });
});

describe("macros", () => {
  it("ships 20–30 demo macros in every language, and agents can search them", async () => {
    expect(DEMO_MACRO_COUNT).toBeGreaterThanOrEqual(20);
    expect(DEMO_MACRO_COUNT).toBeLessThanOrEqual(30);
    const all = await t.call("GET", "/api/admin/macros", { user: agent });
    expect(all.body.items).toHaveLength(DEMO_MACRO_COUNT);
    expect(new Set(all.body.items.map((m: { locale: string }) => m.locale))).toEqual(
      new Set(["en", "ru", "fa", "zh"]),
    );
    const search = await t.call("GET", "/api/admin/macros?q=ack&locale=fa", { user: agent });
    expect(search.body.items.map((m: { shortcut: string }) => m.shortcut)).toEqual(["ack"]);
  });

  it("previews in the customer's language and time zone", async () => {
    const list = await t.call("GET", "/api/admin/macros?q=hello&locale=fa", { user: agent });
    const preview = await t.call("POST", "/api/admin/macros/preview", {
      user: agent,
      body: { ticketId: faTicket, macroId: list.body.items[0].id },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.body).toMatch(/^سلام سارا، من Lia از پشتیبانی/);
    expect(preview.body.body).not.toContain("{");
    const late = await t.call("POST", "/api/admin/macros/preview", {
      user: agent,
      body: { ticketId: faTicket, body: "{local_time} / {eta}" },
    });
    // Persian digits, from the customer's own clock.
    expect(late.body.body).toMatch(/^[۰-۹]{2}:[۰-۹]{2} \/ /);
  });

  it("reports a variable it cannot fill with 400 and the names", async () => {
    // The English customer set no time zone: {local_time} has no honest value.
    const res = await t.call("POST", "/api/admin/macros/preview", {
      user: agent,
      body: { ticketId: enTicket, body: "It is {local_time} for you, {name}. {field}" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.variables).toEqual(["local_time", "field"]);
    const apply = await t.call("GET", "/api/admin/macros?q=late&locale=en", { user: agent });
    const refused = await t.call("POST", `/api/admin/tickets/${enTicket}/apply-macro`, {
      user: agent,
      body: { macroId: apply.body.items[0].id },
    });
    expect(refused.status).toBe(400);
    const detail = await t.call("GET", `/api/admin/tickets/${enTicket}`, { user: agent });
    expect(detail.body.messages).toHaveLength(1); // nothing was sent
  });

  it("applies a macro: the reply goes out filled and its actions run", async () => {
    const list = await t.call("GET", "/api/admin/macros?q=need-order&locale=en", { user: agent });
    const res = await t.call("POST", `/api/admin/tickets/${enTicket}/apply-macro`, {
      user: agent,
      body: { macroId: list.body.items[0].id },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("waiting_customer");
    expect(res.body.messages.at(-1).body).toBe(
      "Hi Ann, to continue we need your order number. You can reply to this message. We will wait 24 hours.",
    );
    const theirs = await t.call("GET", `/api/tickets/${enTicket}`, { user: english });
    expect(theirs.body.messages.at(-1).body).toContain("order number");
  });

  it("lets supervisors create, edit and delete macros, refusing unknown variables", async () => {
    const created = await t.call("POST", "/api/admin/macros", {
      user: sup,
      body: { name: "Thanks", shortcut: "thanks", locale: "en", body: "Thanks, {name}!" },
    });
    expect(created.status).toBe(201);
    const unknown = await t.call("POST", "/api/admin/macros", {
      user: sup,
      body: { name: "Bad", shortcut: "bad", locale: "en", body: "Send {field}" },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.variables).toEqual(["field"]);
    const clash = await t.call("POST", "/api/admin/macros", {
      user: sup,
      body: { name: "Again", shortcut: "thanks", locale: "en", body: "Hi" },
    });
    expect(clash.status).toBe(409);
    const patched = await t.call("PATCH", `/api/admin/macros/${created.body.id}`, {
      user: sup,
      body: { body: "Thank you, {name}." },
    });
    expect(patched.body).toMatchObject({ body: "Thank you, {name}.", updatedBy: sup.id });
    expect(
      (await t.call("DELETE", `/api/admin/macros/${created.body.id}`, { user: sup })).status,
    ).toBe(204);
    const log = await t.call("GET", `/api/admin/audit?targetId=${created.body.id}`, {
      user: customer(9999),
    });
    expect(log.status).toBe(403);
  });
});

describe("banned words", () => {
  it("blocks a reply with the phrases and their positions", async () => {
    const res = await t.call("POST", `/api/admin/tickets/${faTicket}/messages`, {
      user: agent,
      body: { body: "Our courier is the best, guaranteed." },
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: "banned_words",
      details: {
        matches: [
          { phrase: "the best", start: 15, end: 23 },
          { phrase: "guaranteed", start: 25, end: 35 },
        ],
      },
    });
    // An internal note is not sent to anyone and is not checked.
    const note = await t.call("POST", `/api/admin/tickets/${faTicket}/messages`, {
      user: agent,
      body: { body: "Customer says we are the best", internal: true },
    });
    expect(note.status).toBe(201);
  });

  it("refuses an agent's override, accepts a supervisor's with a reason, and audits it", async () => {
    const text = { body: "Quoting their review: “the best service”." };
    const agentTry = await t.call("POST", `/api/admin/tickets/${faTicket}/messages`, {
      user: agent,
      body: { ...text, override: { reason: "quoting the customer" } },
    });
    expect(agentTry.status).toBe(403);
    const supTry = await t.call("POST", `/api/admin/tickets/${faTicket}/messages`, {
      user: sup,
      body: { ...text, override: { reason: "quoting the customer" } },
    });
    expect(supTry.status).toBe(201);
    // The audit log is for admins; read it straight from the table here.
    const entries = await t.handle.db.select().from(schema.auditLog);
    expect(entries.find((entry) => entry.action === "banned_words.override")).toMatchObject({
      actorId: sup.id,
      targetId: faTicket,
      reason: "quoting the customer",
    });
  });

  it("blocks a macro with a banned phrase, and supervisors manage the list", async () => {
    const macro = await t.call("POST", "/api/admin/macros", {
      user: sup,
      body: { name: "Boast", shortcut: "boast", locale: "zh", body: "我们是第一" },
    });
    expect(macro.status).toBe(422);
    expect(macro.body.error.details.matches[0]).toMatchObject({ phrase: "第一", start: 3, end: 5 });
    const added = await t.call("POST", "/api/admin/banned-words", {
      user: sup,
      body: { locale: "en", phrase: "risk-free" },
    });
    expect(added.status).toBe(201);
    const check = await t.call("POST", "/api/admin/banned-words/check", {
      user: agent,
      body: { text: "Totally RISK-FREE." },
    });
    expect(check.body.matches).toEqual([{ phrase: "risk-free", locale: "en", start: 8, end: 17 }]);
    expect(
      (await t.call("DELETE", `/api/admin/banned-words/${added.body.id}`, { user: sup })).status,
    ).toBe(204);
    expect(
      (
        await t.call("POST", "/api/admin/banned-words/check", {
          user: agent,
          body: { text: "risk-free" },
        })
      ).body.matches,
    ).toEqual([]);
  });
});
