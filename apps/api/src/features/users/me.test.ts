import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const ticket = {
  topicId: "orders",
  subject: "Where is my kettle",
  description: "Ordered it ten days ago, nothing since.",
};

describe("settings", () => {
  it("changes only what is sent and keeps the rest", async () => {
    const user = customer(7001);
    const res = await t.call("PATCH", "/api/me/settings", {
      user,
      body: {
        language: "fa",
        timeZone: "Asia/Tehran",
        quietHours: { start: "22:00", end: "08:00" },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.settings).toMatchObject({
      language: "fa",
      timeZone: "Asia/Tehran",
      notificationsEnabled: true,
      quietHours: { start: "22:00", end: "08:00" },
    });
    const off = await t.call("PATCH", "/api/me/settings", {
      user,
      body: { notificationsEnabled: false },
    });
    expect(off.body.settings).toMatchObject({ language: "fa", notificationsEnabled: false });
    const cleared = await t.call("PATCH", "/api/me/settings", { user, body: { quietHours: null } });
    expect(cleared.body.settings.quietHours).toBeNull();
  });

  it("refuses an unknown time zone, a bad clock time and unknown fields, changing nothing", async () => {
    const user = customer(7002);
    const res = await t.call("PATCH", "/api/me/settings", {
      user,
      body: { timeZone: "Mars/Olympus", quietHours: { start: "25:00", end: "8" }, theme: "dark" },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.details.fields).sort()).toEqual([
      "quietHours.end",
      "quietHours.start",
      "theme",
      "timeZone",
    ]);
    const me = await t.call("GET", "/api/me", { user });
    expect(me.body.settings.timeZone).toBeNull();
  });

  it("records consent with its version and time", async () => {
    const user = customer(7003);
    expect(
      (await t.call("POST", "/api/me/consent", { user, body: { version: "1999-01" } })).status,
    ).toBe(400);
    const res = await t.call("POST", "/api/me/consent", { user, body: { version: "2026-11" } });
    expect(res.status).toBe(200);
    expect(res.body.settings.consent.version).toBe("2026-11");
    expect(Date.parse(res.body.settings.consent.at)).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe("privacy", () => {
  it("exports the person's tickets and messages as a JSON download", async () => {
    const user = customer(7101);
    await t.call("POST", "/api/tickets", { user, body: ticket });
    await t.call("POST", "/api/tickets", {
      user: customer(7102),
      body: { ...ticket, subject: "Not mine" },
    });
    const res = await t.app.request("/api/me/export", { headers: { authorization: t.auth(user) } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const data = (await res.json()) as {
      user: { id: number };
      tickets: { subject: string; status: string; messages: unknown[] }[];
    };
    expect(data.user.id).toBe(7101);
    expect(data.tickets).toHaveLength(1);
    expect(data.tickets[0]).toMatchObject({ subject: ticket.subject, status: "new" });
    expect(data.tickets[0]?.messages).toEqual([
      expect.objectContaining({ author: "customer", body: ticket.description }),
    ]);
  });

  it("erases names and message bodies but keeps the anonymous ticket for counts", async () => {
    const user = customer(7201, { username: "erase_me" });
    const created = await t.call("POST", "/api/tickets", { user, body: ticket });
    expect((await t.call("POST", "/api/me/erase", { user, body: {} })).status).toBe(400);
    const res = await t.call("POST", "/api/me/erase", { user, body: { confirm: true } });
    expect(res.status).toBe(200);
    const exported = (await (
      await t.app.request("/api/me/export", { headers: { authorization: t.auth(user) } })
    ).json()) as {
      user: { firstName: string; username: string | null };
      tickets: { subject: string; messages: { body: string }[] }[];
    };
    expect(exported.user).toMatchObject({ firstName: "Deleted user", username: null });
    expect(exported.tickets).toHaveLength(1);
    expect(exported.tickets[0]?.subject).toBe("");
    expect(exported.tickets[0]?.messages.every((m) => m.body === "")).toBe(true);
    expect((await t.call("GET", `/api/tickets/${created.body.id}`, { user })).body.status).toBe(
      "new",
    );
  });
});

describe("NPS", () => {
  it("takes one answer per 90 days and validates the score", async () => {
    const user = customer(7301);
    expect((await t.call("GET", "/api/me", { user })).body.npsDue).toBe(true);
    expect((await t.call("POST", "/api/nps", { user, body: { score: 11 } })).status).toBe(400);
    expect(
      (await t.call("POST", "/api/nps", { user, body: { score: 9, comment: "Fast" } })).status,
    ).toBe(201);
    expect((await t.call("GET", "/api/me", { user })).body.npsDue).toBe(false);
    const again = await t.call("POST", "/api/nps", { user, body: { score: 3 } });
    expect(again.status).toBe(409);
  });
});
