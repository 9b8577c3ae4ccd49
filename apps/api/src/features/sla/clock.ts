import type { TicketStatus } from "@helpline/contracts/tickets";

/**
 * Business-time arithmetic for SLA targets. Pure: instants are epoch milliseconds, calendars are
 * weekly wall-clock intervals in an IANA time zone, and the only time-zone source is `Intl`, so
 * daylight-saving changes come from the platform's tz data, not from a table of our own.
 */

/** Minutes after local midnight, `[start, end)`; `end` may be 1440 (the day's end). */
export type DayInterval = readonly [start: number, end: number];

export interface BusinessHours {
  timeZone: string;
  /** Index 0 is Sunday, as `Date#getDay`. Empty or missing: closed that day. */
  week: readonly (readonly DayInterval[])[];
  /** Local dates (`YYYY-MM-DD`) when the desk is closed all day. */
  holidays?: readonly string[];
}

/** `"24/7"` counts every minute; business hours count only the open ones. */
export type Calendar = "24/7" | BusinessHours;

const MINUTE = 60_000;
const DAY = 86_400_000;
/** A calendar with no open minute in ten years is a configuration error, not a long wait. */
const MAX_DAYS_SCANNED = 3_700;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at `ms`, as if that wall clock were UTC. */
function wallClock(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const seconds = Math.floor(ms / 1000) * 1000;
  return (
    Date.UTC(
      parts.year ?? 1970,
      (parts.month ?? 1) - 1,
      parts.day ?? 1,
      parts.hour ?? 0,
      parts.minute ?? 0,
      parts.second ?? 0,
    ) +
    (ms - seconds)
  );
}

/** How far `timeZone` is ahead of UTC at `ms`, in milliseconds. */
export function zoneOffset(ms: number, timeZone: string): number {
  return wallClock(ms, timeZone) - ms;
}

/**
 * The instant a local wall-clock time happens. A time skipped by a spring-forward change maps
 * to the moment the clocks jumped to (02:30 in Berlin on the last Sunday of March is 03:00); a
 * time that happens twice in autumn maps to its first occurrence.
 */
export function fromWallClock(wall: number, timeZone: string): number {
  // Offset changes are months apart, so the offsets half a day either side are the only two
  // that can apply to this wall time.
  const before = wall - zoneOffset(wall - 12 * 3_600_000, timeZone);
  const after = wall - zoneOffset(wall + 12 * 3_600_000, timeZone);
  const valid = [before, after].filter((ms) => wallClock(ms, timeZone) === wall);
  if (valid.length > 0) return Math.min(...valid);
  // Skipped by a spring-forward change: the answer is the instant the clocks jumped.
  let lo = Math.min(before, after);
  let hi = Math.max(before, after);
  const late = zoneOffset(hi, timeZone);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (zoneOffset(mid, timeZone) === late) hi = mid;
    else lo = mid;
  }
  return hi;
}

function localDateKey(dayStartWall: number): string {
  return new Date(dayStartWall).toISOString().slice(0, 10);
}

/**
 * The open intervals of a calendar as instants, in order, starting with the local day that holds
 * `from` (intervals may end before `from`; callers clip).
 */
