import { describe, expect, it } from "vitest";
import {
  addBusinessMinutes,
  type BusinessHours,
  businessMinutesBetween,
  fromWallClock,
  resolutionClock,
  responseClock,
  zoneOffset,
} from "./clock";
import { DEFAULT_POLICIES, policyFor } from "./policies";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const h = (hours: number) => hours * 60;

const weekdays = (intervals: [number, number][]) => [
  [],
  intervals,
  intervals,
  intervals,
  intervals,
  intervals,
  [],
];
const office = (timeZone: string, holidays: string[] = []): BusinessHours => ({
  timeZone,
  week: weekdays([
    [h(9), h(12)],
    [h(13), h(17)],
  ]),
  holidays,
});
const allDay = (timeZone: string): BusinessHours => ({
  timeZone,
  week: Array.from({ length: 7 }, () => [[0, 1440] as const]),
});

describe("time zones through Intl", () => {
  it("knows Berlin's and New York's offsets on both sides of their DST changes", () => {
    expect(zoneOffset(at("2026-03-29T00:59:00Z"), "Europe/Berlin")).toBe(3_600_000);
    expect(zoneOffset(at("2026-03-29T01:00:00Z"), "Europe/Berlin")).toBe(7_200_000);
    expect(zoneOffset(at("2026-10-25T00:59:00Z"), "Europe/Berlin")).toBe(7_200_000);
    expect(zoneOffset(at("2026-10-25T01:00:00Z"), "Europe/Berlin")).toBe(3_600_000);
    expect(zoneOffset(at("2026-03-08T06:59:00Z"), "America/New_York")).toBe(-5 * 3_600_000);
    expect(zoneOffset(at("2026-03-08T07:00:00Z"), "America/New_York")).toBe(-4 * 3_600_000);
  });

  it("maps a wall time skipped in spring to the moment the clocks jumped", () => {
    expect(iso(fromWallClock(Date.UTC(2026, 2, 29, 2, 30), "Europe/Berlin"))).toBe(
      "2026-03-29T01:00:00.000Z",
    );
    expect(iso(fromWallClock(Date.UTC(2026, 2, 8, 2, 15), "America/New_York"))).toBe(
      "2026-03-08T07:00:00.000Z",
    );
  });

  it("maps a wall time that happens twice in autumn to its first occurrence", () => {
    expect(iso(fromWallClock(Date.UTC(2026, 9, 25, 2, 30), "Europe/Berlin"))).toBe(
      "2026-10-25T00:30:00.000Z",
    );
    expect(iso(fromWallClock(Date.UTC(2026, 10, 1, 1, 30), "America/New_York"))).toBe(
      "2026-11-01T05:30:00.000Z",
    );
  });
});

