import type { SlaClock } from "@helpline/contracts/sla";
import type { QueueId } from "@helpline/contracts/ticket-values";
import { toIso } from "@helpline/db";
import { type LiveBuses, publishTicketChange, type TicketChange } from "../../lib/live-updates";
import type { Logger } from "../../lib/logger";
import { writeAudit } from "../console/audit";
import { activeSupervisors, queueStaff } from "../console/staff";
import {
  type DbOrTx,
  enqueueAll,
  type JobEffects,
  type JobHandler,
  type NewJob,
} from "../jobs/jobs";
import { notify } from "../notifications/notify";
import { addBusinessMinutes as addMinutesExact, businessMinutesBetween } from "./clock";
import { estimateEta, RECENT_MINUTES } from "./eta";
import { calendarFromJson, DEFAULT_AUTOMATION, policyFor, type QueuePolicy } from "./policies";
import type { SlaRepo } from "./sla.repo";

export const SLA_TARGETS = ["first_response", "next_response", "resolution"] as const;
export type SlaTarget = (typeof SLA_TARGETS)[number];

/** Timer jobs: `sla.<target>.due_soon` and `sla.<target>.breach`. */
export const timerKind = (target: SlaTarget, kind: "due_soon" | "breach") =>
  `sla.${target}.${kind}` as const;

/** Automation jobs; each is a no-op once the state it was planned for has changed. */
export const TRIGGER = {
  clarifyReminder: "trigger.clarify_reminder",
  clarifyAutoClose: "trigger.clarify_auto_close",
  noReply: "trigger.no_reply",
  csatRequest: "trigger.csat_request",
  followUp: "trigger.follow_up",
  autoCloseResolved: "trigger.auto_close_resolved",
} as const;

/**
 * A resolution breach in one queue moves the ticket to the next level, once per ticket; a breach
 * anywhere else (L2, VIP, security, or L1 again after a manual move back) is marked and announced
 * to the assignee and the supervisors, and the ticket stays.
 */
const ESCALATE_ON_RESOLUTION_BREACH: Readonly<Record<string, string>> = { l1: "l2" };

const MINUTE = 60_000;
const STOPPED = new Set(["resolved", "closed"]);
const WORKING = new Set(["new", "open", "reopened"]);

const ms = (value: string | Date | null | undefined): number | null =>
  value === null || value === undefined
    ? null
    : Date.parse(typeof value === "string" ? toIso(value) : value.toISOString());
const iso = (value: number) => new Date(value).toISOString();

/**
 * Due times are stored with millisecond precision and compared with the job's own copy, so they
 * must be whole milliseconds (used minutes are fractional after a pause).
 */
const addBusinessMinutes = (...args: Parameters<typeof addMinutesExact>) =>
  Math.round(addMinutesExact(...args));

/** What changed on the ticket, when the ticket's own columns cannot say it. */
export interface ReplanCause {
  /** The customer wrote (or reopened with a reason): a next response is now owed. */
  customerMessage?: boolean;
  /** An agent wrote to the customer: the response owed is given. */
  agentReply?: boolean;
  /**
   * An older ticket getting its clocks for the first time (startup adoption, ADR 014): its
   * staff heard about it when it arrived, so nobody is paged again about old news.
   */
  adopted?: boolean;
}

type State = NonNullable<Awaited<ReturnType<SlaRepo["lockState"]>>>;
type Ticket = State["ticket"];
type SlaRow = NonNullable<State["sla"]>;

/**
 * The SLA clocks and automation triggers of tickets, re-planned in the transaction of every change
 * (ADR 014). All bookkeeping lives in `ticket_sla`; every timer is a durable job whose idempotency
 * key carries the due time (or the anchor) it was planned for, and whose handler first checks that
 * the stored plan still says so — a re-planned timer finds itself stale and does nothing.
 */
/**
 * How long a process reuses a queue's SLA policy. A save applies at once in its own process;
 * other processes sharing one PostgreSQL apply it within this time.
 */
export const POLICY_TTL_MS = 5_000;

