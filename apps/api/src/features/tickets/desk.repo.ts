import type { DeskView } from "@helpline/contracts/desk";
import type { QueueId } from "@helpline/contracts/ticket-values";
import { type Db, schema } from "@helpline/db";
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

const { tickets, users, messages, queues, ticketEvents, topics, ticketSla } = schema;

export const assignees = alias(users, "assignee");

export const customerColumns = {
  id: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  username: users.username,
  languageCode: users.languageCode,
  language: users.language,
  timeZone: users.timeZone,
  tags: users.tags,
};

export const assigneeColumns = {
  id: assignees.id,
  firstName: assignees.firstName,
  lastName: assignees.lastName,
};

/** Where a ticket sits in the console's working order; the queue cursor encodes it. */
export interface RankCursor {
  rank: number;
  createdAt: string;
  topicId: string;
  id: string;
}

/**
 * Open tickets as the partial indexes' own predicate: with bound parameters the planner cannot
 * prove a `tickets_open_*_idx` applies and counts every open ticket from the heap (issue #4).
 */
const isOpen = schema.ticketIsOpen;

/**
 * Due soon or breached: a running SLA clock (first response, next response or resolution, from
 * `ticket_sla.next_due_at`) is due before the queue's cut-off — now plus 20 % of its
 * first-response target or 5 minutes, whichever is longer (`dueCutoffs`) — or already past it.
 * A ticket without SLA bookkeeping (seeded before it existed) falls back to its unanswered `eta`.
 */
const dueSoonOrBreached = (cutoffs: Record<string, string>, visible: QueueId[]) =>
  or(
    ...visible.map((queue) => {
      const cutoff = cutoffs[queue] ?? "epoch";
      return and(
        eq(tickets.queueId, queue),
        sql`(exists (select 1 from ${ticketSla} where ${ticketSla.ticketId} = ${tickets.id} and ${ticketSla.nextDueAt} <= ${cutoff}) or (not exists (select 1 from ${ticketSla} where ${ticketSla.ticketId} = ${tickets.id}) and ${tickets.firstRespondedAt} is null and ${tickets.eta} <= ${cutoff}))`,
      );
    }),
  );

/** The queue's cut-off as SQL: `case queue_id when 'l1' then … end`. */
const cutoffOf = (cutoffs: Record<string, string>, visible: QueueId[]) =>
  sql`(case ${tickets.queueId} ${sql.join(
    visible.map((queue) => sql`when ${queue} then ${cutoffs[queue] ?? "epoch"}::timestamptz`),
    sql` `,
  )} end)`;

/**
 * How many open tickets are due soon or breached (the same tickets as `dueSoonOrBreached`),
 * counted from the clocks that are due (`ticket_sla_next_due_idx`) rather than by looking up
 * every open ticket's clock: on PostgreSQL the per-ticket form took 300 ms with 10,000 open
 * tickets (issue #4).
 */
async function countDue(db: Db, cutoffs: Record<string, string>, visible: QueueId[]) {
  const latest = visible
    .map((queue) => cutoffs[queue] ?? "epoch")
    .reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  const [clocks, untracked] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(ticketSla)
      .innerJoin(tickets, eq(tickets.id, ticketSla.ticketId))
      .where(
        and(
          sql`${ticketSla.nextDueAt} <= ${latest}::timestamptz`,
          isOpen,
          inArray(tickets.queueId, visible),
          sql`${ticketSla.nextDueAt} <= ${cutoffOf(cutoffs, visible)}`,
        ),
      ),
    // Tickets without SLA bookkeeping (older than it): their unanswered ETA stands in.
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(tickets)
      .where(
        and(
          isOpen,
          inArray(tickets.queueId, visible),
          isNull(tickets.firstRespondedAt),
          sql`${tickets.eta} <= ${cutoffOf(cutoffs, visible)}`,
          sql`not exists (select 1 from ${ticketSla} where ${ticketSla.ticketId} = ${tickets.id})`,
        ),
      ),
  ]);
  return (clocks[0]?.n ?? 0) + (untracked[0]?.n ?? 0);
}

/** Per queue, the latest `eta` that counts as due soon at `now`. */
export function dueCutoffs(targets: Map<string, number>, now: number): Record<string, string> {
  const cutoffs: Record<string, string> = {};
  for (const [queue, minutes] of targets) {
    cutoffs[queue] = new Date(now + Math.max(5 * 60_000, minutes * 60_000 * 0.2)).toISOString();
  }
  return cutoffs;
}

function viewCondition(
  view: DeskView | null,
  visible: QueueId[],
  me: number,
  cutoffs: Record<string, string>,
) {
  const inVisible = inArray(tickets.queueId, visible);
  switch (view) {
    case null:
      return inVisible;
    case "mine":
      return and(eq(tickets.assigneeId, me), inVisible);
    case "unassigned":
      return and(isNull(tickets.assigneeId), inVisible);
    case "due_soon_or_breached":
      return dueSoonOrBreached(cutoffs, visible);
    default:
      return eq(tickets.queueId, view);
  }
}

