import { randomUUID } from "node:crypto";
import { OPEN_STATUSES } from "@helpline/contracts/ticket-values";
import type { MessageAuthor, TicketStatus } from "@helpline/contracts/tickets";
import { type Db, schema } from "@helpline/db";
import { type AnyColumn, and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";

const { tickets, messages, users, ticketEvents } = schema;

export type TicketRow = typeof tickets.$inferSelect;
export type NewTicketRow = Omit<typeof tickets.$inferInsert, "number">;
export type NewMessageRow = typeof messages.$inferInsert;

const customerColumns = {
  id: users.id,
  firstName: users.firstName,
  lastName: users.lastName,
  username: users.username,
  languageCode: users.languageCode,
};

const messageColumns = {
  id: messages.id,
  author: messages.author,
  authorName: users.firstName,
  body: messages.body,
  clientId: messages.clientId,
  internal: messages.internal,
  createdAt: messages.createdAt,
};

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The columns `ticketJson` reads. */
const pageColumns = {
  id: tickets.id,
  number: tickets.number,
  topicId: tickets.topicId,
  sectionId: tickets.sectionId,
  subject: tickets.subject,
  status: tickets.status,
  queueId: tickets.queueId,
  priority: tickets.priority,
  createdAt: tickets.createdAt,
  updatedAt: tickets.updatedAt,
  lastActivityAt: tickets.lastActivityAt,
  eta: tickets.eta,
  firstRespondedAt: tickets.firstRespondedAt,
  resolvedAt: tickets.resolvedAt,
  lastAgentMessageAt: tickets.lastAgentMessageAt,
  customerReadAt: tickets.customerReadAt,
  resolutionSummary: tickets.resolutionSummary,
  nextSteps: tickets.nextSteps,
  csatScore: tickets.csatScore,
  reopenCount: tickets.reopenCount,
};
type PageColumns = { [K in keyof typeof pageColumns]: SQL | SQL.Aliased | AnyColumn };

/** A timestamptz as `toIso` writes it (`2026-11-22T07:18:20.123Z`); null stays null. */
function isoText(column: SQL | SQL.Aliased | AnyColumn): SQL<string | null> {
  return sql`replace((${column} at time zone 'UTC')::text, ' ', 'T') || 'Z'`;
}

/** A ticket row as the API's `Ticket` JSON object; the SQL twin of `toTicket`. */
function ticketJson(t: PageColumns): SQL {
  return sql`json_build_object(
    'id', ${t.id}, 'number', ${t.number}, 'topicId', ${t.topicId}, 'sectionId', ${t.sectionId},
    'subject', ${t.subject}, 'status', ${t.status}, 'queue', ${t.queueId}, 'priority', ${t.priority},
    'createdAt', ${isoText(t.createdAt)}, 'updatedAt', ${isoText(t.updatedAt)},
    'lastActivityAt', ${isoText(t.lastActivityAt)}, 'eta', ${isoText(t.eta)},
    'firstRespondedAt', ${isoText(t.firstRespondedAt)}, 'resolvedAt', ${isoText(t.resolvedAt)},
    'unread', coalesce(${t.lastAgentMessageAt} > ${t.customerReadAt}, ${t.lastAgentMessageAt} is not null),
    'resolutionSummary', ${t.resolutionSummary}, 'nextSteps', coalesce(${t.nextSteps}, '[]'::jsonb),
    'csatScore', ${t.csatScore}, 'reopenCount', ${t.reopenCount})`;
}

/** Locks the ticket row for the rest of the transaction, so concurrent writes queue up. */
async function lockTicket(tx: Tx, where: SQL | undefined) {
  const [ticket] = await tx
    .select({ id: tickets.id, status: tickets.status })
    .from(tickets)
    .where(where)
    .for("update");
  return ticket;
}

/**
 * The message this author already stored with this client id: a retried send. The same id with
 * another text is not a retry, and someone else's id is nobody's business.
 */
async function seenClientId(
  tx: Tx,
  ticketId: string,
  clientId: string | null,
  authorId: number,
  body: string,
): Promise<{ id: string } | "conflict" | undefined> {
  if (!clientId) return undefined;
  const [seen] = await tx
    .select({ id: messages.id, authorId: messages.authorId, body: messages.body })
    .from(messages)
    .where(and(eq(messages.ticketId, ticketId), eq(messages.clientId, clientId)));
  if (!seen) return undefined;
  return seen.authorId === authorId && seen.body === body ? { id: seen.id } : "conflict";
}

/** Writes a status change to the timeline, inside the caller's transaction. */
export async function recordStatus(
  tx: Tx,
  ticketId: string,
  from: TicketStatus | null,
  to: TicketStatus,
  actor: "customer" | "agent" | "system",
  actorId: number | null,
) {
  if (from === to) return;
  await tx.insert(ticketEvents).values({
    id: randomUUID(),
    ticketId,
    fromStatus: from,
    toStatus: to,
    actor,
    actorId,
  });
}

export interface PageCursor {
  createdAt: string;
  id: string;
}

export function createTicketsRepo(db: Db) {
  // The customer's list is the hottest query: prepared once, one statement for every filter
  // combination (an empty status list and a null cursor switch their conditions off), and the
  // page comes back as JSON text built by the database (issue #9): the API sends it as it comes,
  // so no row is mapped, no timestamp reformatted and no object serialised per request. On
  // PGlite it also crosses the WebAssembly boundary as one value instead of rows × columns.
  // `ticketJson` must stay equal to `toTicket` (tickets.service.ts); a test compares the two.
  const page = db
    .select({
      ...pageColumns,
      rn: sql<number>`row_number() over (order by ${tickets.createdAt} desc, ${tickets.id} desc)`.as(
        "rn",
      ),
    })
    .from(tickets)
    .where(
      and(
        eq(tickets.customerId, sql.placeholder("customerId")),
        sql`(${sql.placeholder("statuses")} = '' or ${tickets.status}::text = any(string_to_array(${sql.placeholder("statuses")}, ',')))`,
        sql`(${sql.placeholder("afterAt")}::timestamptz is null or (${tickets.createdAt}, ${tickets.id}) < (${sql.placeholder("afterAt")}::timestamptz, ${sql.placeholder("afterId")}::uuid))`,
      ),
    )
    .orderBy(desc(tickets.createdAt), desc(tickets.id))
    .limit(sql.placeholder("fetch"))
    .as("page");
  const pageSize = sql.placeholder("limit");
  const listMineJson = db
    .select({
      items: sql<string>`coalesce(json_agg(${ticketJson(page)} order by ${page.rn}) filter (where ${page.rn} <= ${pageSize}), '[]'::json)::text`,
      /** `createdAt|id` of the page's last ticket when another page follows. */
      next: sql<
        string | null
      >`case when count(*) > ${pageSize} then max(case when ${page.rn} = ${pageSize} then ${isoText(page.createdAt)} || '|' || ${page.id} end) end`,
    })
    .from(page)
    .prepare("helpline_list_my_tickets_json");

  return {
    /**
     * Inserts a ticket and its first message atomically. With an idempotency key, a second
     * insert for the same customer and key does nothing and the first ticket is returned.
     */
    async createWithMessage(
      ticket: NewTicketRow,
      message: Omit<NewMessageRow, "ticketId">,
      /** Runs in the same transaction for a new ticket (SLA bookkeeping, timers). */
      onCreated?: (tx: Tx, row: TicketRow) => Promise<void>,
    ): Promise<{ row: TicketRow; created: boolean }> {
      return db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(tickets)
          .values(ticket)
          .onConflictDoNothing({
            target: [tickets.customerId, tickets.idempotencyKey],
            where: sql`${tickets.idempotencyKey} is not null`,
          })
          .returning();
        if (inserted) {
          // Pipelined on PostgreSQL: sent together on the transaction's connection, run in
          // this order (the message and the timeline need the ticket row, which is in).
          await Promise.all([
            tx.insert(messages).values({ ...message, ticketId: inserted.id }),
            recordStatus(tx, inserted.id, null, inserted.status, "customer", inserted.customerId),
            onCreated?.(tx, inserted),
          ]);
          return { row: inserted, created: true };
        }
        const [existing] = await tx
          .select()
          .from(tickets)
          .where(
            and(
              eq(tickets.customerId, ticket.customerId),
              eq(tickets.idempotencyKey, ticket.idempotencyKey ?? ""),
            ),
          );
        if (!existing) throw new Error("Idempotent insert found neither a new nor an old ticket");
        return { row: existing, created: false };
      });
    },

    async findByIdempotencyKey(customerId: number, key: string): Promise<TicketRow | undefined> {
      const [row] = await db
        .select()
        .from(tickets)
        .where(and(eq(tickets.customerId, customerId), eq(tickets.idempotencyKey, key)));
      return row;
    },

    /** One page of the customer's tickets as the API's JSON (`TicketPage`), ready to send. */
    async listForCustomerJson(
      customerId: number,
      options: { statuses?: TicketStatus[]; after?: PageCursor; limit: number },
    ): Promise<{ items: string; next: string | null }> {
      const [row] = await listMineJson.execute({
        customerId,
        statuses: options.statuses?.join(",") ?? "",
        afterAt: options.after?.createdAt ?? null,
        afterId: options.after?.id ?? null,
        fetch: options.limit + 1,
        limit: options.limit,
      });
      return row ?? { items: "[]", next: null };
    },

    async findForCustomer(id: string, customerId: number): Promise<TicketRow | undefined> {
      const [row] = await db
        .select()
        .from(tickets)
        .where(and(eq(tickets.id, id), eq(tickets.customerId, customerId)));
      return row;
    },

    async messagesOf(ticketId: string, options: { includeInternal: boolean }) {
      const conditions = [eq(messages.ticketId, ticketId)];
      if (!options.includeInternal) conditions.push(eq(messages.internal, false));
      return db
        .select(messageColumns)
        .from(messages)
        .leftJoin(users, eq(users.id, messages.authorId))
        .where(and(...conditions))
        .orderBy(asc(messages.createdAt), asc(messages.id));
    },

    /**
     * Adds a message from the ticket's customer and moves the ticket to the status that
     * follows. Returns null when the ticket is not theirs; `created: false` when the client id
     * was seen before (a retried send).
     */
    async addCustomerMessage(
      ticketId: string,
      customerId: number,
      message: { id: string; body: string; clientId: string | null },
      nextStatus: (current: TicketStatus) => TicketStatus | "refuse",
      /** Runs in the same transaction after the message is stored (SLA re-plan). */
      after?: (tx: Tx) => Promise<void>,
    ) {
      return db.transaction(async (tx) => {
        const ticket = await lockTicket(
          tx,
          and(eq(tickets.id, ticketId), eq(tickets.customerId, customerId)),
        );
        if (!ticket) return null;
        const seen = await seenClientId(tx, ticketId, message.clientId, customerId, message.body);
        if (seen === "conflict") return { duplicate: true as const };
        if (seen) return { created: false as const, messageId: seen.id };
        const status = nextStatus(ticket.status);
        if (status === "refuse") return { refused: true as const, status: ticket.status };
        await tx.insert(messages).values({
          id: message.id,
          ticketId,
          author: "customer" satisfies MessageAuthor,
          authorId: customerId,
          body: message.body,
          clientId: message.clientId,
        });
        const reopening = status === "reopened" && ticket.status !== "reopened";
        await tx
          .update(tickets)
          .set({
            status,
            lastActivityAt: sql`now()`,
            updatedAt: sql`now()`,
            ...(reopening
              ? { reopenCount: sql`${tickets.reopenCount} + 1`, resolvedAt: null }
              : {}),
          })
          .where(eq(tickets.id, ticketId));
        await recordStatus(tx, ticketId, ticket.status, status, "customer", customerId);
        await after?.(tx);
        return { created: true as const, messageId: message.id };
      });
    },

    /** Open tickets of some queues in working order: priority, then longest waiting. */
    async listQueue(queueIds: string[], limit: number) {
      if (queueIds.length === 0) return [];
      return db
        .select({ ticket: tickets, customer: customerColumns })
        .from(tickets)
        .innerJoin(users, eq(users.id, tickets.customerId))
        .where(and(inArray(tickets.queueId, queueIds), inArray(tickets.status, [...OPEN_STATUSES])))
        .orderBy(asc(tickets.priority), asc(tickets.createdAt), asc(tickets.id))
        .limit(limit);
    },

    async findWithCustomer(id: string, queueIds: string[]) {
      if (queueIds.length === 0) return undefined;
      const [row] = await db
        .select({ ticket: tickets, customer: customerColumns })
        .from(tickets)
        .innerJoin(users, eq(users.id, tickets.customerId))
        .where(and(eq(tickets.id, id), inArray(tickets.queueId, queueIds)));
      return row;
    },

    /**
     * Adds an agent's reply or internal note to a ticket in one of their queues. A reply is the
     * first response if none came before, and puts a new or reopened ticket in progress.
     */
    async addAgentMessage(
      ticketId: string,
      queueIds: string[],
      message: {
        id: string;
        authorId: number;
        body: string;
        internal: boolean;
        clientId: string | null;
      },
    ) {
      return db.transaction(async (tx) => {
        const ticket = await lockTicket(
          tx,
          and(eq(tickets.id, ticketId), inArray(tickets.queueId, queueIds)),
        );
        if (!ticket) return null;
        const seen = await seenClientId(
          tx,
          ticketId,
          message.clientId,
          message.authorId,
          message.body,
        );
        if (seen === "conflict") return { duplicate: true as const };
        if (seen) return { created: false as const, messageId: seen.id };
        if (ticket.status === "closed" && !message.internal) {
          return { refused: true as const, status: ticket.status };
        }
        await tx.insert(messages).values({
          id: message.id,
          ticketId,
          author: "agent" satisfies MessageAuthor,
          authorId: message.authorId,
          body: message.body,
          clientId: message.clientId,
          internal: message.internal,
        });
        if (!message.internal) {
          const inProgress = ticket.status === "new" || ticket.status === "reopened";
          await tx
            .update(tickets)
            .set({
              status: inProgress ? "open" : ticket.status,
              firstRespondedAt: sql`coalesce(${tickets.firstRespondedAt}, now())`,
              lastAgentMessageAt: sql`now()`,
              lastActivityAt: sql`now()`,
              updatedAt: sql`now()`,
            })
            .where(eq(tickets.id, ticketId));
          if (inProgress) {
            await recordStatus(tx, ticketId, ticket.status, "open", "agent", message.authorId);
          }
        }
        return { created: true as const, messageId: message.id };
      });
    },

    async eventsOf(ticketId: string) {
      return db
        .select({
          status: ticketEvents.toStatus,
          actor: ticketEvents.actor,
          at: ticketEvents.createdAt,
        })
        .from(ticketEvents)
        .where(eq(ticketEvents.ticketId, ticketId))
        .orderBy(asc(ticketEvents.createdAt), asc(ticketEvents.id));
    },

    async findByNumber(number: number, customerId: number): Promise<TicketRow | undefined> {
      const [row] = await db
        .select()
        .from(tickets)
        .where(and(eq(tickets.number, number), eq(tickets.customerId, customerId)));
      return row;
    },

    /** The customer has seen everything up to now. */
    async markRead(ticketId: string, customerId: number): Promise<void> {
      await db
        .update(tickets)
        .set({ customerReadAt: sql`now()` })
        .where(and(eq(tickets.id, ticketId), eq(tickets.customerId, customerId)));
    },

    /** Stores a 1–5 rating of a resolved or closed ticket (a second rating replaces the first). */
    async rate(ticketId: string, customerId: number, score: number, comment: string | null) {
      const [row] = await db
        .update(tickets)
        .set({ csatScore: score, csatComment: comment, ratedAt: sql`now()`, updatedAt: sql`now()` })
        .where(
          and(
            eq(tickets.id, ticketId),
            eq(tickets.customerId, customerId),
            inArray(tickets.status, ["resolved", "closed"]),
          ),
        )
        .returning();
      return row;
    },

    /**
     * "This did not help": a resolved ticket goes back to the desk with its history, and the
     * customer's reason becomes a message.
     */
    async reopen(
      ticketId: string,
      customerId: number,
      reason: string | null,
      after?: (tx: Tx) => Promise<void>,
    ) {
      return db.transaction(async (tx) => {
        const ticket = await lockTicket(
          tx,
          and(eq(tickets.id, ticketId), eq(tickets.customerId, customerId)),
        );
        if (!ticket) return null;
        if (ticket.status !== "resolved") return { refused: true as const, status: ticket.status };
        if (reason) {
          await tx.insert(messages).values({
            id: randomUUID(),
            ticketId,
            author: "customer",
            authorId: customerId,
            body: reason,
          });
        }
        const [row] = await tx
          .update(tickets)
          .set({
            status: "reopened",
            resolvedAt: null,
            reopenCount: sql`${tickets.reopenCount} + 1`,
            lastActivityAt: sql`now()`,
            updatedAt: sql`now()`,
          })
          .where(eq(tickets.id, ticketId))
          .returning();
        await recordStatus(tx, ticketId, ticket.status, "reopened", "customer", customerId);
        await after?.(tx);
        return { row };
      });
    },

    /** An agent closes the loop: status resolved, with a summary and next steps for the customer. */
    async resolve(
      ticketId: string,
      queueIds: string[],
      agentId: number,
      resolution: { summary: string; nextSteps: string[] },
    ) {
      return db.transaction(async (tx) => {
        const ticket = await lockTicket(
          tx,
          and(eq(tickets.id, ticketId), inArray(tickets.queueId, queueIds)),
        );
        if (!ticket) return null;
        if (ticket.status === "resolved" || ticket.status === "closed") {
          return { refused: true as const, status: ticket.status };
        }
        await tx
          .update(tickets)
          .set({
            status: "resolved",
            resolvedAt: sql`now()`,
            resolutionSummary: resolution.summary,
            nextSteps: resolution.nextSteps,
            lastActivityAt: sql`now()`,
            updatedAt: sql`now()`,
          })
          .where(eq(tickets.id, ticketId));
        await recordStatus(tx, ticketId, ticket.status, "resolved", "agent", agentId);
        return { resolved: true as const };
      });
    },

    async findMessage(id: string) {
      const [row] = await db
        .select(messageColumns)
        .from(messages)
        .leftJoin(users, eq(users.id, messages.authorId))
        .where(eq(messages.id, id));
      return row;
    },
  };
}

export type TicketsRepo = ReturnType<typeof createTicketsRepo>;
