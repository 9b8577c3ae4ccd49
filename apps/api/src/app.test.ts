import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateInitData } from "./lib/init-data";
import { createTestApp, customer, TEST_BOT_TOKEN, type TestApp } from "./testing/test-app";

let t: TestApp;
let demo: TestApp;
const updates: unknown[] = [];
beforeAll(async () => {
  t = await createTestApp({
    webhook: {
      secretToken: "webhook-secret-for-tests",
      ready: () => true,
      handleUpdate: async (update) => {
        updates.push(update);
      },
    },
  });
  demo = await createTestApp({ demo: true });
});
afterAll(async () => {
  await t?.close();
  await demo?.close();
});

describe("public routes", () => {
  it("GET /api/health checks the database", async () => {
    const res = await t.call("GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", database: "ok" });
  });

  it("GET /api/openapi.json documents every route as OpenAPI 3.1", async () => {
    const res = await t.call("GET", "/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths).sort()).toEqual(
      [
        "/api/health",
        "/api/me",
        "/api/tickets",
        "/api/tickets/{id}",
        "/api/tickets/{id}/messages",
        "/api/tickets/{id}/sla",
        "/api/topics",
        "/api/admin/notification-prefs",
        "/api/admin/routing",
        "/api/admin/routing/rules",
        "/api/admin/routing/rules/{id}",
        "/api/admin/routing/stop-phrases",
        "/api/admin/routing/stop-phrases/{id}",
        "/api/admin/sla-policies",
        "/api/admin/sla-policies/{queueId}",
        "/api/admin/tickets",
        "/api/admin/tickets/{id}",
        "/api/admin/tickets/{id}/messages",
        "/api/admin/tickets/{id}/resolve",
        "/api/admin/tickets/{id}/sla",
        // Analytics (issue #8); role-matrix.test.ts checks who may call each.
        "/api/admin/analytics/sla",
        "/api/admin/analytics/quality",
        "/api/admin/analytics/volume",
        "/api/admin/analytics/efficiency",
        "/api/admin/analytics/product",
        "/api/admin/analytics/risk",
        "/api/admin/analytics/export",
        "/api/admin/analytics/weekly-reports",
        "/api/admin/analytics/weekly-reports/subscription",
        "/api/admin/analytics/retention",
        // The agent console (issue #4); role-matrix.test.ts checks who may call each.
        "/api/admin/stream",
        "/api/admin/tickets/{id}/assignees",
        "/api/admin/tickets/{id}/presence",
        "/api/admin/tickets/{id}/claim",
        "/api/admin/tickets/{id}/assign",
        "/api/admin/tickets/{id}/clarify",
        "/api/admin/tickets/{id}/priority",
        "/api/admin/tickets/{id}/escalate",
        "/api/admin/tickets/{id}/close",
        "/api/admin/tickets/{id}/merge",
        "/api/admin/tickets/{id}/tags",
        "/api/admin/tickets/{id}/apply-macro",
        "/api/admin/customers/{id}/tags",
        "/api/admin/macros",
        "/api/admin/macros/{id}",
        "/api/admin/macros/preview",
        "/api/admin/banned-words",
        "/api/admin/banned-words/{id}",
        "/api/admin/banned-words/check",
        "/api/admin/staff",
        "/api/admin/staff/invites",
        "/api/admin/staff/invites/{id}",
        "/api/admin/staff/{userId}",
        "/api/admin/audit",
        "/api/me/settings",
        "/api/me/consent",
        "/api/me/export",
        "/api/me/erase",
        "/api/nps",
        "/api/tickets/by-number/{number}",
        "/api/tickets/{id}/rating",
        "/api/tickets/{id}/reopen",
        "/api/tickets/{id}/stream",
        "/api/tickets/{id}/attachments",
        "/api/attachments/{id}",
        "/api/kb/home",
        "/api/kb/search",
        "/api/kb/suggest",
        "/api/kb/articles/{slug}",
        "/api/kb/articles/{slug}/feedback",
        "/api/kb/deflection",
        "/api/admin/kb/articles",
        "/api/admin/kb/articles/{slug}",
        "/api/admin/kb/articles/{slug}/publish",
        "/api/admin/kb/articles/{slug}/unpublish",
        "/api/admin/kb/articles/{slug}/versions",
        "/api/admin/kb/drafts/from-ticket",
        "/api/admin/kb/export",
        "/api/admin/kb/import",
        "/api/admin/kb/insights",
      ].sort(),
    );
    expect(res.body.paths["/api/tickets"].post.responses).toHaveProperty("409");
    expect(res.body.components.securitySchemes.tma).toMatchObject({ type: "apiKey", in: "header" });
  });

  it("names the shared shapes as components, with timestamps as date-time", async () => {
    const { body } = await t.call("GET", "/api/openapi.json");
    const schemas = body.components.schemas;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(["Ticket", "TicketPage", "TicketDetail", "Message", "Me", "Error"]),
    );
    expect(schemas.Ticket.properties.createdAt).toMatchObject({
      type: "string",
      format: "date-time",
    });
    const list = body.paths["/api/tickets"].get.responses["200"].content["application/json"];
    expect(list.schema).toEqual({ $ref: "#/components/schemas/TicketPage" });
    expect(JSON.stringify(schemas.TicketPage)).toContain("#/components/schemas/Ticket");
  });

  it("GET /api/docs renders the reference from local files", async () => {
    const page = await t.call("GET", "/api/docs");
    expect(page.status).toBe(200);
    expect(page.body).toContain("/api/docs/swagger-ui-bundle.js");
    const bundle = await t.app.request("/api/docs/swagger-ui-bundle.js");
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });
});