function* openIntervals(from: number, calendar: Calendar): Generator<[number, number]> {
  if (calendar === "24/7") {
    yield [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
    return;
  }
  const { timeZone, week } = calendar;
  const holidays = new Set(calendar.holidays ?? []);
  const wall = wallClock(from, timeZone);
  // Start a day early: an interval of yesterday never runs past midnight, but a wall-clock day
  // and a UTC day differ, so scanning one more costs nothing and misses nothing.
  let dayStart = Math.floor(wall / DAY) * DAY - DAY;
  let emptyDays = 0;
  while (emptyDays < MAX_DAYS_SCANNED) {
    const weekday = new Date(dayStart).getUTCDay();
    const intervals = holidays.has(localDateKey(dayStart)) ? [] : (week[weekday] ?? []);
    if (intervals.length === 0) emptyDays++;
    else emptyDays = 0;
    const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
    for (const [start, end] of sorted) {
      if (end <= start) continue;
      const startMs = fromWallClock(dayStart + start * MINUTE, timeZone);
      const endMs = fromWallClock(dayStart + end * MINUTE, timeZone);
      if (endMs > startMs) yield [startMs, endMs];
    }
    dayStart += DAY;
  }
  throw new Error(`The calendar in ${timeZone} has no open time in ${MAX_DAYS_SCANNED} days`);
}

/**
 * The instant `minutes` business minutes after `start`.
 *
 * @example
 * addBusinessMinutes(Date.parse("2026-03-27T16:30:00Z"), 60, officeHours) // next Monday 09:30
 */
export function addBusinessMinutes(start: number, minutes: number, calendar: Calendar): number {
  if (calendar === "24/7") return start + minutes * MINUTE;
  let left = minutes * MINUTE;
  for (const [open, close] of openIntervals(start, calendar)) {
    if (close <= start) continue;
    const from = Math.max(open, start);
    if (left === 0) return from;
    if (close - from >= left) return from + left;
    left -= close - from;
  }
  throw new Error("unreachable");
}

/** Business minutes between two instants (0 when `to` is not after `from`). */
export function businessMinutesBetween(from: number, to: number, calendar: Calendar): number {
  if (to <= from) return 0;
  if (calendar === "24/7") return (to - from) / MINUTE;
  let total = 0;
  for (const [open, close] of openIntervals(from, calendar)) {
    if (open >= to) break;
    if (close <= from) continue;
    total += Math.min(close, to) - Math.max(open, from);
  }
  return total / MINUTE;
}

export interface SlaPolicy {
  queueId: string;
  firstResponseMinutes: number;
  /** After a customer writes again, how soon the desk answers; defaults to first response. */
  nextResponseMinutes: number;
  resolutionMinutes: number;
  calendar: Calendar;
  /** Statuses that stop the resolution clock (the desk is waiting on someone else). */
  pauseStatuses: readonly TicketStatus[];
  /** When the "due soon" warning fires, as a share of the target. */
  dueSoonRatio: number;
}

export type ClockState = "running" | "paused" | "met" | "breached";

export interface ClockReading {
  state: ClockState;
  targetMinutes: number;
  /** Business minutes used so far (until the clock stopped, for a met or stopped clock). */
  elapsedMinutes: number;
  /** Business minutes left; negative once breached. */
  leftMinutes: number;
  /** When it breaches if nothing changes; null while paused or once stopped. */
  dueAt: number | null;
  /** Whether the target was passed, even if the clock has since stopped. */
  breached: boolean;
}

/** A response clock: runs from `since` until `answeredAt` (or now). */
export function responseClock(
  target: number,
  calendar: Calendar,
  since: number,
  answeredAt: number | null,
  now: number,
): ClockReading {
  const end = answeredAt ?? now;
  const elapsed = businessMinutesBetween(since, end, calendar);
  const breached = elapsed > target;
  const stopped = answeredAt !== null;
  return {
    state: breached ? "breached" : stopped ? "met" : "running",
    targetMinutes: target,
    elapsedMinutes: elapsed,
    leftMinutes: target - elapsed,
    dueAt: stopped ? null : addBusinessMinutes(since, target, calendar),
    breached,
  };
}

export interface StatusChange {
  status: TicketStatus;
  at: number;
}

const STOPPED: readonly TicketStatus[] = ["resolved", "closed"];

/**
 * The resolution clock from a ticket's status history (oldest first, the creation included).
 * It runs while the ticket is in a working status, stands still while paused (waiting for the
 * customer) and stops at resolved/closed; a reopened ticket resumes from the minutes it had used,
 * so it does not breach the moment it comes back.
 */
export function resolutionClock(
  policy: Pick<SlaPolicy, "resolutionMinutes" | "calendar" | "pauseStatuses">,
  history: readonly StatusChange[],
  now: number,
): ClockReading {
  const target = policy.resolutionMinutes;
  let elapsed = 0;
  for (let i = 0; i < history.length; i++) {
    const change = history[i] as StatusChange;
    const until = Math.min(history[i + 1]?.at ?? now, now);
    if (isCounting(change.status, policy.pauseStatuses)) {
      elapsed += businessMinutesBetween(change.at, until, policy.calendar);
    }
  }
  const current = history.at(-1)?.status ?? "new";
  const breached = elapsed > target;
  const counting = isCounting(current, policy.pauseStatuses);
  const state: ClockState = breached
    ? "breached"
    : STOPPED.includes(current)
      ? "met"
      : counting
        ? "running"
        : "paused";
  return {
    state,
    targetMinutes: target,
    elapsedMinutes: elapsed,
    leftMinutes: target - elapsed,
    dueAt: counting
      ? addBusinessMinutes(now, Math.max(0, target - elapsed), policy.calendar)
      : null,
    breached,
  };
}

function isCounting(status: TicketStatus, pauses: readonly TicketStatus[]): boolean {
  return !STOPPED.includes(status) && !pauses.includes(status);
}
