import { schema } from "@helpline/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";
import { queueStaff, staffOfQueue } from "./staff";

let t: TestApp;
const admin = customer(9501, { first_name: "Ada" });
const newcomer = customer(9502, { first_name: "Nia", username: "Nia_Support" });
const byId = customer(9503, { first_name: "Ivo" });
const shopper = customer(9504);

beforeAll(async () => {
  t = await createTestApp();
  await t.handle.db.insert(schema.staffRoles).values({ userId: admin.id, role: "admin" });
});
afterAll(async () => {
  await t?.close();
});

const roles = async (user: ReturnType<typeof customer>) =>
  (await t.call("GET", "/api/me", { user })).body.roles;

describe("staff management", () => {
  it("grants an @username invite when that person next opens the app", async () => {
    const invite = await t.call("POST", "/api/admin/staff/invites", {
      user: admin,
      body: { username: "@nia_support", roles: ["agent_l1"] },
    });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ username: "nia_support", roles: ["agent_l1"] });
    const list = await t.call("GET", "/api/admin/staff", { user: admin });
    expect(list.body.invites.map((i: { id: string }) => i.id)).toContain(invite.body.id);

    expect(await roles(newcomer)).toEqual(["agent_l1"]);
    const after = await t.call("GET", "/api/admin/staff", { user: admin });
    expect(after.body.invites).toEqual([]);
    expect(after.body.members.find((m: { userId: number }) => m.userId === newcomer.id)).toEqual({
      userId: newcomer.id,
      name: "Nia",
      username: "Nia_Support",
      roles: ["agent_l1"],
      queues: ["l1"],
      active: true,
      since: expect.any(String),
    });
    const log = await t.call("GET", `/api/admin/audit?targetId=${newcomer.id}`, { user: admin });
    expect(log.body.items[0]).toMatchObject({
      action: "staff.invite_accept",
      actorId: newcomer.id,
    });
  });

  it("invites by Telegram id with chosen queues, and a cancelled invite grants nothing", async () => {
    const invite = await t.call("POST", "/api/admin/staff/invites", {
      user: admin,
      body: { telegramUserId: byId.id, roles: ["agent_l2"], queues: ["l2"] },
    });
    expect(invite.status).toBe(201);
    expect(await roles(byId)).toEqual(["agent_l2"]);
    const queue = await t.call("GET", "/api/admin/tickets", { user: byId });
    expect(queue.body.queues).toEqual(["l2"]);

    const cancelled = await t.call("POST", "/api/admin/staff/invites", {
      user: admin,
      body: { telegramUserId: shopper.id, roles: ["admin"] },
    });
    expect(
      (await t.call("DELETE", `/api/admin/staff/invites/${cancelled.body.id}`, { user: admin }))
        .status,
    ).toBe(204);
    expect(await roles(shopper)).toEqual([]);
  });

  it("refuses a bad invite with field errors", async () => {
    const res = await t.call("POST", "/api/admin/staff/invites", {
      user: admin,
      body: { username: "no spaces please", roles: ["wizard"] },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.details.fields).sort()).toEqual(["roles.0", "username"]);
  });

  it("changes queue membership and roles, and deactivation takes effect at once", async () => {
    const moved = await t.call("PATCH", `/api/admin/staff/${newcomer.id}`, {
      user: admin,
      body: { queues: ["l1", "vip"] },
    });
    expect(moved.body.queues).toEqual(["l1", "vip"]);
    expect((await t.call("GET", "/api/admin/tickets?view=vip", { user: newcomer })).status).toBe(
      200,
    );
    const reset = await t.call("PATCH", `/api/admin/staff/${newcomer.id}`, {
      user: admin,
      body: { queues: null, roles: ["agent_l1", "vip_concierge"] },
    });
    expect(reset.body.queues).toEqual(["l1", "vip"]);

    const off = await t.call("PATCH", `/api/admin/staff/${newcomer.id}`, {
      user: admin,
      body: { active: false },
    });
    expect(off.body.active).toBe(false);
    expect((await t.call("GET", "/api/admin/tickets", { user: newcomer })).status).toBe(403);
    expect(await roles(newcomer)).toEqual([]);
    const log = await t.call("GET", `/api/admin/audit?targetType=staff&action=staff.update`, {
      user: admin,
    });
    expect(log.body.items[0]).toMatchObject({
      actorId: admin.id,
      before: { active: true },
      after: { active: false },
    });
    // An admin cannot lock themselves out.
    expect(
      (
        await t.call("PATCH", `/api/admin/staff/${admin.id}`, {
          user: admin,
          body: { active: false },
        })
      ).status,
    ).toBe(409);
  });

  it("pages the audit log with a cursor and offers no way to change it", async () => {
    const first = await t.call("GET", "/api/admin/audit?limit=2", { user: admin });
    expect(first.body.items).toHaveLength(2);
    const second = await t.call("GET", `/api/admin/audit?limit=2&cursor=${first.body.nextCursor}`, {
      user: admin,
    });
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(second.body.items[0].at <= first.body.items[1].at).toBe(true);
    const id = first.body.items[0].id;
    expect((await t.call("DELETE", `/api/admin/audit/${id}`, { user: admin })).status).toBe(404);
    expect(
      (await t.call("PATCH", `/api/admin/audit/${id}`, { user: admin, body: {} })).status,
    ).toBe(404);
  });
});

