import type { SlaCalendar } from "@helpline/contracts/sla";
import type { QueueId } from "@helpline/contracts/tickets";
import type { Calendar, SlaPolicy } from "./clock";

/** Delays of the automation triggers, in minutes (business time plays no part in them). */
export interface Automation {
  /** "Waiting for customer" with no answer: remind after this long. */
  clarifyReminderMinutes: number;
  /** …and close this long after the reminder. */
  clarifyAutoCloseMinutes: number;
  /** A customer's message with no agent reply this long: tell the supervisors. */
  noReplyMinutes: number;
  /** Resolved → CSAT request after this long (0: at once). */
  csatDelayMinutes: number;
  /** Resolved → "did it help?" after this long (24–72 h). */
  followUpMinutes: number;
  /** Resolved and quiet this long → closed. */
  autoCloseResolvedMinutes: number;
}

export type QueuePolicy = SlaPolicy & { automation: Automation };

export const DEFAULT_AUTOMATION: Automation = {
  clarifyReminderMinutes: 24 * 60,
  clarifyAutoCloseMinutes: 48 * 60,
  noReplyMinutes: 24 * 60,
  csatDelayMinutes: 0,
  followUpMinutes: 48 * 60,
  autoCloseResolvedMinutes: 4 * 24 * 60,
};

const policy = (queueId: QueueId, firstResponse: number, resolution: number): SlaPolicy => ({
  queueId,
  firstResponseMinutes: firstResponse,
  nextResponseMinutes: firstResponse,
  resolutionMinutes: resolution,
  calendar: "24/7",
  pauseStatuses: ["waiting_customer"],
  dueSoonRatio: 0.8,
});

/** The product brief's targets; every queue works around the clock by default. */
export const DEFAULT_POLICIES: Readonly<Record<QueueId, SlaPolicy>> = {
  l1: policy("l1", 15, 240),
  l2: policy("l2", 30, 1440),
  vip: policy("vip", 5, 120),
  security: policy("security", 5, 120),
};

/**
 * The policy of a queue without a stored policy. Queue rows carry admin-edited first-response
 * and resolution minutes; those win over the defaults, the rest (calendar, pauses) comes from the
 * default policy.
 */
export function policyFor(
  queueId: string,
  overrides: { firstResponseMinutes?: number; resolutionMinutes?: number } = {},
): SlaPolicy {
  const base = DEFAULT_POLICIES[queueId as QueueId] ?? DEFAULT_POLICIES.l1;
  const first = overrides.firstResponseMinutes ?? base.firstResponseMinutes;
  return {
    ...base,
    queueId,
    firstResponseMinutes: first,
    nextResponseMinutes: overrides.firstResponseMinutes ?? base.nextResponseMinutes,
    resolutionMinutes: overrides.resolutionMinutes ?? base.resolutionMinutes,
  };
}

export const calendarFromJson = (json: SlaCalendar | null | undefined): Calendar =>
  json
    ? {
        timeZone: json.timeZone,
        week: json.week.map((day) => day.map(([start, end]) => [start, end] as const)),
        holidays: json.holidays,
      }
    : "24/7";
