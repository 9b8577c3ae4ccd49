import { randomUUID } from "node:crypto";
import { ROLE_QUEUES } from "@helpline/contracts/desk";
import type { TicketStatus } from "@helpline/contracts/ticket-values";
import { OPEN_STATUSES } from "@helpline/contracts/ticket-values";
import type { StaffRole } from "@helpline/contracts/users";
import { type Db, schema } from "@helpline/db";
import { and, eq, gte, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../jobs/jobs";

const { tickets, ticketEvents, messages, queues, staffRoles, ticketSla, slaEvents, slaPolicies } =
  schema;

export type TicketSlaRow = typeof ticketSla.$inferInsert;

export function createSlaRepo(db: Db) {
  return {
    async queue(queueId: string, tx: DbOrTx = db) {
      const [row] = await tx.select().from(queues).where(eq(queues.id, queueId));
      return row;
    },

    /**
     * What the ETA needs to know about a queue right now: unanswered open tickets, the oldest
     * unanswered one's due time, and who answered first responses in it recently.
     */
    async load(queueId: string, sinceIso: string, nowIso: string, tx: DbOrTx = db) {
      const [ahead] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(tickets)
        .where(
          and(
            eq(tickets.queueId, queueId),
            // As tickets_open_unanswered_eta_idx's predicate: an index-only count.
            schema.ticketIsOpen,
            isNull(tickets.firstRespondedAt),
          ),
        );
      const [overdue] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(ticketSla)
        .innerJoin(tickets, eq(tickets.id, ticketSla.ticketId))
        .where(
          and(
            eq(tickets.queueId, queueId),
            schema.ticketIsOpen,
            isNull(tickets.firstRespondedAt),
            lt(ticketSla.firstResponseDueAt, nowIso),
          ),
        );
      const recent = await tx
        .select({
          agentId: messages.authorId,
          answered: sql<number>`count(distinct ${messages.ticketId})::int`,
        })
        .from(messages)
        .where(
          and(
            // Literal, so the planner matches messages_agent_replies_created_idx's predicate.
            sql`${messages.author} = 'agent' and ${messages.internal} = false`,
            gte(messages.createdAt, sinceIso),
            // One primary-key lookup per recent reply: a join lets the planner hash every ticket
            // of the queue (tens of thousands) to keep a few hundred replies (issue #9).
            sql`(select t.queue_id from ${tickets} t where t.id = ${messages.ticketId}) = ${queueId}`,
          ),
        )
        .groupBy(messages.authorId);
      const [frt] = await tx
        .select({
          minutes: sql<
            number | null
          >`percentile_cont(0.5) within group (order by extract(epoch from (${tickets.firstRespondedAt} - ${tickets.createdAt})) / 60)`,
        })
        .from(tickets)
        .where(
          and(
            eq(tickets.queueId, queueId),
            gte(tickets.firstRespondedAt, sinceIso),
            lte(tickets.firstRespondedAt, nowIso),
          ),
        );
      const roles = (Object.keys(ROLE_QUEUES) as StaffRole[]).filter((role) =>
        (ROLE_QUEUES[role] as readonly string[]).includes(queueId),
      );
      // Supervisors and admins can work any queue, but are not counted as its staff.
      const working = roles.filter((role) => role !== "admin" && role !== "supervisor");
      const [staff] = working.length
        ? await tx
            .select({ count: sql<number>`count(distinct ${staffRoles.userId})::int` })
            .from(staffRoles)
            .where(inArray(staffRoles.role, working))
        : [{ count: 0 }];
      return {
        ahead: ahead?.count ?? 0,
        overdue: overdue?.count ?? 0,
        recentAgents: recent.length,
        recentAnswered: recent.reduce((sum, row) => sum + row.answered, 0),
        recentFrtMinutes:
          frt?.minutes === null || frt?.minutes === undefined ? null : Number(frt.minutes),
        staff: staff?.count ?? 0,
      };
    },

    async insertTicketSla(tx: DbOrTx, row: TicketSlaRow) {
      await tx.insert(ticketSla).values(row).onConflictDoNothing();
    },

    eventsOf: (ticketId: string) =>
      db.select().from(slaEvents).where(eq(slaEvents.ticketId, ticketId)),

    /** The SLA row of a ticket, only for its own customer. */
    async forCustomer(ticketId: string, customerId: number) {
      const [row] = await db
        .select({
          eta: ticketSla.predictedFirstResponseAt,
          dueAt: ticketSla.firstResponseDueAt,
          queueBreaching: ticketSla.queueBreaching,
          firstRespondedAt: tickets.firstRespondedAt,
        })
        .from(ticketSla)
        .innerJoin(tickets, eq(tickets.id, ticketSla.ticketId))
        .where(and(eq(ticketSla.ticketId, ticketId), eq(tickets.customerId, customerId)));
      return row;
    },

    /** A ticket and its SLA row, the ticket locked: every re-plan and timer goes through here. */
    async lockState(tx: DbOrTx, ticketId: string) {
      const [row] = await tx
        .select({ ticket: tickets, sla: ticketSla })
        .from(tickets)
        .leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
        .where(eq(tickets.id, ticketId))
        .for("update", { of: tickets });
      return row;
    },

    /** Open tickets with no SLA bookkeeping yet (seeded or older than it). */
    async untracked(limit: number): Promise<string[]> {
      const rows = await db
        .select({ id: tickets.id })
        .from(tickets)
        .leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
        .where(and(isNull(ticketSla.ticketId), inArray(tickets.status, [...OPEN_STATUSES])))
        .limit(limit);
      return rows.map((row) => row.id);
    },

    /** The same, without a lock: for reading the clocks. */
    async readState(tx: DbOrTx, ticketId: string) {
      const [row] = await tx
        .select({ ticket: tickets, sla: ticketSla })
        .from(tickets)
        .leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
        .where(eq(tickets.id, ticketId));
      return row;
    },

    async storedPolicy(queueId: string, tx: DbOrTx = db) {
      const [row] = await tx.select().from(slaPolicies).where(eq(slaPolicies.queueId, queueId));
      return row;
    },

    storedPolicies: () => db.select().from(slaPolicies),

    async queueIds(): Promise<string[]> {
      const rows = await db.select({ id: queues.id }).from(queues);
      return rows.map((row) => row.id);
    },

    async savePolicy(tx: DbOrTx, row: typeof slaPolicies.$inferInsert) {
      const { queueId, ...rest } = row;
      const [saved] = await tx
        .insert(slaPolicies)
        .values(row)
        .onConflictDoUpdate({ target: slaPolicies.queueId, set: rest })
        .returning();
      return saved;
    },

    async updateSla(tx: DbOrTx, ticketId: string, set: Partial<TicketSlaRow>) {
      await tx.update(ticketSla).set(set).where(eq(ticketSla.ticketId, ticketId));
    },

    async updateTicket(tx: DbOrTx, ticketId: string, set: Partial<typeof tickets.$inferInsert>) {
      await tx.update(tickets).set(set).where(eq(tickets.id, ticketId));
    },

    /**
     * Records a due-soon warning or a breach once per ticket, target and cycle.
     *
     * @returns whether it was new
     */
    async markEvent(
      tx: DbOrTx,
      event: {
        ticketId: string;
        kind: "due_soon" | "breached" | "escalated";
        target: string;
        dueAt: string;
        cycle: number;
        at: string;
      },
    ): Promise<boolean> {
      const inserted = await tx
        .insert(slaEvents)
        .values({
          id: randomUUID(),
          ticketId: event.ticketId,
          kind: event.kind,
          target: event.target,
          dueAt: event.dueAt,
          cycle: event.cycle,
          createdAt: event.at,
        })
        .onConflictDoNothing()
        .returning({ id: slaEvents.id });
      if (inserted.length === 0) return false;
      if (event.kind !== "escalated") {
        await tx
          .update(ticketSla)
          .set(event.kind === "due_soon" ? { dueSoonAt: event.at } : { breachedAt: event.at })
          .where(eq(ticketSla.ticketId, event.ticketId));
      }
      return true;
    },

    /** Closes a ticket on the desk's behalf (auto-close), with its status event. */
    async closeBySystem(tx: DbOrTx, ticketId: string, from: TicketStatus, at: string) {
      await tx
        .update(tickets)
        .set({ status: "closed", updatedAt: at, lastActivityAt: at })
        .where(eq(tickets.id, ticketId));
      await tx.insert(ticketEvents).values({
        id: randomUUID(),
        ticketId,
        fromStatus: from,
        toStatus: "closed",
        actor: "system",
        actorId: null,
        createdAt: at,
      });
    },

    /** Active staff with their roles (deactivated members are left out). */
    async ticketSla(ticketId: string) {
      const [row] = await db.select().from(ticketSla).where(eq(ticketSla.ticketId, ticketId));
      return row;
    },
  };
}

export type SlaRepo = ReturnType<typeof createSlaRepo>;
