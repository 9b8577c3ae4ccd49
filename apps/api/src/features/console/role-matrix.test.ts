import { STAFF_ROLES, type StaffRole } from "@helpline/contracts/users";
import { schema } from "@helpline/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";

/**
 * Every /api/admin endpoint × every role (and a customer): allowed or 403. The routes are read
 * from the app itself and from its OpenAPI document, so an endpoint added without a line here
 * fails the first test.
 */
const DESK: readonly StaffRole[] = ["agent_l1", "agent_l2", "vip_concierge", "supervisor", "admin"];
const SUPERVISORS: readonly StaffRole[] = ["supervisor", "admin"];
const ADMINS: readonly StaffRole[] = ["admin"];
const EDITORS: readonly StaffRole[] = ["content_editor", "admin"];
const ANALYSTS: readonly StaffRole[] = ["analyst", "supervisor", "admin"];
const REPORTS: readonly StaffRole[] = ["supervisor", "admin", "analyst"];

const MATRIX: Record<string, readonly StaffRole[]> = {
  "GET /admin/tickets": DESK,
  "GET /admin/stream": DESK,
  "GET /admin/tickets/{id}": DESK,
  "GET /admin/tickets/{id}/assignees": DESK,
  "POST /admin/tickets/{id}/messages": DESK,
  "POST /admin/tickets/{id}/presence": DESK,
  "POST /admin/tickets/{id}/claim": DESK,
  "POST /admin/tickets/{id}/assign": DESK,
  "POST /admin/tickets/{id}/clarify": DESK,
  "POST /admin/tickets/{id}/priority": DESK,
  "POST /admin/tickets/{id}/escalate": DESK,
  "POST /admin/tickets/{id}/resolve": DESK,
  "POST /admin/tickets/{id}/close": DESK,
  "POST /admin/tickets/{id}/merge": DESK,
  "POST /admin/tickets/{id}/tags": DESK,
  "POST /admin/tickets/{id}/apply-macro": DESK,
  "POST /admin/customers/{id}/tags": DESK,
  "GET /admin/macros": DESK,
  "POST /admin/macros/preview": DESK,
  "POST /admin/macros": SUPERVISORS,
  "PATCH /admin/macros/{id}": SUPERVISORS,
  "DELETE /admin/macros/{id}": SUPERVISORS,
  "GET /admin/banned-words": DESK,
  "POST /admin/banned-words/check": DESK,
  "POST /admin/banned-words": SUPERVISORS,
  "DELETE /admin/banned-words/{id}": SUPERVISORS,
  "GET /admin/staff": ADMINS,
  "POST /admin/staff/invites": ADMINS,
  "DELETE /admin/staff/invites/{id}": ADMINS,
  "PATCH /admin/staff/{userId}": ADMINS,
  "GET /admin/audit": ADMINS,
  // The knowledge base's editor: content editors and admins, no one else.
  "GET /admin/kb/articles": EDITORS,
  "POST /admin/kb/articles": EDITORS,
  "GET /admin/kb/articles/{slug}": EDITORS,
  "PATCH /admin/kb/articles/{slug}": EDITORS,
  "POST /admin/kb/articles/{slug}/publish": EDITORS,
  "POST /admin/kb/articles/{slug}/unpublish": EDITORS,
  "GET /admin/kb/articles/{slug}/versions": EDITORS,
  "POST /admin/kb/drafts/from-ticket": EDITORS,
  "GET /admin/kb/export": EDITORS,
  "POST /admin/kb/import": EDITORS,
  "GET /admin/kb/insights": EDITORS,
  // Routing rules and stop phrases: admins only.
  "GET /admin/routing": ADMINS,
  "POST /admin/routing/rules": ADMINS,
  "PUT /admin/routing/rules/{id}": ADMINS,
  "DELETE /admin/routing/rules/{id}": ADMINS,
  "POST /admin/routing/stop-phrases": ADMINS,
  "DELETE /admin/routing/stop-phrases/{id}": ADMINS,
  // Analytics (issue #8): the dashboard for analysts, supervisors and admins; export: supervisors.
  "GET /admin/analytics/sla": ANALYSTS,
  "GET /admin/analytics/quality": ANALYSTS,
  "GET /admin/analytics/volume": ANALYSTS,
  "GET /admin/analytics/efficiency": ANALYSTS,
  "GET /admin/analytics/product": ANALYSTS,
  "GET /admin/analytics/risk": ANALYSTS,
  "GET /admin/analytics/export": SUPERVISORS,
  "GET /admin/analytics/weekly-reports": ANALYSTS,
  "PUT /admin/analytics/weekly-reports/subscription": ANALYSTS,
  "GET /admin/analytics/retention": ANALYSTS,
  "PUT /admin/analytics/retention": ADMINS,
  "GET /admin/sla-policies": SUPERVISORS,
  "PUT /admin/sla-policies/{queueId}": SUPERVISORS,
  "GET /admin/tickets/{id}/sla": DESK,
  // Opt-ins for the daily digest and the weekly report: the people those reports are for.
  "GET /admin/notification-prefs": REPORTS,
  "PUT /admin/notification-prefs": REPORTS,
};

