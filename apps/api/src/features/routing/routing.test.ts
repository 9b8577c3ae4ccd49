import { randomUUID } from "node:crypto";
import type { StaffRole } from "@helpline/contracts/users";
import { DEFAULT_ROUTING_RULES, DEFAULT_STOP_PHRASES, schema } from "@helpline/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";
import { normalizeText, type RuleRow, route } from "./routing";

const rules: RuleRow[] = DEFAULT_ROUTING_RULES.map((rule, index) => ({
  id: randomUUID(),
  name: rule.name,
  position: (index + 1) * 10,
  topicId: "topicId" in rule ? rule.topicId : null,
  sectionId: "sectionId" in rule ? rule.sectionId : null,
  language: null,
  customerTag: "customerTag" in rule ? rule.customerTag : null,
  keywords: null,
  queueId: rule.queueId,
  priority: "priority" in rule ? rule.priority : null,
  active: true,
}));
const phrases = Object.values(DEFAULT_STOP_PHRASES).flat();
const base = {
  topicId: "orders",
  sectionId: null,
  language: "en",
  customerTags: [] as string[],
  topicPriority: "normal" as const,
};

describe("stop phrases in four languages", () => {
  it.each([
    ["en", "My PAYMENT FAILED twice at checkout"],
    ["en", "I think my account was Hacked"],
    ["en", "Bank opened a chargeback"],
    ["ru", "Платёж не прошёл, деньги списаны"],
    ["ru", "Платеж не прошел, деньги списаны"],
    ["ru", "Мой аккаунт взломали"],
    ["fa", "پرداخت ناموفق بود ولی پول کم شد"],
    // Arabic kaf and yeh, a zero-width non-joiner and a diacritic: the same words once folded.
    ["fa", "حساب من هك شد"],
    ["fa", "مشکل امنيت حساب"],
    ["fa", "احراز\u200cهویت انجام نمی‌شود"],
    ["zh", "支付失败了，钱被扣了"],
    ["zh", "我的账号被黑了"],
    ["zh", "信用卡拒付"],
  ])("%s: %s → security, critical", (language, text) => {
    const decision = route({ ...base, language, text }, rules, phrases);
    expect(decision).toMatchObject({ queueId: "security", priority: "critical" });
    expect(decision.reason.kind).toBe("stop_phrase");
  });

  it.each([
    ["en", "Where is my parcel? It was due on Monday"],
    ["ru", "Где мой заказ? Должен был прийти в понедельник"],
    ["fa", "سفارشم کجاست؟ قرار بود دوشنبه برسد"],
    ["zh", "我的包裹在哪里？应该周一到"],
  ])("%s: an ordinary question stays in L1 at the topic's priority", (language, text) => {
    expect(route({ ...base, language, text }, rules, phrases)).toEqual({
      queueId: "l1",
      priority: "normal",
      reason: { kind: "rule", name: "Everything else" },
    });
  });

  it("folds Persian and Arabic spellings, digits and ё", () => {
    expect(normalizeText("امنيت ك ۱۲٣ Ёлка\u200cX")).toBe("امنیت ک 123 елка x");
  });
});

describe("routing rules", () => {
  it("sends payment and account-security topics to security, VIPs to VIP, in order", () => {
    expect(route({ ...base, topicId: "payment", text: "refund please" }, rules, [])).toMatchObject({
      queueId: "security",
      priority: "normal",
    });
    expect(
      route({ ...base, topicId: "account", sectionId: "account-security", text: "2FA" }, rules, []),
    ).toMatchObject({ queueId: "security" });
    expect(route({ ...base, customerTags: ["vip"], text: "hello there" }, rules, [])).toMatchObject(
      {
        queueId: "vip",
        priority: "high",
      },
    );
    // The payment rule comes before the VIP rule.
    expect(
      route({ ...base, topicId: "payment", customerTags: ["vip"], text: "refund" }, rules, []),
    ).toMatchObject({ queueId: "security" });
  });

  it("matches language and keywords, and skips inactive rules", () => {
    const custom: RuleRow[] = [
      {
        ...(rules[3] as RuleRow),
        id: randomUUID(),
        name: "Off",
        position: 1,
        queueId: "vip",
        active: false,
      },
      {
        ...(rules[3] as RuleRow),
        id: randomUUID(),
        name: "Persian API",
        position: 2,
        language: "fa",
        keywords: ["API"],
        queueId: "l2",
      },
      ...rules,
    ];
    expect(route({ ...base, language: "fa-IR", text: "مشکل با api" }, custom, [])).toMatchObject({
      queueId: "l2",
      reason: { name: "Persian API" },
    });
    expect(route({ ...base, language: "en", text: "problem with api" }, custom, [])).toMatchObject({
      queueId: "l1",
    });
    expect(route({ ...base, language: "fa", text: "سلام" }, custom, [])).toMatchObject({
      queueId: "l1",
    });
  });
});