export function createDeskRepo(db: Db) {
  const openCount = (where: SQL | undefined) =>
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(tickets)
      .where(and(isOpen, where))
      .then((rows) => rows[0]?.n ?? 0);
  return {
    /** One page of a view, straight off `tickets_open_rank_idx` / `tickets_open_assignee_idx`. */
    async page(options: {
      view: DeskView | null;
      visible: QueueId[];
      me: number;
      cutoffs: Record<string, string>;
      after?: RankCursor;
      limit: number;
    }) {
      if (options.visible.length === 0) return [];
      const conditions: (SQL | undefined)[] = [
        isOpen,
        viewCondition(options.view, options.visible, options.me, options.cutoffs),
      ];
      if (options.after) {
        const a = options.after;
        conditions.push(
          sql`(${tickets.rank}, ${tickets.createdAt}, ${tickets.topicId}, ${tickets.id}) > (${a.rank}, ${a.createdAt}::timestamptz, ${a.topicId}, ${a.id}::uuid)`,
        );
      }
      return db
        .select({ ticket: tickets, customer: customerColumns, assignee: assigneeColumns })
        .from(tickets)
        .innerJoin(users, eq(users.id, tickets.customerId))
        .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
        .where(and(...conditions))
        .orderBy(asc(tickets.rank), asc(tickets.createdAt), asc(tickets.topicId), asc(tickets.id))
        .limit(options.limit);
    },

    /**
     * Open tickets per view for everyone who sees these queues (all but "mine"). Each count is its
     * own index range (per queue, unassigned, unanswered by eta), not a pass over every open ticket.
     */
    async sharedCounts(
      visible: QueueId[],
      cutoffs: Record<string, string>,
    ): Promise<Record<string, number>> {
      if (visible.length === 0) return {};
      const [perQueue, unassigned, due] = await Promise.all([
        db
          .select({ queue: tickets.queueId, n: sql<number>`count(*)`.mapWith(Number) })
          .from(tickets)
          .where(and(isOpen, inArray(tickets.queueId, visible)))
          .groupBy(tickets.queueId),
        openCount(and(isNull(tickets.assigneeId), inArray(tickets.queueId, visible))),
        countDue(db, cutoffs, visible),
      ]);
      const counts: Record<string, number> = {};
      for (const queue of visible) {
        counts[queue] = perQueue.find((row) => row.queue === queue)?.n ?? 0;
      }
      counts.unassigned = unassigned;
      counts.due_soon_or_breached = due;
      return counts;
    },

    /** Open tickets assigned to `me` in these queues. */
    async mineCount(visible: QueueId[], me: number): Promise<number> {
      if (visible.length === 0) return 0;
      return openCount(and(eq(tickets.assigneeId, me), inArray(tickets.queueId, visible)));
    },

    async find(id: string) {
      const [row] = await db
        .select({ ticket: tickets, customer: customerColumns, assignee: assigneeColumns })
        .from(tickets)
        .innerJoin(users, eq(users.id, tickets.customerId))
        .leftJoin(assignees, eq(assignees.id, tickets.assigneeId))
        .where(eq(tickets.id, id));
      return row;
    },

    async queueTargets(): Promise<Map<string, number>> {
      const rows = await db
        .select({ id: queues.id, minutes: queues.firstResponseMinutes })
        .from(queues);
      return new Map(rows.map((row) => [row.id, row.minutes]));
    },

    async queueOf(ticketId: string): Promise<QueueId | undefined> {
      const [row] = await db
        .select({ queue: tickets.queueId })
        .from(tickets)
        .where(eq(tickets.id, ticketId));
      return row?.queue as QueueId | undefined;
    },

    async topicName(topicId: string) {
      const [row] = await db
        .select({ name: topics.name })
        .from(topics)
        .where(eq(topics.id, topicId));
      return row?.name;
    },

    /** The ticket's messages and those of duplicates merged into it, oldest first. */
    async thread(ticketIds: string[], executor: Pick<Db, "select"> = db) {
      return executor
        .select({
          id: messages.id,
          ticketId: messages.ticketId,
          author: messages.author,
          authorId: messages.authorId,
          authorName: users.firstName,
          body: messages.body,
          clientId: messages.clientId,
          internal: messages.internal,
          createdAt: messages.createdAt,
        })
        .from(messages)
        .leftJoin(users, eq(users.id, messages.authorId))
        .where(inArray(messages.ticketId, ticketIds))
        .orderBy(asc(messages.createdAt), asc(messages.id));
    },

    async mergedInto(targetId: string) {
      return db
        .select({ id: tickets.id, number: tickets.number })
        .from(tickets)
        .where(eq(tickets.mergedIntoId, targetId))
        .orderBy(asc(tickets.number));
    },

    async events(ticketId: string) {
      return db
        .select()
        .from(ticketEvents)
        .where(eq(ticketEvents.ticketId, ticketId))
        .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id));
    },

    /** The customer's other tickets, newest first, for the customer card. */
    async history(customerId: number, exceptId: string) {
      return db
        .select({
          id: tickets.id,
          number: tickets.number,
          subject: tickets.subject,
          status: tickets.status,
          csatScore: tickets.csatScore,
          ratedAt: tickets.ratedAt,
          createdAt: tickets.createdAt,
        })
        .from(tickets)
        .where(and(eq(tickets.customerId, customerId), ne(tickets.id, exceptId)))
        .orderBy(desc(tickets.createdAt))
        .limit(20);
    },

    async csatHistory(customerId: number) {
      return db
        .select({ number: tickets.number, score: tickets.csatScore, at: tickets.ratedAt })
        .from(tickets)
        .where(
          and(
            eq(tickets.customerId, customerId),
            isNotNull(tickets.csatScore),
            isNotNull(tickets.ratedAt),
          ),
        )
        .orderBy(desc(tickets.ratedAt))
        .limit(20);
    },
  };
}

export type DeskRepo = ReturnType<typeof createDeskRepo>;