describe("GET /api/me and /api/topics", () => {
  it("creates the user from initData and returns no roles for a customer", async () => {
    const user = customer(5001, { username: "dana", language_code: "ru", is_premium: true });
    const res = await t.call("GET", "/api/me", { user });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: {
        id: 5001,
        firstName: "Customer 5001",
        lastName: null,
        username: "dana",
        languageCode: "ru",
        isPremium: true,
        photoUrl: null,
      },
      settings: {
        language: "ru",
        timeZone: null,
        notificationsEnabled: true,
        quietHours: null,
        consent: null,
      },
      roles: [],
      npsDue: true,
    });
  });

  it("localises topics in the user's language, or the one asked for", async () => {
    const fa = await t.call("GET", "/api/topics", {
      user: customer(5002, { language_code: "fa" }),
    });
    expect(fa.status).toBe(200);
    const payment = fa.body.topics.find((topic: { id: string }) => topic.id === "payment");
    expect(payment.name).toBe("پرداخت");
    expect(payment.sections.map((s: { id: string }) => s.id)).toEqual([
      "payment-failed",
      "refund",
      "receipt",
    ]);
    const zh = await t.call("GET", "/api/topics?lang=zh", { user: customer(5002) });
    expect(zh.body.topics[0].name).toBe("订单与配送");
    const bad = await t.call("GET", "/api/topics?lang=xx", { user: customer(5002) });
    expect(bad.status).toBe(400);
  });
});

describe("demo door", () => {
  it("does not exist with a real bot token", async () => {
    expect((await t.call("GET", "/api/demo")).status).toBe(404);
    expect((await t.call("GET", "/api/demo/launch?as=customer")).status).toBe(404);
  });

  it("signs real initData for the demo customer and redirects into the app", async () => {
    // Customer, the demo agent, an L2 agent and a supervisor.
    expect((await demo.call("GET", "/api/demo")).body.people).toHaveLength(4);
    const res = await demo.app.request("/api/demo/launch?as=agent&lang=fa&theme=dark");
    expect(res.status).toBe(302);
    const location = res.headers.get("location") ?? "";
    expect(location.startsWith("/admin?demo=1#")).toBe(true);
    const launch = new URLSearchParams(location.split("#")[1]);
    const valid = validateInitData(launch.get("tgWebAppData") ?? "", TEST_BOT_TOKEN, {
      maxAgeSeconds: 60,
    });
    expect(valid.user).toMatchObject({ first_name: "Alex", language_code: "fa" });
    expect(JSON.parse(launch.get("tgWebAppThemeParams") ?? "{}").bg_color).toBe("#212121");
    expect((await demo.call("GET", "/api/demo/launch?as=admin")).status).toBe(400);
  });
});

describe("POST /api/telegram/webhook", () => {
  it("refuses a caller without Telegram's secret and passes Telegram's updates on", async () => {
    const update = { update_id: 1, message: { text: "/start" } };
    const stranger = await t.call("POST", "/api/telegram/webhook", { body: update });
    expect(stranger.status).toBe(401);
    const wrong = await t.call("POST", "/api/telegram/webhook", {
      body: update,
      headers: { "x-telegram-bot-api-secret-token": "nope" },
    });
    expect(wrong.status).toBe(401);
    expect(updates).toHaveLength(0);
    const ok = await t.call("POST", "/api/telegram/webhook", {
      body: update,
      headers: { "x-telegram-bot-api-secret-token": "webhook-secret-for-tests" },
    });
    expect(ok.status).toBe(200);
    expect(updates).toEqual([update]);
  });
});
