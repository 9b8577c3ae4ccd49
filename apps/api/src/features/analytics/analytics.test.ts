import { schema } from "@helpline/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, customer, type TestApp } from "../../testing/test-app";
import { AGENT_A, AGENT_B, seedFixture } from "./analytics-fixture";

let t: TestApp;
const analyst = customer(8201);
const supervisor = customer(8202);
const agent = customer(8203);
const shopper = customer(8204);
const WEEK = "from=2026-10-05&to=2026-10-11";

beforeAll(async () => {
  t = await createTestApp();
  await t.handle.db.insert(schema.staffRoles).values([
    { userId: analyst.id, role: "analyst" },
    { userId: supervisor.id, role: "supervisor" },
    { userId: agent.id, role: "agent_l1" },
  ]);
  await seedFixture(t.handle.db);
});
afterAll(async () => {
  await t?.close();
});

const get = (section: string, query: string, user = analyst) =>
  t.call("GET", `/api/admin/analytics/${section}?${query}`, { user });

describe("SLA figures on the hand-computed week", () => {
  it("reports P50/P90 of first response and resolution with percentile_cont", async () => {
    const res = await get("sla", WEEK);
    expect(res.status).toBe(200);
    // First responses 5, 10, 20, 40 minutes; resolutions 30, 60, 300, 1000.
    expect(res.body.firstResponse).toEqual({ count: 4, p50: 15, p90: 34 });
    expect(res.body.resolution).toEqual({ count: 4, p50: 180, p90: 790 });
  });

  it("reports attainment per queue and per target, and breaches per day", async () => {
    const res = await get("sla", WEEK);
    expect(res.body.attainment).toEqual([
      {
        queue: "l1",
        firstResponse: { total: 5, met: 2, percent: 40 },
        resolution: { total: 5, met: 2, percent: 40 },
      },
      {
        queue: "l2",
        firstResponse: { total: 1, met: 0, percent: 0 },
        resolution: { total: 1, met: 1, percent: 100 },
      },
    ]);
    expect(res.body.attainmentByTarget).toEqual({
      firstResponse: { total: 6, met: 2, percent: 33.3 },
      resolution: { total: 6, met: 3, percent: 50 },
    });
    expect(res.body.breaches).toEqual([
      { date: "2026-10-05", queue: "l1", count: 1 },
      { date: "2026-10-07", queue: "l2", count: 1 },
    ]);
  });
});

describe("quality figures", () => {
  it("reports CSAT, NPS, reopen rate and first-contact resolution", async () => {
    const res = await get("quality", WEEK);
    expect(res.status).toBe(200);
    expect(res.body.csat).toEqual({ count: 3, average: 3.67, distribution: [0, 1, 0, 1, 1] });
    expect(res.body.nps).toEqual({
      count: 4,
      promoters: 2,
      passives: 1,
      detractors: 1,
      score: 25,
    });
    expect(res.body.reopen).toEqual({ resolved: 4, reopened: 1, percent: 25 });
    // Only T1: T2 took two replies, T3 was reopened, T5 was the bot's.
    expect(res.body.fcr).toEqual({ resolved: 4, firstContact: 1, percent: 25 });
  });
});

describe("volume figures", () => {
  it("counts per day, topic, queue, channel, hour of week, and the backlog", async () => {
    const res = await get("volume", WEEK);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(6);
    expect(res.body.perDay.map((d: { count: number }) => d.count)).toEqual([2, 1, 1, 1, 0, 0, 1]);
    expect(res.body.perDay[0].date).toBe("2026-10-05");
    expect(res.body.byTopic).toEqual([
      { key: "orders", count: 3 },
      { key: "account", count: 1 },
      { key: "complaint", count: 1 },
      { key: "features", count: 1 },
    ]);
    expect(res.body.byQueue).toEqual([
      { key: "l1", count: 5 },
      { key: "l2", count: 1 },
    ]);
    expect(res.body.byChannel).toEqual([
      { key: "webapp", count: 4 },
      { key: "bot", count: 2 },
    ]);
    const cells: [number, number][] = [];
    res.body.heatmap.forEach((row: number[], dow: number) => {
      row.forEach((count, hour) => {
        for (let i = 0; i < count; i++) cells.push([dow, hour]);
      });
    });
    expect(cells).toEqual([
      [0, 9],
      [0, 10],
      [1, 23],
      [2, 12],
      [3, 8],
      [6, 22],
    ]);
    // T0 is open from before the week; T1 and T2 close on Monday, T3 on Wednesday, T5 on
    // Thursday the day it came.
    expect(res.body.backlog.map((d: { open: number }) => d.open)).toEqual([1, 2, 2, 2, 2, 2, 3]);
  });

  it("filters by queue, topic, language and agent", async () => {
    expect((await get("volume", `${WEEK}&queue=l2`)).body.total).toBe(1);
    expect((await get("volume", `${WEEK}&topic=orders`)).body.total).toBe(3);
    // en: customer 7001 (en) and 7003 (en-US); 7004 chose fa over Telegram's en.
    expect((await get("volume", `${WEEK}&language=en`)).body.total).toBe(3);
    expect((await get("volume", `${WEEK}&language=fa`)).body.total).toBe(2);
    expect((await get("volume", `${WEEK}&agent=${AGENT_B}`)).body.total).toBe(2);
    const sla = await get("sla", `${WEEK}&agent=${AGENT_A}`);
    expect(sla.body.firstResponse).toEqual({ count: 2, p50: 15, p90: 19 });
  });
});

