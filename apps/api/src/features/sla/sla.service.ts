import type { TicketSla } from "@helpline/contracts/sla";
import { toIso } from "@helpline/db";
import { notFound } from "../../lib/errors";
import type { Logger } from "../../lib/logger";
import { type DbOrTx, enqueue, type JobHandler } from "../jobs/jobs";
import { UUID } from "../tickets/tickets.service";
import { addBusinessMinutes } from "./clock";
import { policyFor } from "./policies";
import type { SlaRepo } from "./sla.repo";

export const SLA_JOB = {
  dueSoon: "sla.first_response.due_soon",
  breach: "sla.first_response.breach",
} as const;

/** Minutes one agent needs per first response when the queue has no recent history. */
const DEFAULT_HANDLING_MINUTES = 4;
/** How far back "recent" replies reach for the handling rate and the active agents. */
const RECENT_MINUTES = 60;

export interface FirstResponsePlan {
  queueId: string;
  createdAt: number;
  dueAt: number;
  dueSoonAt: number;
  eta: number;
  queueBreaching: boolean;
  ahead: number;
  activeAgents: number;
}

/**
 * The first-response ETA: the time a free agent takes to answer (the median first response of
 * the last hour), plus the wait for an agent when more tickets are ahead than agents are working,
 * at the queue's recent pace. Capped at the SLA due time, because the desk promised that; only a
 * queue that is already past due on some ticket gets an honest later ETA, flagged so the app can
 * say so.
 */
export function estimateEta(input: {
  now: number;
  dueAt: number;
  ahead: number;
  overdue: number;
  recentAgents: number;
  recentAnswered: number;
  /** Median minutes from creation to first response of the tickets answered in the last hour. */
  recentFrtMinutes?: number | null;
  staff: number;
}): { eta: number; queueBreaching: boolean; activeAgents: number } {
  const activeAgents = Math.max(input.recentAgents, input.staff > 0 ? 1 : 0);
  const service = input.recentFrtMinutes ?? DEFAULT_HANDLING_MINUTES;
  const perMinute =
    input.recentAnswered > 0
      ? input.recentAnswered / RECENT_MINUTES
      : activeAgents / DEFAULT_HANDLING_MINUTES;
  const waiting = Math.max(0, input.ahead + 1 - activeAgents);
  const waitMinutes = service + waiting / Math.max(perMinute, 1e-6);
  // Nobody works this queue yet: the target is the only promise there is to make.
  const raw = activeAgents === 0 ? input.dueAt : input.now + waitMinutes * 60_000;
  const queueBreaching = input.overdue > 0;
  return {
    eta: Math.round(queueBreaching ? Math.max(raw, input.dueAt) : Math.min(raw, input.dueAt)),
    queueBreaching,
    activeAgents,
  };
}

export function createSlaService(deps: { repo: SlaRepo; logger: Logger; now?: () => number }) {
  const now = deps.now ?? Date.now;
  return {
    /** Works out the due times and the ETA for a ticket about to be created in `queueId`. */
    async plan(queueId: string, createdAt: number): Promise<FirstResponsePlan> {
      const queue = await deps.repo.queue(queueId);
      const policy = policyFor(queueId, queue ?? {});
      const dueAt = addBusinessMinutes(createdAt, policy.firstResponseMinutes, policy.calendar);
      const dueSoonAt = addBusinessMinutes(
        createdAt,
        policy.firstResponseMinutes * policy.dueSoonRatio,
        policy.calendar,
      );
      const load = await deps.repo.load(
        queueId,
        new Date(createdAt - RECENT_MINUTES * 60_000).toISOString(),
        new Date(createdAt).toISOString(),
      );
      const estimate = estimateEta({ now: createdAt, dueAt, ...load });
      return { queueId, createdAt, dueAt, dueSoonAt, ahead: load.ahead, ...estimate };
    },

    /** Stores the plan and schedules its timers, in the ticket's own transaction. */
    async commit(tx: DbOrTx, ticketId: string, plan: FirstResponsePlan): Promise<void> {
      await deps.repo.insertTicketSla(tx, {
        ticketId,
        queueId: plan.queueId,
        firstResponseDueAt: new Date(plan.dueAt).toISOString(),
        predictedFirstResponseAt: new Date(plan.eta).toISOString(),
        queueBreaching: plan.queueBreaching,
        aheadCount: plan.ahead,
        activeAgents: plan.activeAgents,
        createdAt: new Date(plan.createdAt).toISOString(),
      });
      const payload = { ticketId };
      await enqueue(tx, {
        kind: SLA_JOB.dueSoon,
        payload,
        runAt: plan.dueSoonAt,
        idempotencyKey: `${SLA_JOB.dueSoon}:${ticketId}`,
      });
      await enqueue(tx, {
        kind: SLA_JOB.breach,
        payload,
        runAt: plan.dueAt,
        idempotencyKey: `${SLA_JOB.breach}:${ticketId}`,
      });
    },

    /** The first-response promise of a ticket, for its customer; 404 for anyone else. */
    async forCustomer(ticketId: string, customerId: number): Promise<TicketSla> {
      if (!UUID.test(ticketId)) throw notFound("Ticket");
      const row = await deps.repo.forCustomer(ticketId, customerId);
      if (!row) throw notFound("Ticket");
      const dueAt = Date.parse(toIso(row.dueAt));
      const answered = row.firstRespondedAt ? Date.parse(toIso(row.firstRespondedAt)) : null;
      const state: TicketSla["state"] =
        answered === null
          ? now() > dueAt
            ? "late"
            : "waiting"
          : answered <= dueAt
            ? "answered_in_time"
            : "answered_late";
      return {
        eta: toIso(row.eta),
        dueAt: toIso(row.dueAt),
        queueBreaching: row.queueBreaching,
        firstRespondedAt: toIso(row.firstRespondedAt),
        state,
      };
    },

    /** Job handlers: mark the ticket and log an SLA event, unless it was answered in time. */
    handlers(): Record<string, JobHandler> {
      const timer =
        (kind: "due_soon" | "breached"): JobHandler =>
        async (job, tx) => {
          const ticketId = String(job.payload.ticketId);
          const ticket = await deps.repo.lockForTimer(tx, ticketId);
          if (!ticket) return;
          // Answered by the time this timer was due: nothing to mark. An answer that came after
          // the due time but before a late-running job still counts as a breach.
          const answeredAt = ticket.firstRespondedAt
            ? Date.parse(toIso(ticket.firstRespondedAt))
            : null;
          if (answeredAt !== null && answeredAt <= Date.parse(toIso(job.runAt))) return;
          if (ticket.status === "resolved" || ticket.status === "closed") return;
          const marked = await deps.repo.mark(
            tx,
            ticketId,
            kind,
            "first_response",
            ticket.dueAt,
            new Date(now()).toISOString(),
          );
          if (marked && kind === "breached") {
            deps.logger.warn("First response breached", { ticketId });
          }
        };
      return { [SLA_JOB.dueSoon]: timer("due_soon"), [SLA_JOB.breach]: timer("breached") };
    },
  };
}

export type SlaService = ReturnType<typeof createSlaService>;