let t: TestApp;
const people = Object.fromEntries(
  STAFF_ROLES.map((role, index) => [role, customer(8100 + index)]),
) as Record<StaffRole, ReturnType<typeof customer>>;
const shopper = customer(8001);
let ticketId: string;

beforeAll(async () => {
  t = await createTestApp();
  for (const role of STAFF_ROLES) {
    await t.handle.db.insert(schema.staffRoles).values({ userId: people[role].id, role });
  }
  const created = await t.call("POST", "/api/tickets", {
    user: shopper,
    body: {
      topicId: "orders",
      sectionId: "return",
      subject: "Matrix ticket",
      description: "A ticket every role can try its hand at.",
    },
  });
  ticketId = created.body.id;
});
afterAll(async () => {
  await t?.close();
});

const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const concrete = (path: string) =>
  `/api${path
    .replace(
      "{id}",
      path.startsWith("/admin/tickets")
        ? ticketId
        : path.startsWith("/admin/customers")
          ? "8001"
          : UNKNOWN,
    )
    .replace("{userId}", "424242")
    .replace("{slug}", "no-such-article")}`;

async function statusOf(key: string, user: ReturnType<typeof customer>): Promise<number> {
  const [method, path] = key.split(" ") as [string, string];
  const res = await t.app.request(concrete(path), {
    method,
    headers: { authorization: t.auth(user), "content-type": "application/json" },
    // An empty object: allowed callers get past the role check to validation or the action.
    body: method === "GET" || method === "DELETE" ? undefined : "{}",
  });
  // The staff stream stays open; its status is all we need.
  await res.body?.cancel();
  return res.status;
}

describe("the role matrix", () => {
  it("lists every admin endpoint the app serves and documents", async () => {
    const doc = await t.call("GET", "/api/openapi.json");
    const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith("/api/admin"))
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.slice(4)}`),
      );
    const served = t.app.routes
      .filter((route) => route.path.startsWith("/api/admin/") && route.method !== "ALL")
      .map((route) => `${route.method} ${route.path.slice(4).replace(/:([A-Za-z]+)/g, "{$1}")}`);
    expect([...new Set(documented)].sort()).toEqual(Object.keys(MATRIX).sort());
    expect([...new Set(served)].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [key, allowed] of Object.entries(MATRIX)) {
    it(`${key}: ${allowed.join(", ")} allowed; everyone else 403`, async () => {
      for (const role of STAFF_ROLES) {
        const status = await statusOf(key, people[role]);
        if (allowed.includes(role)) expect(status, `${role} on ${key}`).not.toBe(403);
        else expect(status, `${role} on ${key}`).toBe(403);
      }
      expect(await statusOf(key, shopper), `customer on ${key}`).toBe(403);
    });
  }
});