describe("date ranges in the viewer's time zone", () => {
  it("takes local midnights: in Moscow the week starts with T0 and ends before T6", async () => {
    const res = await get("volume", `${WEEK}&tz=Europe/Moscow`);
    expect(res.body.range).toEqual({
      from: "2026-10-05",
      to: "2026-10-11",
      tz: "Europe/Moscow",
      startsAt: "2026-10-04T21:00:00.000Z",
      endsAt: "2026-10-11T21:00:00.000Z",
    });
    expect(res.body.perDay.map((d: { count: number }) => d.count)).toEqual([3, 0, 2, 1, 0, 0, 0]);
    // T1 arrived at 12:00 Moscow time on Monday.
    expect(res.body.heatmap[0][12]).toBe(1);
  });

  it("follows daylight saving: New York's 1 November 2026 is 25 hours long", async () => {
    const res = await get("volume", "from=2026-11-01&to=2026-11-01&tz=America/New_York");
    expect(res.body.range.startsAt).toBe("2026-11-01T04:00:00.000Z");
    expect(res.body.range.endsAt).toBe("2026-11-02T05:00:00.000Z");
  });

  it("defaults to the last 28 days up to today", async () => {
    const res = await get("volume", "");
    expect(res.status).toBe(200);
    expect(res.body.perDay).toHaveLength(28);
    expect(res.body.range.tz).toBe("UTC");
  });
});

describe("efficiency and product figures", () => {
  it("reports the self-service share; the per-agent table for supervisors only", async () => {
    const asAnalyst = await get("efficiency", WEEK);
    expect(asAnalyst.body.selfService).toEqual({
      kbSolved: 2,
      botResolved: 1,
      agentResolved: 3,
      percent: 50,
    });
    expect(asAnalyst.body.agents).toBeNull();
    const asSupervisor = await get("efficiency", WEEK, supervisor);
    expect(asSupervisor.body.agents).toEqual([
      { agentId: AGENT_A, name: "Ada", handled: 2, frtP50: 15, csatAverage: 4.5 },
      { agentId: AGENT_B, name: "Bob", handled: 1, frtP50: 22.5, csatAverage: 2 },
    ]);
  });

  it("ranks contact reasons against the week before, and tags", async () => {
    const res = await get("product", WEEK);
    expect(res.body.topReasons).toEqual([
      { topicId: "orders", sectionId: "order-status", count: 2, previous: 1 },
      { topicId: "account", sectionId: "sign-in", count: 1, previous: 0 },
      { topicId: "complaint", sectionId: "service", count: 1, previous: 0 },
      { topicId: "features", sectionId: "how-to", count: 1, previous: 1 },
      { topicId: "orders", sectionId: "return", count: 1, previous: 0 },
    ]);
    expect(res.body.topTags).toEqual([
      { key: "refund", count: 2 },
      { key: "urgent", count: 1 },
    ]);
  });
});

describe("access and validation", () => {
  it("answers 403 to agents and customers, on every section and the export", async () => {
    for (const section of ["sla", "quality", "volume", "efficiency", "product", "risk"]) {
      expect((await get(section, WEEK, agent)).status).toBe(403);
      expect((await get(section, WEEK, shopper)).status).toBe(403);
    }
    expect((await get("export", WEEK, analyst)).status).toBe(403);
    expect((await get("export", WEEK, agent)).status).toBe(403);
  });

  it("answers 400 with field errors for bad filters", async () => {
    const bad = async (query: string) => {
      const res = await get("volume", query);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      return Object.keys(res.body.error.details.fields);
    };
    expect(await bad("tz=Mars/Olympus")).toEqual(["tz"]);
    expect(await bad("from=2026-10-11&to=2026-10-05")).toEqual(["from"]);
    expect(await bad("from=2026-13-01")).toEqual(["from"]);
    expect(await bad("queue=nowhere")).toEqual(["queue"]);
    expect(await bad("language=xx")).toEqual(["language"]);
    expect(await bad("agent=-4")).toEqual(["agent"]);
    expect(await bad("from=2024-01-01&to=2026-01-01")).toEqual(["from"]);
  });
});