describe("routing through the API", () => {
  let t: TestApp;
  const buyer = customer(7001, { language_code: "zh" });
  const vip = customer(7002);
  const admin = customer(7101);
  const agent = customer(7102);
  const grant = (userId: number, role: StaffRole) =>
    t.handle.db.insert(schema.staffRoles).values({ userId, role });
  beforeAll(async () => {
    t = await createTestApp();
    await grant(admin.id, "admin");
    await grant(agent.id, "agent_l1");
  });
  afterAll(() => t?.close());

  const open = (user: typeof buyer, subject: string, topicId = "orders") =>
    t.call("POST", "/api/tickets", {
      user,
      body: { topicId, subject, description: "Please help me with this as soon as possible." },
    });

  it("routes a new ticket with a stop phrase to security as critical", async () => {
    const res = await open(buyer, "支付失败");
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ queue: "security", priority: "critical" });
    const plain = await open(buyer, "包裹在哪里");
    expect(plain.body).toMatchObject({ queue: "l1", priority: "normal" });
  });

  it("routes a tagged VIP customer to the VIP queue", async () => {
    await open(vip, "first contact");
    await t.handle.db
      .update(schema.users)
      .set({ tags: ["vip"] })
      .where(eq(schema.users.id, vip.id));
    expect((await open(vip, "second contact")).body).toMatchObject({
      queue: "vip",
      priority: "high",
    });
  });

  it("lets only admins read and change the rules", async () => {
    for (const user of [buyer, agent]) {
      const res = await t.call("GET", "/api/admin/routing", { user });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
      expect(
        (
          await t.call("POST", "/api/admin/routing/stop-phrases", {
            user,
            body: { language: "en", phrase: "x" },
          })
        ).status,
      ).toBe(403);
    }
    expect((await t.call("GET", "/api/admin/routing")).status).toBe(401);
    const config = await t.call("GET", "/api/admin/routing", { user: admin });
    expect(config.status).toBe(200);
    expect(config.body.rules.map((rule: { name: string }) => rule.name)).toEqual(
      DEFAULT_ROUTING_RULES.map((rule) => rule.name),
    );
    expect(config.body.stopPhrases).toHaveLength(phrases.length);
  });

  it("applies an admin's new rule and stop phrase to the next ticket", async () => {
    const bad = await t.call("POST", "/api/admin/routing/rules", {
      user: admin,
      body: { position: -1, name: "", queueId: "nowhere" },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details.fields).sort()).toEqual([
      "name",
      "position",
      "queueId",
    ]);

    const rule = await t.call("POST", "/api/admin/routing/rules", {
      user: admin,
      body: { position: 1, name: "Invoices to L2", keywords: ["invoice"], queueId: "l2" },
    });
    expect(rule.status).toBe(201);
    expect((await open(buyer, "Need an INVOICE")).body.queue).toBe("l2");

    const updated = await t.call("PUT", `/api/admin/routing/rules/${rule.body.id}`, {
      user: admin,
      body: { ...rule.body, id: undefined, active: false },
    });
    expect(updated.status).toBe(200);
    expect((await open(buyer, "Need an invoice")).body.queue).toBe("l1");
    expect(
      (await t.call("DELETE", `/api/admin/routing/rules/${rule.body.id}`, { user: admin })).status,
    ).toBe(204);
    expect(
      (await t.call("DELETE", `/api/admin/routing/rules/${rule.body.id}`, { user: admin })).status,
    ).toBe(404);
    expect(
      (await t.call("PUT", "/api/admin/routing/rules/not-a-uuid", { user: admin, body: rule.body }))
        .status,
    ).toBe(404);

    const phrase = await t.call("POST", "/api/admin/routing/stop-phrases", {
      user: admin,
      body: { language: "ru", phrase: "мошенник" },
    });
    expect(phrase.status).toBe(201);
    expect((await open(buyer, "Это мошенник!")).body).toMatchObject({
      queue: "security",
      priority: "critical",
    });
    expect(
      (await t.call("DELETE", `/api/admin/routing/stop-phrases/${phrase.body.id}`, { user: admin }))
        .status,
    ).toBe(204);
    const rows = await t.handle.db
      .select()
      .from(schema.stopPhrases)
      .where(eq(schema.stopPhrases.phrase, "мошенник"));
    expect(rows).toHaveLength(0);
  });
});
