import type {
  SlaPolicyInput,
  SlaPolicyView,
  TicketClocks,
  TicketSla,
} from "@helpline/contracts/sla";
import { type Db, toIso } from "@helpline/db";
import { notFound } from "../../lib/errors";
import type { LiveBuses } from "../../lib/live-updates";
import type { Logger } from "../../lib/logger";
import { writeAudit } from "../console/audit";
import type { DbOrTx, JobHandler } from "../jobs/jobs";
import type { TicketRow } from "../tickets/tickets.repo";
import { UUID } from "../tickets/tickets.service";
import { addBusinessMinutes } from "./clock";
import { estimateEta, RECENT_MINUTES } from "./eta";
import type { QueuePolicy } from "./policies";
import type { SlaRepo } from "./sla.repo";
import { createSlaEngine, type ReplanCause, timerKind } from "./sla-engine";

export { estimateEta } from "./eta";

export const SLA_JOB = {
  dueSoon: timerKind("first_response", "due_soon"),
  breach: timerKind("first_response", "breach"),
} as const;

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

function toView(queueId: string, policy: QueuePolicy, stored: { updatedAt: string } | null) {
  const calendar = policy.calendar === "24/7" ? null : policy.calendar;
  return {
    queueId,
    custom: stored !== null,
    updatedAt: stored ? (toIso(stored.updatedAt) as string) : null,
    firstResponseMinutes: policy.firstResponseMinutes,
    nextResponseMinutes: policy.nextResponseMinutes,
    resolutionMinutes: policy.resolutionMinutes,
    dueSoonRatio: policy.dueSoonRatio,
    pauseStatuses: [...policy.pauseStatuses] as SlaPolicyView["pauseStatuses"],
    calendar: calendar
      ? {
          timeZone: calendar.timeZone,
          week: calendar.week.map((day) => day.map(([start, end]) => [start, end])),
          holidays: [...(calendar.holidays ?? [])],
        }
      : null,
    ...policy.automation,
  } as SlaPolicyView;
}

