import type { QueueId } from "@helpline/contracts/tickets";
import type { SlaPolicy } from "./clock";

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
 * The policy of a queue. Queue rows carry admin-edited first-response and resolution minutes;
 * those win over the defaults, the rest (calendar, pauses) comes from the default policy.
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