describe("the staff of a queue", () => {
  it("is one lookup: roles, chosen queues, supervisors and deactivation all count", async () => {
    const db = t.handle.db;
    const ids = { l1: 9601, l2Only: 9602, gone: 9603, sup: 9604, editor: 9605, l1AndVip: 9606 };
    await db.insert(schema.staffRoles).values([
      { userId: ids.l1, role: "agent_l1" },
      { userId: ids.l2Only, role: "agent_l2" },
      { userId: ids.gone, role: "vip_concierge" },
      { userId: ids.sup, role: "supervisor" },
      { userId: ids.editor, role: "content_editor" },
      { userId: ids.l1AndVip, role: "agent_l1" },
      { userId: ids.l1AndVip, role: "content_editor" },
    ]);
    await db.insert(schema.staffMembers).values([
      { userId: ids.l2Only, queuesSet: true },
      { userId: ids.gone, deactivatedAt: new Date().toISOString() },
      { userId: ids.l1AndVip, queuesSet: true },
    ]);
    await db.insert(schema.staffQueues).values([
      { userId: ids.l2Only, queueId: "l2" },
      { userId: ids.l1AndVip, queueId: "l1" },
      { userId: ids.l1AndVip, queueId: "vip" },
    ]);
    const mine = new Set(Object.values(ids));
    const of = async (queue: "l1" | "l2" | "vip" | "security") =>
      (await queueStaff(db, queue))
        .filter((member) => mine.has(member.id))
        .map(({ id, works, supervises }) => ({ id, works, supervises }));

    expect(await of("vip")).toEqual([
      { id: ids.sup, works: false, supervises: true },
      { id: ids.l1AndVip, works: true, supervises: false },
    ]);
    // The L2 agent chose L2 only: not security, which their role would give by default.
    expect(await of("security")).toEqual([{ id: ids.sup, works: false, supervises: true }]);
    expect(await of("l2")).toEqual([
      { id: ids.l2Only, works: true, supervises: false },
      { id: ids.sup, works: false, supervises: true },
    ]);
    expect((await queueStaff(db, "l1")).find((m) => m.id === ids.l1AndVip)?.roles.sort()).toEqual([
      "agent_l1",
      "content_editor",
    ]);
    // The assignee picker: people who work tickets or supervise, by name.
    const assignable = (await staffOfQueue(db, "vip")).filter((member) => mine.has(member.id));
    expect(assignable).toEqual([
      { id: ids.sup, name: `#${ids.sup}` },
      { id: ids.l1AndVip, name: `#${ids.l1AndVip}` },
    ]);
  });
});