export function createSlaService(deps: {
  repo: SlaRepo;
  logger: Logger;
  now?: () => number;
  /** For policy writes (one transaction with their audit line); tests may leave it out. */
  db?: Db;
  /**
   * How long a new ticket's ETA may reuse its queue's load figures (tickets ahead, recent pace),
   * counting the tickets this process added since on top (ADR 017). 0, the default, reads them
   * for every ticket; the server uses 1 s, so a burst of new tickets does not pay five queries
   * each.
   */
  loadTtlMs?: number;
  /** The live streams: what a job changes (an escalation, an auto-close) reaches them too. */
  live?: LiveBuses;
}) {
  const now = deps.now ?? Date.now;
  const engine = createSlaEngine({ repo: deps.repo, logger: deps.logger, now, live: deps.live });
  const loadTtl = deps.loadTtlMs ?? 0;
  type Load = Awaited<ReturnType<SlaRepo["load"]>>;
  const loads = new Map<string, { at: number; load: Promise<Load>; added: number }>();
  /** The queue's load for a ticket created at `createdAt`, from the cache when fresh enough. */
  async function loadFor(queueId: string, createdAt: number, tx?: DbOrTx): Promise<Load> {
    const fresh = (entry: { at: number } | undefined) =>
      entry !== undefined && Math.abs(createdAt - entry.at) < loadTtl;
    let entry = loads.get(queueId);
    if (!fresh(entry)) {
      const load = deps.repo.load(
        queueId,
        new Date(createdAt - RECENT_MINUTES * 60_000).toISOString(),
        new Date(createdAt).toISOString(),
        tx,
      );
      if (loadTtl <= 0) return load;
      entry = { at: createdAt, load, added: 0 };
      const stored = entry;
      loads.set(queueId, stored);
      load.catch(() => {
        if (loads.get(queueId) === stored) loads.delete(queueId);
      });
    }
    const current = entry as { load: Promise<Load>; added: number };
    const load = await current.load;
    // Tickets this process created since the figures were read are ahead of this one too.
    return { ...load, ahead: load.ahead + current.added };
  }
  return {
    /** Works out the due times and the ETA for a ticket about to be created in `queueId`. */
    async plan(queueId: string, createdAt: number, tx?: DbOrTx): Promise<FirstResponsePlan> {
      const policy = await engine.policyOf(tx, queueId);
      const dueAt = addBusinessMinutes(createdAt, policy.firstResponseMinutes, policy.calendar);
      const dueSoonAt = addBusinessMinutes(
        createdAt,
        policy.firstResponseMinutes * policy.dueSoonRatio,
        policy.calendar,
      );
      const load = await loadFor(queueId, createdAt, tx);
      const estimate = estimateEta({ now: createdAt, dueAt, ...load });
      return { queueId, createdAt, dueAt, dueSoonAt, ahead: load.ahead, ...estimate };
    },

    /** Stores the plan and schedules the ticket's clocks and triggers, in its own transaction. */
    async commit(tx: DbOrTx, ticket: TicketRow, plan: FirstResponsePlan): Promise<void> {
      const cached = loads.get(plan.queueId);
      if (cached) cached.added += 1;
      // The bookkeeping row as the insert would store it (the columns' defaults), planned and
      // written once.
      await engine.planNew(tx, ticket, {
        ticketId: ticket.id,
        queueId: plan.queueId,
        firstResponseDueAt: new Date(plan.dueAt).toISOString(),
        predictedFirstResponseAt: new Date(plan.eta).toISOString(),
        queueBreaching: plan.queueBreaching,
        aheadCount: plan.ahead,
        activeAgents: plan.activeAgents,
        dueSoonAt: null,
        breachedAt: null,
        createdAt: new Date(plan.createdAt).toISOString(),
        status: null,
        statusSince: null,
        nextResponseSince: null,
        nextResponseDueAt: null,
        resolutionUsedMinutes: 0,
        resolutionSince: null,
        resolutionDueAt: null,
        resolutionCycle: 0,
        nextDueAt: null,
      });
    },

    /**
     * Re-plans a ticket's clocks and triggers after any change (status, queue, reply, customer
     * message), inside the change's transaction.
     */
    replan: (tx: DbOrTx, ticketId: string, cause?: ReplanCause) =>
      engine.replan(tx, ticketId, cause),

    /**
     * Plans the clocks of open tickets that have none (seeded, or older than the bookkeeping), one
     * transaction each, so they breach and remind like any other.
     *
     * @returns how many were adopted
     */
    async adoptUntracked(limit = 10_000): Promise<number> {
      const db = deps.db;
      if (!db) return 0;
      const ids = await deps.repo.untracked(limit);
      for (const id of ids) await db.transaction((tx) => engine.replan(tx, id, { adopted: true }));
      return ids.length;
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

    /** The three clocks of a ticket, for staff who may see it (the caller checks the queue). */
    async clocks(ticketId: string, queues: readonly string[]): Promise<TicketClocks> {
      if (!UUID.test(ticketId) || !deps.db) throw notFound("Ticket");
      const db = deps.db;
      const items = await engine.clocks(db, ticketId, queues);
      if (!items) throw notFound("Ticket");
      return { items };
    },

    /** Every queue's policy: the stored one, or the defaults. */
    async policies(): Promise<{ items: SlaPolicyView[] }> {
      const stored = new Map((await deps.repo.storedPolicies()).map((row) => [row.queueId, row]));
      const items: SlaPolicyView[] = [];
      for (const queueId of await deps.repo.queueIds()) {
        items.push(
          toView(queueId, await engine.readPolicy(undefined, queueId), stored.get(queueId) ?? null),
        );
      }
      return { items };
    },

    /** Saves a queue's policy with an audit line; it applies from each ticket's next re-plan. */
    async savePolicy(
      queueId: string,
      input: SlaPolicyInput,
      actorId: number,
    ): Promise<SlaPolicyView> {
      const db = deps.db;
      if (!db || !(await deps.repo.queueIds()).includes(queueId)) throw notFound("Queue");
      const view = await db.transaction(async (tx) => {
        const before = toView(queueId, await engine.readPolicy(tx, queueId), null);
        const saved = await deps.repo.savePolicy(tx, {
          queueId,
          ...input,
          pauseStatuses: [...input.pauseStatuses],
          calendar: input.calendar,
          updatedBy: actorId,
          updatedAt: new Date(now()).toISOString(),
        });
        const after = toView(queueId, await engine.readPolicy(tx, queueId), saved ?? null);
        const { updatedAt: _b, custom: _c, ...beforeFields } = before;
        const { updatedAt: _a, custom: _d, ...afterFields } = after;
        await writeAudit(tx, {
          actorId,
          action: "sla_policy.update",
          targetType: "sla_policy",
          targetId: queueId,
          before: beforeFields,
          after: afterFields,
        });
        return after;
      });
      engine.forgetPolicies();
      return view;
    },

    /** Job handlers: SLA timers (due soon, breach, escalation) and automation triggers. */
    handlers(): Record<string, JobHandler> {
      return engine.handlers();
    },
  };
}

export type SlaService = ReturnType<typeof createSlaService>;
