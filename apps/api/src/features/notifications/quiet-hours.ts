import { fromWallClock, zoneOffset } from "../sla/clock";

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

function minutesOf(value: string | null | undefined): number | undefined {
  const match = HHMM.exec(value ?? "");
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

function zoneOrUtc(zone: string | null | undefined): string {
  if (!zone) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}

/**
 * When the recipient's quiet hours end, if `now` is inside them; undefined otherwise (or when
 * they are unset or malformed). Hours are local "HH:MM" in the recipient's zone (UTC when
 * unknown) and may wrap midnight (22:00–08:00).
 *
 * @example quietHoursEnd(Date.parse("2026-11-23T21:30:00Z"), { start: "22:00", end: "08:00", timeZone: "Europe/Berlin" })
 * // 2026-11-24T07:00:00Z (08:00 in Berlin)
 */
export function quietHoursEnd(
  now: number,
  quiet: { start: string | null; end: string | null; timeZone: string | null },
): number | undefined {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === undefined || end === undefined || start === end) return undefined;
  const zone = zoneOrUtc(quiet.timeZone);
  const wall = now + zoneOffset(now, zone);
  const wallMinute = Math.floor(wall / MINUTE) * MINUTE;
  const minute = Math.floor(wall / MINUTE) % DAY_MINUTES;
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return undefined;
  const left = (end - minute + DAY_MINUTES) % DAY_MINUTES;
  return fromWallClock(wallMinute + left * MINUTE, zone);
}