export function createSlaEngine(deps: {
  repo: SlaRepo;
  logger: Logger;
  now: () => number;
  /** The live streams, told about what a job changed once its transaction commits. */
  live?: LiveBuses;
}) {
  const { repo, now } = deps;

  /** A job changed a ticket: its streams hear it after the job's transaction commits. */
  function announce(effects: JobEffects, change: TicketChange) {
    const live = deps.live;
    if (live) effects.afterCommit(() => publishTicketChange(live, change));
  }

  // Policies change rarely and are read on every re-plan: a process keeps them for a few
  // seconds (ADR 017). `readPolicy` is the uncached read; a save forgets them at once.
  const policies = new Map<string, { at: number; policy: QueuePolicy }>();
  async function policyOf(tx: DbOrTx | undefined, queueId: string): Promise<QueuePolicy> {
    const hit = policies.get(queueId);
    const wall = performance.now();
    if (hit && wall - hit.at < POLICY_TTL_MS) return hit.policy;
    const policy = await readPolicy(tx, queueId);
    policies.set(queueId, { at: wall, policy });
    return policy;
  }
  const forgetPolicies = () => policies.clear();

  async function readPolicy(tx: DbOrTx | undefined, queueId: string): Promise<QueuePolicy> {
    const stored = await repo.storedPolicy(queueId, tx);
    if (stored) {
      return {
        queueId,
        firstResponseMinutes: stored.firstResponseMinutes,
        nextResponseMinutes: stored.nextResponseMinutes,
        resolutionMinutes: stored.resolutionMinutes,
        dueSoonRatio: stored.dueSoonRatio,
        pauseStatuses: stored.pauseStatuses as QueuePolicy["pauseStatuses"],
        calendar: calendarFromJson(stored.calendar),
        automation: {
          clarifyReminderMinutes: stored.clarifyReminderMinutes,
          clarifyAutoCloseMinutes: stored.clarifyAutoCloseMinutes,
          noReplyMinutes: stored.noReplyMinutes,
          csatDelayMinutes: stored.csatDelayMinutes,
          followUpMinutes: stored.followUpMinutes,
          autoCloseResolvedMinutes: stored.autoCloseResolvedMinutes,
        },
      };
    }
    const queue = await repo.queue(queueId, tx);
    return { ...policyFor(queueId, queue ?? {}), automation: DEFAULT_AUTOMATION };
  }

  const counts = (status: string, policy: QueuePolicy) =>
    !STOPPED.has(status) && !(policy.pauseStatuses as readonly string[]).includes(status);

  /** Staff who may work a queue, with their roles; deactivated members are left out. */
  const staffOf = (tx: DbOrTx, queueId: string) => queueStaff(tx, queueId as QueueId);

  const supervisors = (tx: DbOrTx) => activeSupervisors(tx);

  async function notifyStaff(
    tx: DbOrTx,
    ticket: Ticket,
    recipients: Iterable<number>,
    kind: string,
    key: string,
    params: Record<string, unknown>,
    critical = false,
  ) {
    for (const staffId of new Set(recipients)) {
      await notify(tx, {
        chatId: staffId,
        userId: staffId,
        ticketId: ticket.id,
        kind,
        params: { number: ticket.number, ...params },
        critical,
        idempotencyKey: `${kind}:${ticket.id}:${key}:${staffId}`,
      });
    }
  }

  async function notifyCustomer(
    tx: DbOrTx,
    ticket: Ticket,
    kind: string,
    key: string,
    params: Record<string, unknown> = {},
  ) {
    await notify(tx, {
      chatId: ticket.customerId,
      userId: ticket.customerId,
      ticketId: ticket.id,
      kind,
      params: { number: ticket.number, ...params },
      idempotencyKey: `${kind}:${ticket.id}:${key}`,
    });
  }

  /** Marks a breach once per target and cycle, and tells the assignee and the supervisors. */
  async function breach(
    tx: DbOrTx,
    ticket: Ticket,
    target: SlaTarget,
    dueAt: number,
    cycle: number,
  ): Promise<boolean> {
    const marked = await repo.markEvent(tx, {
      ticketId: ticket.id,
      kind: "breached",
      target,
      dueAt: iso(dueAt),
      cycle,
      at: iso(now()),
    });
    if (!marked) return false;
    const recipients = await supervisors(tx);
    if (ticket.assigneeId !== null) recipients.unshift(ticket.assigneeId);
    await notifyStaff(tx, ticket, recipients, "staff.breach", `${target}:${cycle}`, {
      target,
      dueAt: iso(dueAt),
    });
    deps.logger.warn("SLA breached", { ticketId: ticket.id, target });
    return true;
  }

  async function dueSoon(
    tx: DbOrTx,
    ticket: Ticket,
    target: SlaTarget,
    dueAt: number,
    cycle: number,
  ): Promise<boolean> {
    const marked = await repo.markEvent(tx, {
      ticketId: ticket.id,
      kind: "due_soon",
      target,
      dueAt: iso(dueAt),
      cycle,
      at: iso(now()),
    });
    if (!marked) return false;
    const recipients =
      ticket.assigneeId !== null
        ? [ticket.assigneeId]
        : (await staffOf(tx, ticket.queueId))
            .filter((member) => member.works)
            .map((member) => member.id);
    await notifyStaff(tx, ticket, recipients, "staff.due_soon", `${target}:${cycle}`, {
      target,
      dueAt: iso(dueAt),
    });
    return true;
  }

  /** When the desk last owed the customer an answer that nobody gave yet. */
  function unansweredSince(ticket: Ticket, sla: SlaRow): number | null {
    if (!WORKING.has(ticket.status)) return null;
    if (ticket.firstRespondedAt === null) return ms(ticket.createdAt);
    return ms(sla.nextResponseSince);
  }

  /** The first-response ETA again, for a ticket that moved queue before anyone answered. */
  async function reestimate(tx: DbOrTx, ticket: Ticket, dueAt: number, at: number) {
    const load = await repo.load(ticket.queueId, iso(at - RECENT_MINUTES * MINUTE), iso(at), tx);
    // This ticket is in the queue already: it is not ahead of itself.
    const estimate = estimateEta({ now: at, dueAt, ...load, ahead: Math.max(0, load.ahead - 1) });
    return { ...estimate, ahead: Math.max(0, load.ahead - 1) };
  }

  /**
   * Brings a ticket's clocks and triggers up to date after a change, in the change's own
   * transaction. Safe to call any number of times: unchanged plans enqueue nothing new.
   */
  async function replan(tx: DbOrTx, ticketId: string, cause: ReplanCause = {}): Promise<void> {
    const state = await repo.lockState(tx, ticketId);
    if (state) await plan(tx, state, cause, false);
  }

  /**
   * The first plan of a ticket inserted in this transaction, from the row the insert returned and
   * its bookkeeping as it would be stored (`sla.status` null): the same plan `replan` makes, with
   * the row written once instead of read, inserted and updated (issue #9).
   */
  async function planNew(tx: DbOrTx, ticket: Ticket, sla: SlaRow): Promise<void> {
    await plan(tx, { ticket, sla }, {}, true);
  }

  async function plan(tx: DbOrTx, state: State, cause: ReplanCause, isNew: boolean) {
    const { ticket } = state;
    const ticketId = ticket.id;
    const t = now();
    const created = ms(ticket.createdAt) as number;
    const policy = await policyOf(tx, ticket.queueId);
    let sla = state.sla;
    if (!sla) {
      // A ticket from before the SLA bookkeeping (or a seed): plan it from its creation.
      const due = addBusinessMinutes(created, policy.firstResponseMinutes, policy.calendar);
      await repo.insertTicketSla(tx, {
        ticketId,
        queueId: ticket.queueId,
        firstResponseDueAt: iso(due),
        predictedFirstResponseAt: iso(due),
        createdAt: iso(created),
      });
      sla = (await repo.lockState(tx, ticketId))?.sla ?? null;
      if (!sla) return;
    }
    const fresh = sla.status === null;
    const status = ticket.status;
    const stopped = STOPPED.has(status);
    const queueChanged = sla.queueId !== ticket.queueId;
    const previous = queueChanged ? await policyOf(tx, sla.queueId) : policy;
    const statusSince = fresh ? created : sla.status === status ? (ms(sla.statusSince) ?? t) : t;
    const set: Partial<SlaRow> = { status, statusSince: iso(statusSince) };
    const jobs: NewJob[] = [];
    const timer = (target: SlaTarget, dueAt: number, dueSoonAt: number | null, cycle = 0) => {
      const payload = { ticketId, target, dueAt, cycle };
      if (dueSoonAt !== null && dueSoonAt < dueAt) {
        const kind = timerKind(target, "due_soon");
        jobs.push({
          kind,
          payload,
          runAt: dueSoonAt,
          idempotencyKey: `${kind}:${ticketId}:${dueAt}`,
        });
      }
      const kind = timerKind(target, "breach");
      jobs.push({ kind, payload, runAt: dueAt, idempotencyKey: `${kind}:${ticketId}:${dueAt}` });
    };

    // First response: due from creation under the ticket's current queue.
    let firstDue = ms(sla.firstResponseDueAt) as number;
    const answered = ticket.firstRespondedAt !== null;
    if (queueChanged && !answered) {
      firstDue = addBusinessMinutes(created, policy.firstResponseMinutes, policy.calendar);
      const estimate = await reestimate(tx, ticket, firstDue, t);
      set.firstResponseDueAt = iso(firstDue);
      set.predictedFirstResponseAt = iso(estimate.eta);
      set.queueBreaching = estimate.queueBreaching;
      set.aheadCount = estimate.ahead;
      set.activeAgents = estimate.activeAgents;
      await repo.updateTicket(tx, ticketId, { eta: iso(estimate.eta) });
    }
    if (!answered && !stopped) {
      const soon = addBusinessMinutes(
        created,
        policy.firstResponseMinutes * policy.dueSoonRatio,
        policy.calendar,
      );
      timer("first_response", firstDue, soon);
    }

    // Next response: owed from the customer's first unanswered message after the first response.
    let nextSince = ms(sla.nextResponseSince);
    let nextDue = ms(sla.nextResponseDueAt);
    if (nextSince !== null && (cause.agentReply || stopped)) {
      // Answered (or closed) after the due time, before the breach job ran: still a breach.
      if (nextDue !== null && nextDue < t)
        await breach(tx, ticket, "next_response", nextDue, nextSince);
      nextSince = null;
      nextDue = null;
    }
    if (cause.customerMessage && answered && !stopped && nextSince === null) nextSince = t;
    if (nextSince !== null && (nextDue === null || queueChanged)) {
      nextDue = addBusinessMinutes(nextSince, policy.nextResponseMinutes, policy.calendar);
    }
    set.nextResponseSince = nextSince === null ? null : iso(nextSince);
    set.nextResponseDueAt = nextDue === null ? null : iso(nextDue);
    if (nextSince !== null && nextDue !== null) {
      const soon = addBusinessMinutes(
        nextSince,
        policy.nextResponseMinutes * policy.dueSoonRatio,
        policy.calendar,
      );
      timer("next_response", nextDue, soon, nextSince);
    }

    // Resolution: runs in working statuses, stands still while paused, resumes where it stopped.
    // Each queue's target is a round of its own (`resolutionCycle`): its breach is marked and
    // announced once, whatever the rounds before it did.
    const wasRunning = fresh || sla.resolutionSince !== null;
    const resolutionCycle = queueChanged ? t : sla.resolutionCycle;
    const runs = counts(status, policy);
    let resolutionDue = ms(sla.resolutionDueAt);
    if (!(wasRunning && runs && !queueChanged && !fresh)) {
      let used = sla.resolutionUsedMinutes;
      if (wasRunning) {
        const since = fresh ? created : (ms(sla.resolutionSince) as number);
        used += businessMinutesBetween(since, t, previous.calendar);
        if (used > previous.resolutionMinutes && resolutionDue !== null) {
          await breach(tx, ticket, "resolution", resolutionDue, sla.resolutionCycle);
        }
      }
      resolutionDue = runs
        ? addBusinessMinutes(t, Math.max(0, policy.resolutionMinutes - used), policy.calendar)
        : null;
      set.resolutionUsedMinutes = used;
      set.resolutionSince = runs ? iso(t) : null;
      set.resolutionDueAt = resolutionDue === null ? null : iso(resolutionDue);
      if (runs && resolutionDue !== null) {
        const soonLeft = policy.resolutionMinutes * policy.dueSoonRatio - used;
        timer(
          "resolution",
          resolutionDue,
          soonLeft > 0 ? addBusinessMinutes(t, soonLeft, policy.calendar) : null,
          resolutionCycle,
        );
      }
    }
    if (queueChanged) {
      set.queueId = ticket.queueId;
      set.resolutionCycle = resolutionCycle;
    }
    const running = [
      !answered && !stopped ? firstDue : null,
      nextDue,
      runs ? resolutionDue : null,
    ].filter((value): value is number => value !== null);
    set.nextDueAt = running.length ? iso(Math.min(...running)) : null;

    // Automation triggers, each anchored to the moment its state began.
    const a = policy.automation;
    const trigger = (kind: string, anchor: number, delayMinutes: number) =>
      jobs.push({
        kind,
        payload: { ticketId, anchor },
        runAt: anchor + delayMinutes * MINUTE,
        idempotencyKey: `${kind}:${ticketId}:${anchor}`,
      });
    if (status === "waiting_customer") {
      trigger(TRIGGER.clarifyReminder, statusSince, a.clarifyReminderMinutes);
      trigger(
        TRIGGER.clarifyAutoClose,
        statusSince,
        a.clarifyReminderMinutes + a.clarifyAutoCloseMinutes,
      );
    }
    if (status === "resolved") {
      trigger(TRIGGER.csatRequest, statusSince, a.csatDelayMinutes);
      trigger(TRIGGER.followUp, statusSince, a.followUpMinutes);
      trigger(TRIGGER.autoCloseResolved, statusSince, a.autoCloseResolvedMinutes);
    }
    const owed = unansweredSince(ticket, { ...sla, ...set } as SlaRow);
    if (owed !== null) trigger(TRIGGER.noReply, owed, a.noReplyMinutes);

    // Both go out together (pipelined on PostgreSQL).
    await Promise.all([
      isNew ? repo.insertTicketSla(tx, { ...sla, ...set }) : repo.updateSla(tx, ticketId, set),
      enqueueAll(tx, jobs),
    ]);

    // Critical and security tickets: the queue's staff hear at once, once (same key as the
    // outbox's creation message, so a ticket that starts critical is not announced twice).
    if (
      (ticket.priority === "critical" || ticket.queueId === "security") &&
      !stopped &&
      !cause.adopted
    ) {
      for (const member of await staffOf(tx, ticket.queueId)) {
        await notify(tx, {
          chatId: member.id,
          userId: member.id,
          ticketId,
          kind: "staff.critical",
          params: { number: ticket.number, queueId: ticket.queueId, subject: ticket.subject },
          critical: true,
          idempotencyKey: `staff.critical:${ticketId}:${member.id}`,
        });
      }
    }
  }

  /**
   * L1 → L2 after a resolution breach: queue change, SLA event, audit line, staff told. Once per
   * ticket: one that was escalated before and came back to L1 by hand stays there.
   *
   * @returns whether it escalated
   */
  async function escalate(tx: DbOrTx, ticket: Ticket, to: string, dueAt: number) {
    const reason = "sla: resolution breached";
    const first = await repo.markEvent(tx, {
      ticketId: ticket.id,
      kind: "escalated",
      target: "resolution",
      dueAt: iso(dueAt),
      cycle: 0,
      at: iso(now()),
    });
    if (!first) return false;
    await repo.updateTicket(tx, ticket.id, {
      queueId: to,
      assigneeId: null,
      escalationReason: reason,
      updatedAt: iso(now()),
      lastActivityAt: iso(now()),
    });
    await writeAudit(tx, {
      actorId: null,
      action: "ticket.escalate",
      targetType: "ticket",
      targetId: ticket.id,
      before: { queue: ticket.queueId, assigneeId: ticket.assigneeId },
      after: { queue: to, assigneeId: null, escalationReason: reason },
      reason,
    });
    const recipients = [
      ...(await supervisors(tx)),
      ...(await staffOf(tx, to)).filter((m) => m.works).map((m) => m.id),
    ];
    if (ticket.assigneeId !== null) recipients.push(ticket.assigneeId);
    await notifyStaff(tx, ticket, recipients, "staff.escalated", `${ticket.queueId}:${to}`, {
      fromQueue: ticket.queueId,
      toQueue: to,
      reason: "resolution_breached",
    });
    await replan(tx, ticket.id);
    return true;
  }

  async function close(
    tx: DbOrTx,
    ticket: Ticket,
    reason: string,
    anchor: number,
    effects: JobEffects,
  ) {
    await repo.closeBySystem(tx, ticket.id, ticket.status, iso(now()));
    await notifyCustomer(tx, ticket, "ticket.auto_closed", String(anchor), { reason });
    await replan(tx, ticket.id);
    announce(effects, { ticketId: ticket.id, queues: [ticket.queueId], customer: "status" });
  }

  function timerHandler(target: SlaTarget, kind: "due_soon" | "breach"): JobHandler {
    return async (job, tx, effects) => {
      const payload = job.payload as { ticketId: string; dueAt: number; cycle: number };
      const state = await repo.lockState(tx, payload.ticketId);
      if (!state?.sla) return;
      const { ticket, sla } = state;
      const stored =
        target === "first_response"
          ? ms(sla.firstResponseDueAt)
          : target === "next_response"
            ? ms(sla.nextResponseDueAt)
            : ms(sla.resolutionDueAt);
      // Re-planned since (another queue, a pause, an answer): this timer is stale.
      if (stored !== payload.dueAt) return;
      if (target === "first_response") {
        // Answered by the time this timer was due: nothing to mark. An answer that came after
        // the due time but before a late-running job still counts as a breach.
        const answeredAt = ms(ticket.firstRespondedAt);
        const runAt = ms(job.runAt) as number;
        if (answeredAt !== null && answeredAt <= runAt) return;
        // Resolved or closed without an answer before the timer was due: no response is owed.
        // Stopped only after the due time (a late-running job): the breach still happened.
        if (STOPPED.has(ticket.status) && (ms(sla.statusSince) ?? 0) <= runAt) return;
      }
      if (target === "resolution" && sla.resolutionSince === null) return;
      // The resolution's round is the stored one: the due time already proved the plan current.
      const cycle = target === "resolution" ? sla.resolutionCycle : payload.cycle;
      // A warning or a breach changes the clocks the console shows: its queue refetches.
      const staffOnly = { ticketId: ticket.id, queues: [ticket.queueId] };
      if (kind === "due_soon") {
        if (await dueSoon(tx, ticket, target, payload.dueAt, cycle)) announce(effects, staffOnly);
        return;
      }
      if (!(await breach(tx, ticket, target, payload.dueAt, cycle))) return;
      const to = ESCALATE_ON_RESOLUTION_BREACH[ticket.queueId];
      if (target === "resolution" && to && (await escalate(tx, ticket, to, payload.dueAt))) {
        // The customer's ticket shows its queue and ETA: both may have changed.
        announce(effects, {
          ticketId: ticket.id,
          queues: [ticket.queueId, to],
          customer: "status",
        });
        return;
      }
      announce(effects, staffOnly);
    };
  }

  /**
   * A trigger runs only if the state it was planned for still holds (same status, same anchor).
   * One that changes the ticket announces it through `effects`, for the live streams.
   */
  function triggerHandler(
    run: (
      tx: DbOrTx,
      ticket: Ticket,
      sla: SlaRow,
      anchor: number,
      effects: JobEffects,
    ) => Promise<void>,
    holds: (ticket: Ticket, sla: SlaRow, anchor: number) => boolean,
  ): JobHandler {
    return async (job, tx, effects) => {
      const payload = job.payload as { ticketId: string; anchor: number };
      const state = await repo.lockState(tx, payload.ticketId);
      if (!state?.sla) return;
      if (!holds(state.ticket, state.sla, payload.anchor)) return;
      await run(tx, state.ticket, state.sla, payload.anchor, effects);
    };
  }

  const inStatus =
    (status: string) =>
    (ticket: Ticket, sla: SlaRow, anchor: number): boolean =>
      ticket.status === status && sla.status === status && ms(sla.statusSince) === anchor;

  function handlers(): Record<string, JobHandler> {
    const result: Record<string, JobHandler> = {};
    for (const target of SLA_TARGETS) {
      result[timerKind(target, "due_soon")] = timerHandler(target, "due_soon");
      result[timerKind(target, "breach")] = timerHandler(target, "breach");
    }
    result[TRIGGER.clarifyReminder] = triggerHandler(
      (tx, ticket, _sla, anchor) =>
        notifyCustomer(tx, ticket, "ticket.clarify_reminder", String(anchor)),
      inStatus("waiting_customer"),
    );
    result[TRIGGER.clarifyAutoClose] = triggerHandler(
      (tx, ticket, _sla, anchor, effects) =>
        close(tx, ticket, "no_customer_reply", anchor, effects),
      inStatus("waiting_customer"),
    );
    result[TRIGGER.csatRequest] = triggerHandler(async (tx, ticket, _sla, anchor) => {
      if (ticket.ratedAt !== null) return;
      await notifyCustomer(tx, ticket, "csat.request", String(anchor));
    }, inStatus("resolved"));
    result[TRIGGER.followUp] = triggerHandler(
      (tx, ticket, _sla, anchor) => notifyCustomer(tx, ticket, "ticket.follow_up", String(anchor)),
      inStatus("resolved"),
    );
    result[TRIGGER.autoCloseResolved] = triggerHandler(
      (tx, ticket, _sla, anchor, effects) =>
        close(tx, ticket, "resolved_inactive", anchor, effects),
      inStatus("resolved"),
    );
    result[TRIGGER.noReply] = triggerHandler(
      async (tx, ticket, _sla, anchor) => {
        await notifyStaff(tx, ticket, await supervisors(tx), "staff.no_reply", String(anchor), {});
      },
      (ticket, sla, anchor) => unansweredSince(ticket, sla) === anchor,
    );
    return result;
  }

  /** The three clocks of a ticket as they stand, for the staff workspace. */
  async function clocks(
    tx: DbOrTx,
    ticketId: string,
    queues: readonly string[],
  ): Promise<SlaClock[] | null> {
    const state = await repo.readState(tx, ticketId);
    if (!state?.sla || !queues.includes(state.ticket.queueId)) return null;
    const { ticket, sla } = state;
    const policy = await policyOf(tx, ticket.queueId);
    const events = await repo.eventsOf(ticketId);
    const breached = (target: SlaTarget, cycle?: number) =>
      events.some(
        (event) =>
          event.kind === "breached" &&
          event.target === target &&
          (cycle === undefined || event.cycle === cycle),
      );
    const t = now();
    const firstDue = ms(sla.firstResponseDueAt) as number;
    const answeredAt = ms(ticket.firstRespondedAt);
    const firstBreached = breached("first_response") || (answeredAt === null && firstDue < t);
    const nextSince = ms(sla.nextResponseSince);
    const nextDue = ms(sla.nextResponseDueAt);
    const resDue = ms(sla.resolutionDueAt);
    // The current queue's round decides the state; `breached` remembers any round.
    const resBreached = breached("resolution", sla.resolutionCycle);
    return [
      {
        target: "first_response",
        state: firstBreached ? "breached" : answeredAt !== null ? "met" : "running",
        dueAt: iso(firstDue),
        targetMinutes: policy.firstResponseMinutes,
        breached: firstBreached,
      },
      {
        target: "next_response",
        state:
          nextSince === null
            ? "idle"
            : breached("next_response", nextSince) || (nextDue !== null && nextDue < t)
              ? "breached"
              : "running",
        dueAt: nextDue === null ? null : iso(nextDue),
        targetMinutes: policy.nextResponseMinutes,
        breached: breached("next_response"),
      },
      {
        target: "resolution",
        state: resBreached
          ? "breached"
          : STOPPED.has(ticket.status)
            ? "met"
            : sla.resolutionSince === null
              ? "paused"
              : "running",
        dueAt: resDue === null ? null : iso(resDue),
        targetMinutes: policy.resolutionMinutes,
        breached: breached("resolution"),
      },
    ];
  }

  return { policyOf, readPolicy, forgetPolicies, replan, planNew, handlers, clocks };
}

export type SlaEngine = ReturnType<typeof createSlaEngine>;