describe("adding business minutes", () => {
  it("adds plain minutes around the clock", () => {
    expect(iso(addBusinessMinutes(at("2026-03-29T00:50:00Z"), 15, "24/7"))).toBe(
      "2026-03-29T01:05:00.000Z",
    );
  });

  it("skips lunch, the evening and the weekend, across Berlin's spring change", () => {
    // Friday 16:30 CET; 30 minutes left that day, the rest on Monday 09:00 CEST (07:00Z).
    const friday = at("2026-03-27T15:30:00Z");
    expect(iso(addBusinessMinutes(friday, 60, office("Europe/Berlin")))).toBe(
      "2026-03-30T07:30:00.000Z",
    );
    // Monday 11:30 CEST + 60: 30 before lunch, 30 after it.
    expect(iso(addBusinessMinutes(at("2026-03-30T09:30:00Z"), 60, office("Europe/Berlin")))).toBe(
      "2026-03-30T11:30:00.000Z",
    );
  });

  it("keeps office hours at 09:00 local after Berlin's autumn change", () => {
    const friday = at("2026-10-23T14:30:00Z"); // 16:30 CEST
    expect(iso(addBusinessMinutes(friday, 60, office("Europe/Berlin")))).toBe(
      "2026-10-26T08:30:00.000Z", // Monday 09:30 CET
    );
  });

  it("starts counting at opening time when created outside business hours", () => {
    const sundayNight = at("2026-03-29T20:00:00Z");
    expect(iso(addBusinessMinutes(sundayNight, 0, office("Europe/Berlin")))).toBe(
      "2026-03-30T07:00:00.000Z",
    );
  });

  it("skips holidays", () => {
    // Wednesday 23 December 16:00 CET; the 24th and 25th are holidays, then the weekend.
    const calendar = office("Europe/Berlin", ["2026-12-24", "2026-12-25"]);
    expect(iso(addBusinessMinutes(at("2026-12-23T15:00:00Z"), 120, calendar))).toBe(
      "2026-12-28T09:00:00.000Z",
    );
  });

  it("runs a night shift across midnight and across New York's spring change", () => {
    // 22:00–24:00 Monday to Friday and 00:00–06:00 Tuesday to Saturday.
    const night: BusinessHours = {
      timeZone: "America/New_York",
      week: [
        [],
        [[h(22), 1440]],
        [
          [0, h(6)],
          [h(22), 1440],
        ],
        [
          [0, h(6)],
          [h(22), 1440],
        ],
        [
          [0, h(6)],
          [h(22), 1440],
        ],
        [
          [0, h(6)],
          [h(22), 1440],
        ],
        [[0, h(6)]],
      ],
    };
    const fridayLate = at("2026-03-07T04:00:00Z"); // Friday 23:00 EST
    expect(iso(addBusinessMinutes(fridayLate, 400, night))).toBe("2026-03-07T10:40:00.000Z");
    // Past Saturday 06:00 the next shift is Monday 22:00 EDT (02:00Z Tuesday).
    expect(iso(addBusinessMinutes(fridayLate, 430, night))).toBe("2026-03-10T02:10:00.000Z");
    expect(businessMinutesBetween(fridayLate, at("2026-03-10T02:10:00Z"), night)).toBe(430);
  });

  it("wraps the week from Saturday to Sunday (weekday 0)", () => {
    const sundays: BusinessHours = { timeZone: "UTC", week: [[[h(10), h(11)]]] };
    expect(iso(addBusinessMinutes(at("2026-11-21T12:00:00Z"), 30, sundays))).toBe(
      "2026-11-22T10:30:00.000Z",
    );
    expect(iso(addBusinessMinutes(at("2026-11-22T10:50:00Z"), 30, sundays))).toBe(
      "2026-11-29T10:20:00.000Z",
    );
  });

  it("refuses a calendar that is never open", () => {
    expect(() => addBusinessMinutes(0, 1, { timeZone: "UTC", week: [] })).toThrow(/no open time/);
  });
});

describe("business minutes between two instants", () => {
  it("counts a 23-hour and a 25-hour day in Berlin", () => {
    const calendar = allDay("Europe/Berlin");
    expect(
      businessMinutesBetween(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z"), calendar),
    ).toBe(23 * 60);
    expect(
      businessMinutesBetween(at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z"), calendar),
    ).toBe(25 * 60);
  });

  it("counts only open minutes and is zero backwards", () => {
    const calendar = office("Europe/Berlin");
    // Monday 08:00 to 18:00 CEST: 3 + 4 hours.
    expect(
      businessMinutesBetween(at("2026-03-30T06:00:00Z"), at("2026-03-30T16:00:00Z"), calendar),
    ).toBe(420);
    expect(
      businessMinutesBetween(at("2026-03-30T16:00:00Z"), at("2026-03-30T06:00:00Z"), calendar),
    ).toBe(0);
    // A whole week of office hours, spanning the DST change.
    expect(
      businessMinutesBetween(at("2026-03-23T00:00:00Z"), at("2026-03-30T00:00:00Z"), calendar),
    ).toBe(5 * 7 * 60);
  });

  it("inverts addBusinessMinutes for many random starts in three zones", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const calendars = [
      office("Europe/Berlin", ["2026-04-03"]),
      office("America/New_York"),
      { ...allDay("Asia/Tehran"), week: weekdays([[h(8), h(20)]]) },
    ];
    for (let i = 0; i < 200; i++) {
      const calendar = calendars[i % calendars.length] as BusinessHours;
      const start = at("2026-01-01T00:00:00Z") + Math.floor(random() * 365 * 86_400_000);
      const minutes = Math.floor(random() * 5000);
      const end = addBusinessMinutes(start, minutes, calendar);
      expect(end).toBeGreaterThanOrEqual(start);
      expect(businessMinutesBetween(start, end, calendar)).toBeCloseTo(minutes, 6);
    }
  });
});

describe("response clocks", () => {
  const created = at("2026-11-23T10:00:00Z");

  it("runs, then is met when answered in time", () => {
    const running = responseClock(15, "24/7", created, null, created + 10 * 60_000);
    expect(running).toMatchObject({ state: "running", leftMinutes: 5, breached: false });
    expect(iso(running.dueAt ?? 0)).toBe("2026-11-23T10:15:00.000Z");
    const met = responseClock(15, "24/7", created, created + 14 * 60_000, created + 60 * 60_000);
    expect(met).toMatchObject({ state: "met", elapsedMinutes: 14, dueAt: null, breached: false });
  });

  it("is breached when the target passes, answered late or not at all", () => {
    expect(responseClock(15, "24/7", created, null, created + 16 * 60_000)).toMatchObject({
      state: "breached",
      leftMinutes: -1,
    });
    expect(
      responseClock(15, "24/7", created, created + 20 * 60_000, created + 30 * 60_000),
    ).toMatchObject({ state: "breached", breached: true, dueAt: null });
  });

  it("does not tick outside business hours", () => {
    const saturday = at("2026-11-21T10:00:00Z");
    const reading = responseClock(
      15,
      office("Europe/Berlin"),
      saturday,
      null,
      saturday + 86_400_000,
    );
    expect(reading).toMatchObject({ state: "running", elapsedMinutes: 0 });
    expect(iso(reading.dueAt ?? 0)).toBe("2026-11-23T08:15:00.000Z");
  });
});

describe("the resolution clock from status history", () => {
  const policy = DEFAULT_POLICIES.l1; // 240 minutes, paused while waiting for the customer
  const t0 = at("2026-11-23T08:00:00Z");
  const m = (minutes: number) => t0 + minutes * 60_000;

  it("pauses while waiting for the customer and resumes when they answer", () => {
    const history = [
      { status: "new" as const, at: m(0) },
      { status: "open" as const, at: m(10) },
      { status: "waiting_customer" as const, at: m(100) },
    ];
    const paused = resolutionClock(policy, history, m(1000));
    expect(paused).toMatchObject({ state: "paused", elapsedMinutes: 100, dueAt: null });
    const resumed = resolutionClock(
      policy,
      [...history, { status: "open" as const, at: m(1000) }],
      m(1030),
    );
    expect(resumed).toMatchObject({ state: "running", elapsedMinutes: 130, leftMinutes: 110 });
    expect(resumed.dueAt).toBe(m(1140));
  });

  it("stops at resolved and resumes after a reopen instead of breaching at once", () => {
    const history = [
      { status: "new" as const, at: m(0) },
      { status: "open" as const, at: m(5) },
      { status: "resolved" as const, at: m(200) },
    ];
    expect(resolutionClock(policy, history, m(3000))).toMatchObject({
      state: "met",
      elapsedMinutes: 200,
    });
    const reopened = [...history, { status: "reopened" as const, at: m(3000) }];
    const reading = resolutionClock(policy, reopened, m(3010));
    expect(reading).toMatchObject({ state: "running", elapsedMinutes: 210, leftMinutes: 30 });
    expect(resolutionClock(policy, reopened, m(3041))).toMatchObject({
      state: "breached",
      breached: true,
    });
  });

  it("stays breached after a late resolution", () => {
    const history = [
      { status: "new" as const, at: m(0) },
      { status: "resolved" as const, at: m(300) },
    ];
    expect(resolutionClock(policy, history, m(400))).toMatchObject({
      state: "breached",
      elapsedMinutes: 300,
      dueAt: null,
    });
  });

  it("counts only business hours across a weekend", () => {
    const weekdayPolicy = { ...policy, calendar: office("Europe/Berlin") };
    const friday = at("2026-11-20T15:00:00Z"); // 16:00 CET
    const reading = resolutionClock(
      weekdayPolicy,
      [{ status: "new", at: friday }],
      at("2026-11-23T09:00:00Z"),
    );
    // Friday 16:00–17:00 and Monday 09:00–10:00 CET; 120 left runs to Monday 12:00 CET.
    expect(reading.elapsedMinutes).toBe(60 + 60);
    expect(iso(reading.dueAt ?? 0)).toBe("2026-11-23T11:00:00.000Z");
  });
});

describe("default policies", () => {
  it("carry the brief's targets, 24/7, paused while waiting for the customer", () => {
    expect(DEFAULT_POLICIES.l1).toMatchObject({ firstResponseMinutes: 15, resolutionMinutes: 240 });
    expect(DEFAULT_POLICIES.l2).toMatchObject({
      firstResponseMinutes: 30,
      resolutionMinutes: 1440,
    });
    expect(DEFAULT_POLICIES.vip).toMatchObject({ firstResponseMinutes: 5, resolutionMinutes: 120 });
    expect(DEFAULT_POLICIES.security).toMatchObject({
      firstResponseMinutes: 5,
      resolutionMinutes: 120,
      calendar: "24/7",
      pauseStatuses: ["waiting_customer"],
    });
    expect(policyFor("l2", { firstResponseMinutes: 20 })).toMatchObject({
      firstResponseMinutes: 20,
      nextResponseMinutes: 20,
      resolutionMinutes: 1440,
    });
  });
});
