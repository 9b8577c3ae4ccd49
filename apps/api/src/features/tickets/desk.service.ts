import { randomUUID } from "node:crypto";
import {
  type AgentReplyInput,
  type AssigneeList,
  type ChangePriorityInput,
  type ClarifyTicketInput,
  type CloseTicketInput,
  type CustomerCard,
  type CustomerTags,
  type DeskMessage,
  type DeskQueue,
  type DeskTicket,
  type DeskTicketDetail,
  type DeskView,
  type DueState,
  type EscalateTicketInput,
  type MergeTicketInput,
  type PresenceInput,
  type PresenceList,
  type ResolveTicketInput,
  STATUS_TRANSITIONS,
  SUPERVISOR_ROLES,
} from "@helpline/contracts/desk";
import { isLocale, type Locale, resolveLocale } from "@helpline/contracts/locales";
import type { MacroActions, MacroPreview } from "@helpline/contracts/macros";
import { OPEN_STATUSES, type QueueId, type TicketStatus } from "@helpline/contracts/ticket-values";
import type { Attachment } from "@helpline/contracts/tickets";
import { type Db, schema, toIso } from "@helpline/db";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { StaffInfo } from "../../app-env";
import { AppError, notFound } from "../../lib/errors";
import { publishTicketChange } from "../../lib/live-updates";
import type { PresenceStore } from "../../lib/presence";
import type { QueueBus } from "../../lib/queue-bus";
import type { TicketBus } from "../../lib/ticket-bus";
import type { AttachmentStore } from "../attachments/attachment-store";
import { type AuditInput, writeAudit } from "../console/audit";
import type { BannedWordsService } from "../console/banned-words";
import { formatEta, localTime, renderMacro } from "../console/macro-render";
import { displayName, staffAccess, staffOfQueue } from "../console/staff";
import { notifyAgentReply, notifyDeskChange } from "../notifications/producers";
import type { RoutingService } from "../routing/routing.service";
import type { SlaService } from "../sla/sla.service";
import { customerColumns, type DeskRepo, dueCutoffs, type RankCursor } from "./desk.repo";
import type { SharedReads } from "./shared-reads";
import { recordStatus, type TicketRow, type Tx } from "./tickets.repo";
import { attachmentsByMessage, toMessage, toTicket, UUID } from "./tickets.service";

const { tickets, messages, users, macros } = schema;

type CustomerRow = {
  id: number;
  firstName: string;
  lastName: string | null;
  username: string | null;
  languageCode: string | null;
  language: string | null;
  timeZone: string | null;
  tags: string[];
};
type AssigneeRow = { id: number; firstName: string; lastName: string | null } | null;

const customerLocale = (customer: Pick<CustomerRow, "language" | "languageCode">): Locale =>
  isLocale(customer.language) ? customer.language : resolveLocale(customer.languageCode);

const OPEN = new Set<string>(OPEN_STATUSES);

export function dueState(ticket: TicketRow, targetMinutes: number, now: number): DueState | null {
  if (!OPEN.has(ticket.status) || ticket.firstRespondedAt) return null;
  const left = Date.parse(ticket.eta) - now;
  if (left < 0) return "breached";
  return left <= Math.max(5 * 60_000, targetMinutes * 60_000 * 0.2) ? "due_soon" : "ok";
}

function toDeskTicket(
  row: { ticket: TicketRow; customer: CustomerRow; assignee: AssigneeRow },
  targets: Map<string, number>,
  now: number,
): DeskTicket {
  const { customer, ticket, assignee } = row;
  return {
    ...toTicket(ticket),
    customer: {
      id: customer.id,
      name: [customer.firstName, customer.lastName].filter(Boolean).join(" "),
      username: customer.username,
      languageCode: customer.languageCode,
    },
    assignee: assignee?.id
      ? { id: assignee.id, name: displayName(assignee.firstName, assignee.lastName, assignee.id) }
      : null,
    tags: ticket.tags,
    vip: ticket.vip,
    escalationReason: ticket.escalationReason,
    mergedIntoId: ticket.mergedIntoId,
    dueState: dueState(ticket, targets.get(ticket.queueId) ?? 15, now),
  };
}

type ThreadRow = Awaited<ReturnType<DeskRepo["thread"]>>[number];
const toDeskMessage = (row: ThreadRow, files: Attachment[] = []): DeskMessage => ({
  ...toMessage(row, files),
  internal: row.internal,
});

const encodeRank = (ticket: TicketRow) =>
  Buffer.from(JSON.stringify([ticket.rank, ticket.createdAt, ticket.topicId, ticket.id])).toString(
    "base64url",
  );

function decodeRank(cursor: string): RankCursor {
  try {
    const [rank, createdAt, topicId, id] = JSON.parse(Buffer.from(cursor, "base64url").toString());
    if (
      Number.isInteger(rank) &&
      typeof createdAt === "string" &&
      !Number.isNaN(Date.parse(createdAt)) &&
      typeof topicId === "string" &&
      typeof id === "string" &&
      UUID.test(id)
    ) {
      return { rank, createdAt, topicId, id };
    }
  } catch {
    // falls through to the validation error
  }
  throw new AppError("validation_failed", "The request has invalid fields", {
    fields: { cursor: ["Invalid cursor"] },
    form: [],
  });
}

const conflict = (message: string, details?: unknown) => new AppError("conflict", message, details);

function assertTransition(from: TicketStatus, to: TicketStatus) {
  if (from === to) return;
  if (!STATUS_TRANSITIONS[from].includes(to)) {
    throw conflict(`A ${from} ticket cannot become ${to}`, { status: from, to });
  }
}

const isSupervisor = (staff: StaffInfo) =>
  staff.roles.some((role) => (SUPERVISOR_ROLES as readonly string[]).includes(role));

const auditView = (ticket: TicketRow) => ({
  status: ticket.status,
  queue: ticket.queueId,
  priority: ticket.priority,
  assigneeId: ticket.assigneeId,
  tags: ticket.tags,
  escalationReason: ticket.escalationReason,
  mergedIntoId: ticket.mergedIntoId,
});

export interface DeskServiceDeps {
  db: Db;
  repo: DeskRepo;
  bus: TicketBus;
  queueBus: QueueBus;
  files: AttachmentStore;
  banned: BannedWordsService;
  presence: PresenceStore;
  /** Re-plans SLA clocks and triggers in the transaction of each change. */
  sla?: Pick<SlaService, "replan">;
  /** Re-routes a customer's open tickets when their tags change; without it they stay put. */
  routing?: Pick<RoutingService, "router">;
  now: () => number;
  /** Queue views shared by staff asking at the same moment (embedded database only, ADR 020). */
  sharedReads?: SharedReads;
}

type MessageInput = {
  body: string;
  internal: boolean;
  clientId?: string;
  lastSeenMessageId?: string;
  override?: { reason: string };
};

/** The staff side of tickets: queue views, the ticket workspace and every action on a ticket. */
export function createDeskService(deps: DeskServiceDeps) {
  const { db, repo } = deps;

  /** Locks a ticket the caller may work; outside their queues it does not exist. */
  async function lock(tx: Tx, ticketId: string, staff: StaffInfo): Promise<TicketRow> {
    if (!UUID.test(ticketId)) throw notFound("Ticket");
    const [row] = await tx.select().from(tickets).where(eq(tickets.id, ticketId)).for("update");
    if (!row || !staff.queues.includes(row.queueId as QueueId)) throw notFound("Ticket");
    return row;
  }

  function announce(
    ticketId: string,
    queues: string[],
    customerSees: boolean,
    type: "message" | "status" = "status",
  ) {
    publishTicketChange(deps, { ticketId, queues, customer: customerSees ? type : undefined });
  }

  /**
   * One staff action on one ticket: lock it, change it, record the status event and the audit
   * entry, all in one transaction; then tell the streams.
   */
  async function act(
    ticketId: string,
    staff: StaffInfo,
    change: (
      tx: Tx,
      ticket: TicketRow,
    ) => Promise<{
      set?: Partial<typeof tickets.$inferInsert>;
      status?: TicketStatus;
      audit?: Omit<AuditInput, "actorId" | "targetType" | "targetId" | "before" | "after"> & {
        extra?: Record<string, unknown>;
      };
      customerSees?: boolean;
      /** The change sent the customer a reply (a macro): the response they were owed is given. */
      agentReply?: boolean;
    } | null>,
  ): Promise<DeskTicketDetail> {
    const queues: string[] = [];
    let customerSees = false;
    await db.transaction(async (tx) => {
      const ticket = await lock(tx, ticketId, staff);
      const result = await change(tx, ticket);
      if (!result) return;
      if (result.status) assertTransition(ticket.status, result.status);
      const set = { ...result.set, ...(result.status ? { status: result.status } : {}) };
      const [after] = await tx
        .update(tickets)
        .set({ ...set, updatedAt: sql`now()`, lastActivityAt: sql`now()` })
        .where(eq(tickets.id, ticketId))
        .returning();
      if (!after) throw notFound("Ticket");
      await notifyDeskChange(tx, ticket, after, staff.userId, randomUUID());
      if (result.status) {
        await recordStatus(tx, ticketId, ticket.status, result.status, "agent", staff.userId);
      }
      if (result.audit) {
        const { extra, ...audit } = result.audit;
        await writeAudit(tx, {
          ...audit,
          actorId: staff.userId,
          targetType: "ticket",
          targetId: ticketId,
          before: auditView(ticket),
          after: { ...auditView(after), ...extra },
        });
      }
      await deps.sla?.replan(tx, ticketId, { agentReply: result.agentReply });
      queues.push(ticket.queueId, after.queueId);
      customerSees = Boolean(result.customerSees || result.status);
    });
    announce(ticketId, queues, customerSees);
    // After an escalation the ticket may have left the caller's queues: they still get to see
    // the result of their own action once; the next read is refused as usual.
    const movedTo = queues.at(-1) as QueueId | undefined;
    const seeing =
      movedTo && !staff.queues.includes(movedTo)
        ? { ...staff, queues: [...staff.queues, movedTo] }
        : staff;
    return service.get(ticketId, seeing);
  }

  /** Inserts a reply or note after the collision guard and the banned-words check. */
  async function insertMessage(
    tx: Tx,
    ticket: TicketRow,
    staff: StaffInfo,
    input: MessageInput,
  ): Promise<{ id: string; created: boolean }> {
    if (input.clientId) {
      const [seen] = await tx
        .select({ id: messages.id, authorId: messages.authorId, body: messages.body })
        .from(messages)
        .where(and(eq(messages.ticketId, ticket.id), eq(messages.clientId, input.clientId)));
      if (seen) {
        if (seen.authorId === staff.userId && seen.body === input.body) {
          return { id: seen.id, created: false };
        }
        throw conflict("This clientId was already used for another message");
      }
    }
    if (input.lastSeenMessageId) {
      // Inside the transaction (PGlite has one connection; PostgreSQL sees the locked state).
      const thread = await repo.thread([ticket.id], tx);
      const index = thread.findIndex((row) => row.id === input.lastSeenMessageId);
      if (index === -1) {
        throw new AppError("validation_failed", "The request has invalid fields", {
          fields: { lastSeenMessageId: ["Not a message of this ticket"] },
          form: [],
        });
      }
      const newer = thread.slice(index + 1);
      // Only another person's words are a collision; my own earlier sends and staff notes are not.
      const someoneWrote = newer.some((row) => row.authorId !== staff.userId && !row.internal);
      if (someoneWrote) {
        throw conflict("Someone wrote on this ticket since you last looked", {
          reason: "new_messages",
          messages: newer.map((row) => toDeskMessage(row)),
        });
      }
    }
    if (!input.internal) {
      if (ticket.status === "closed") {
        throw conflict("This ticket is closed; only internal notes can be added", {
          status: ticket.status,
        });
      }
      await deps.banned.enforce(
        tx,
        input.body,
        { userId: staff.userId, roles: staff.roles },
        input.override,
        { type: "ticket", id: ticket.id },
      );
    }
    const id = randomUUID();
    await tx.insert(messages).values({
      id,
      ticketId: ticket.id,
      author: "agent",
      authorId: staff.userId,
      body: input.body,
      clientId: input.clientId ?? null,
      internal: input.internal,
    });
    await notifyAgentReply(tx, ticket, { id, body: input.body, internal: input.internal });
    return { id, created: true };
  }

  const replySet = (): Partial<typeof tickets.$inferInsert> => ({
    firstRespondedAt: sql`coalesce(${tickets.firstRespondedAt}, now())` as unknown as string,
    lastAgentMessageAt: sql`now()` as unknown as string,
  });

  async function contextValues(ticketId: string, staff: StaffInfo) {
    const row = await repo.find(ticketId);
    if (!row || !staff.queues.includes(row.ticket.queueId as QueueId)) throw notFound("Ticket");
    const locale = customerLocale(row.customer);
    const [agent] = await db
      .select({ firstName: users.firstName })
      .from(users)
      .where(eq(users.id, staff.userId));
    const topic = await repo.topicName(row.ticket.topicId);
    const at = new Date(deps.now());
    return {
      row,
      locale,
      values: {
        name: row.customer.firstName || null,
        ticket: `#${row.ticket.number}`,
        eta: OPEN.has(row.ticket.status)
          ? formatEta(new Date(row.ticket.eta), row.customer.timeZone, locale)
          : null,
        local_time: localTime(row.customer.timeZone, at, locale),
        topic: topic ? (topic[locale] ?? topic.en) : null,
        agent: agent?.firstName ?? null,
      },
    };
  }

  function missingVariables(missing: string[]): AppError {
    return new AppError(
      "validation_failed",
      `These variables cannot be filled: ${missing.map((name) => `{${name}}`).join(", ")}`,
      {
        fields: { body: missing.map((name) => `Cannot fill {${name}}`) },
        form: [],
        variables: missing,
      },
    );
  }

  /**
   * Routes a customer's open tickets again after their tags changed, in the same transaction: a
   * ticket whose queue the rules now choose differently moves there, its SLA clocks and ETA are
   * re-planned for the new queue, the move is audited and the new queue's agents are told. A
   * queue a person chose (an escalation by hand, by macro or by the SLA: `escalation_reason`)
   * is kept, and so is the priority, which an agent may have set.
   *
   * @returns the moves, for the live streams after commit
   */
  async function reroute(
    tx: Tx,
    customer: Pick<CustomerRow, "id" | "language" | "languageCode" | "tags">,
    staff: StaffInfo,
    decide: Awaited<ReturnType<RoutingService["router"]>>,
  ): Promise<CustomerTags["moved"]> {
    const candidates = await tx
      .select()
      .from(tickets)
      .where(
        and(
          eq(tickets.customerId, customer.id),
          inArray(tickets.status, [...OPEN_STATUSES]),
          isNull(tickets.escalationReason),
          isNull(tickets.mergedIntoId),
        ),
      )
      .orderBy(asc(tickets.createdAt))
      .for("update");
    const moves: CustomerTags["moved"] = [];
    for (const ticket of candidates) {
      // The text the ticket was routed by: its subject and the customer's first message.
      const [first] = await tx
        .select({ body: messages.body })
        .from(messages)
        .where(and(eq(messages.ticketId, ticket.id), eq(messages.author, "customer")))
        .orderBy(asc(messages.createdAt))
        .limit(1);
      const decision = decide({
        topicId: ticket.topicId,
        sectionId: ticket.sectionId,
        language: customer.language ?? customer.languageCode,
        customerTags: customer.tags,
        text: `${ticket.subject}\n${first?.body ?? ""}`,
        topicPriority: ticket.priority,
      });
      const to = decision.queueId;
      if (to === ticket.queueId) continue;
      let assigneeId = ticket.assigneeId;
      if (assigneeId !== null) {
        const access = await staffAccess(tx, assigneeId);
        if (!access.active || !access.queues.includes(to)) assigneeId = null;
      }
      const [after] = await tx
        .update(tickets)
        .set({
          queueId: to,
          assigneeId,
          vip: customer.tags.includes("vip") || to === "vip",
          updatedAt: sql`now()`,
        })
        .where(eq(tickets.id, ticket.id))
        .returning();
      if (!after) continue;
      await notifyDeskChange(
        tx,
        ticket,
        { ...after, escalationReason: "customer_tags" },
        staff.userId,
        randomUUID(),
      );
      const rule = decision.reason.kind === "rule" ? decision.reason.name : decision.reason.kind;
      await writeAudit(tx, {
        actorId: staff.userId,
        action: "ticket.reroute",
        targetType: "ticket",
        targetId: ticket.id,
        before: auditView(ticket),
        after: { ...auditView(after), rule },
        reason: "customer tags changed",
      });
      await deps.sla?.replan(tx, ticket.id);
      moves.push({
        ticketId: ticket.id,
        number: ticket.number,
        from: ticket.queueId as QueueId,
        to,
      });
    }
    return moves;
  }

  async function loadMacro(macroId: string) {
    const [macro] = await db.select().from(macros).where(eq(macros.id, macroId));
    if (!macro) throw notFound("Macro");
    return macro;
  }

  const service = {
    async queue(
      staff: StaffInfo,
      query: { view?: DeskView; queue?: QueueId; cursor?: string; limit: number },
    ): Promise<DeskQueue> {
      const view = query.view ?? query.queue ?? null;
      if (view && (["l1", "l2", "vip", "security"] as string[]).includes(view)) {
        if (!staff.queues.includes(view as QueueId)) {
          throw new AppError("forbidden", "You do not work this queue");
        }
      }
      // The page and the counts everyone with these queues sees are shared by the staff asking
      // at the same moment (ADR 020); "mine" is each person's own.
      const shared = deps.sharedReads;
      const read = <T>(key: string, load: () => Promise<T>) =>
        shared ? shared.read(key, load) : load();
      const visible = staff.queues.join(",");
      const targets = await read("targets", () => repo.queueTargets());
      const cutoffs = dueCutoffs(targets, deps.now());
      const [rows, sharedCounts, mine] = await Promise.all([
        read(
          `page|${visible}|${view}|${view === "mine" ? staff.userId : ""}|${query.cursor ?? ""}|${query.limit}`,
          () =>
            repo.page({
              view,
              visible: staff.queues,
              me: staff.userId,
              cutoffs,
              after: query.cursor ? decodeRank(query.cursor) : undefined,
              limit: query.limit + 1,
            }),
        ),
        read(`counts|${visible}`, () => repo.sharedCounts(staff.queues, cutoffs)),
        repo.mineCount(staff.queues, staff.userId),
      ]);
      const counts: Record<string, number> =
        staff.queues.length === 0 ? {} : { ...sharedCounts, mine };
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => toDeskTicket(row, targets, deps.now())),
        nextCursor: rows.length > query.limit && last ? encodeRank(last.ticket) : null,
        view,
        counts,
        queues: staff.queues,
      };
    },

    async get(ticketId: string, staff: StaffInfo): Promise<DeskTicketDetail> {
      if (!UUID.test(ticketId)) throw notFound("Ticket");
      const row = await repo.find(ticketId);
      if (!row || !staff.queues.includes(row.ticket.queueId as QueueId)) throw notFound("Ticket");
      const mergedFrom = await repo.mergedInto(ticketId);
      const threadIds = [ticketId, ...mergedFrom.map((entry) => entry.id)];
      const [thread, stored, events, history, csat, targets] = await Promise.all([
        repo.thread(threadIds),
        Promise.all(threadIds.map((id) => deps.files.listFor(id))),
        repo.events(ticketId),
        repo.history(row.customer.id, ticketId),
        repo.csatHistory(row.customer.id),
        repo.queueTargets(),
      ]);
      const byMessage = attachmentsByMessage(stored.flat());
      const locale = customerLocale(row.customer);
      const card: CustomerCard = {
        id: row.customer.id,
        name: [row.customer.firstName, row.customer.lastName].filter(Boolean).join(" "),
        username: row.customer.username,
        language: locale,
        timeZone: row.customer.timeZone,
        localTime: localTime(row.customer.timeZone, new Date(deps.now()), "en"),
        tags: row.customer.tags,
        vip: row.customer.tags.includes("vip"),
        previousTickets: history.map((ticket) => ({
          id: ticket.id,
          number: ticket.number,
          subject: ticket.subject,
          status: ticket.status,
          csatScore: ticket.csatScore,
          createdAt: toIso(ticket.createdAt),
        })),
        csatHistory: csat.map((entry) => ({
          ticketNumber: entry.number,
          score: entry.score ?? 0,
          at: toIso(entry.at ?? ""),
        })),
      };
      return {
        ...toDeskTicket(row, targets, deps.now()),
        messages: thread.map((message) => toDeskMessage(message, byMessage.get(message.id))),
        events: events.map((event) => ({
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          actor: event.actor,
          actorId: event.actorId,
          at: toIso(event.createdAt),
        })),
        card,
        active: deps.presence.active(ticketId, staff.userId),
        mergedFrom,
      };
    },

    async reply(
      ticketId: string,
      staff: StaffInfo,
      input: AgentReplyInput,
    ): Promise<{ message: DeskMessage; created: boolean }> {
      const internal = input.internal ?? false;
      let result: { id: string; created: boolean } | undefined;
      let queue = "";
      await db.transaction(async (tx) => {
        const ticket = await lock(tx, ticketId, staff);
        queue = ticket.queueId;
        result = await insertMessage(tx, ticket, staff, { ...input, internal });
        if (!result.created) return;
        if (!internal) {
          const opens = ticket.status === "new" || ticket.status === "reopened";
          await tx
            .update(tickets)
            .set({
              ...replySet(),
              ...(opens ? { status: "open" as const } : {}),
              lastActivityAt: sql`now()`,
              updatedAt: sql`now()`,
            })
            .where(eq(tickets.id, ticketId));
          if (opens) await recordStatus(tx, ticketId, ticket.status, "open", "agent", staff.userId);
          await deps.sla?.replan(tx, ticketId, { agentReply: true });
        }
        await writeAudit(tx, {
          actorId: staff.userId,
          action: internal ? "ticket.note" : "ticket.reply",
          targetType: "ticket",
          targetId: ticketId,
          after: { messageId: result.id, status: ticket.status },
        });
      });
      if (!result) throw notFound("Ticket");
      const [message] = (await repo.thread([ticketId])).filter((row) => row.id === result?.id);
      if (!message) throw notFound("Message");
      if (result.created) announce(ticketId, [queue], !internal, "message");
      return { message: toDeskMessage(message), created: result.created };
    },

    claim: (ticketId: string, staff: StaffInfo) =>
      act(ticketId, staff, async (_tx, ticket) => {
        if (!OPEN.has(ticket.status))
          throw conflict("Only an open ticket can be claimed", { status: ticket.status });
        if (ticket.assigneeId && ticket.assigneeId !== staff.userId && !isSupervisor(staff)) {
          throw conflict("Someone else has claimed this ticket", { assigneeId: ticket.assigneeId });
        }
        const opens = ticket.status === "new" || ticket.status === "reopened";
        if (ticket.assigneeId === staff.userId && !opens) return null;
        return {
          set: { assigneeId: staff.userId },
          status: opens ? "open" : undefined,
          audit: { action: "ticket.claim" },
        };
      }),

    assign: (ticketId: string, staff: StaffInfo, assigneeId: number | null) =>
      act(ticketId, staff, async (tx, ticket) => {
        if (!OPEN.has(ticket.status))
          throw conflict("Only an open ticket can be assigned", { status: ticket.status });
        if (assigneeId !== null) {
          const access = await staffAccess(tx, assigneeId);
          const works =
            access.active &&
            access.queues.includes(ticket.queueId as QueueId) &&
            access.roles.some((role) => role !== "content_editor" && role !== "analyst");
          if (!works) {
            throw new AppError("validation_failed", "The request has invalid fields", {
              fields: { assigneeId: ["This person does not work this ticket's queue"] },
              form: [],
            });
          }
        }
        if (ticket.assigneeId === assigneeId) return null;
        return { set: { assigneeId }, audit: { action: "ticket.assign" } };
      }),

    async assignees(ticketId: string, staff: StaffInfo): Promise<AssigneeList> {
      const row = await repo.find(ticketId);
      if (!UUID.test(ticketId) || !row || !staff.queues.includes(row.ticket.queueId as QueueId)) {
        throw notFound("Ticket");
      }
      return { items: await staffOfQueue(db, row.ticket.queueId as QueueId) };
    },

    clarify: (ticketId: string, staff: StaffInfo, input: ClarifyTicketInput) =>
      act(ticketId, staff, async (tx, ticket) => {
        assertTransition(ticket.status, "waiting_customer");
        const message = await insertMessage(tx, ticket, staff, { ...input, internal: false });
        return {
          set: replySet(),
          status: "waiting_customer",
          audit: { action: "ticket.clarify", extra: { messageId: message.id } },
          customerSees: true,
          agentReply: true,
        };
      }),

    changePriority: (ticketId: string, staff: StaffInfo, input: ChangePriorityInput) =>
      act(ticketId, staff, async (_tx, ticket) => {
        if (ticket.priority === input.priority) return null;
        return { set: { priority: input.priority }, audit: { action: "ticket.priority" } };
      }),

    escalate: (ticketId: string, staff: StaffInfo, input: EscalateTicketInput) =>
      act(ticketId, staff, async (tx, ticket) => {
        if (!OPEN.has(ticket.status))
          throw conflict("Only an open ticket can be escalated", { status: ticket.status });
        if (ticket.queueId === input.to) throw conflict(`The ticket is already in ${input.to}`);
        await tx.insert(messages).values({
          id: randomUUID(),
          ticketId,
          author: "agent",
          authorId: staff.userId,
          body: `⇡ ${input.to.toUpperCase()}: ${input.reason}`,
          internal: true,
        });
        return {
          set: {
            queueId: input.to,
            assigneeId: null,
            escalationReason: input.reason,
            vip: ticket.vip || input.to === "vip",
          },
          audit: { action: "ticket.escalate", reason: input.reason },
        };
      }),

    resolve: (ticketId: string, staff: StaffInfo, input: ResolveTicketInput) =>
      act(ticketId, staff, async (_tx, ticket) => {
        if (ticket.status === "resolved" || ticket.status === "closed") {
          throw conflict("This ticket is already resolved or closed", { status: ticket.status });
        }
        return {
          set: {
            resolvedAt: sql`now()` as unknown as string,
            resolutionSummary: input.summary,
            nextSteps: input.nextSteps,
          },
          status: "resolved",
          audit: { action: "ticket.resolve", extra: { summary: input.summary } },
        };
      }),

    close: (ticketId: string, staff: StaffInfo, input: CloseTicketInput) =>
      act(ticketId, staff, async () => ({
        status: "closed",
        audit: { action: "ticket.close", reason: input.reason ?? null },
      })),

    async merge(
      ticketId: string,
      staff: StaffInfo,
      input: MergeTicketInput,
    ): Promise<DeskTicketDetail> {
      if (ticketId === input.targetId) throw conflict("A ticket cannot be merged into itself");
      await act(ticketId, staff, async (tx, source) => {
        const target = await lock(tx, input.targetId, staff).catch(() => {
          throw new AppError("validation_failed", "The request has invalid fields", {
            fields: { targetId: ["No such ticket in your queues"] },
            form: [],
          });
        });
        if (target.customerId !== source.customerId) {
          throw conflict("Only tickets of the same customer can be merged");
        }
        if (target.status === "closed" || target.mergedIntoId) {
          throw conflict("The target ticket is closed");
        }
        if (source.mergedIntoId) throw conflict("This ticket was already merged");
        await tx.insert(messages).values({
          id: randomUUID(),
          ticketId: target.id,
          author: "agent",
          authorId: staff.userId,
          body: `⇐ #${source.number}`,
          internal: true,
        });
        await tx
          .update(tickets)
          .set({ updatedAt: sql`now()`, lastActivityAt: sql`now()` })
          .where(eq(tickets.id, target.id));
        return {
          set: { mergedIntoId: target.id, assigneeId: null },
          status: "closed",
          audit: { action: "ticket.merge", extra: { targetNumber: target.number } },
        };
      });
      const queue = await repo.queueOf(input.targetId);
      if (queue) announce(input.targetId, [queue], true);
      return service.get(input.targetId, staff);
    },

    tags: (ticketId: string, staff: StaffInfo, input: { add: string[]; remove: string[] }) =>
      act(ticketId, staff, async (_tx, ticket) => {
        const next = [...new Set([...ticket.tags, ...input.add])].filter(
          (tag) => !input.remove.includes(tag),
        );
        if (next.length > 20) throw conflict("A ticket has at most 20 tags");
        if (next.length === ticket.tags.length && next.every((tag) => ticket.tags.includes(tag))) {
          return null;
        }
        return { set: { tags: next }, audit: { action: "ticket.tags" } };
      }),

    /**
     * Labels on the customer. `vip` puts their open tickets right after critical ones. Only for
     * a customer who has a ticket in one of the caller's queues.
     */
    async customerTags(
      customerId: number,
      staff: StaffInfo,
      input: { add: string[]; remove: string[] },
    ): Promise<CustomerTags> {
      // The rules are read before the transaction: the routing repository reads outside any.
      const decide = await deps.routing?.router();
      let moves: Awaited<ReturnType<typeof reroute>> = [];
      const result = await db.transaction(async (tx) => {
        const [visible] = await tx
          .select({ id: tickets.id })
          .from(tickets)
          .where(and(eq(tickets.customerId, customerId), inArray(tickets.queueId, staff.queues)))
          .limit(1);
        const [user] = visible
          ? await tx.select().from(users).where(eq(users.id, customerId)).for("update")
          : [];
        if (!user) throw notFound("Customer");
        const next = [...new Set([...user.tags, ...input.add])].filter(
          (tag) => !input.remove.includes(tag),
        );
        if (next.length > 20) throw conflict("A customer has at most 20 tags");
        await tx.update(users).set({ tags: next }).where(eq(users.id, customerId));
        const vip = next.includes("vip");
        if (vip !== user.tags.includes("vip")) {
          await tx
            .update(tickets)
            .set({ vip: sql`${vip} or ${tickets.queueId} = 'vip'` as unknown as boolean })
            .where(
              and(eq(tickets.customerId, customerId), inArray(tickets.status, [...OPEN_STATUSES])),
            );
        }
        await writeAudit(tx, {
          actorId: staff.userId,
          action: "customer.tags",
          targetType: "customer",
          targetId: String(customerId),
          before: { tags: user.tags },
          after: { tags: next },
        });
        const changed =
          next.length !== user.tags.length || next.some((tag) => !user.tags.includes(tag));
        if (decide && changed) moves = await reroute(tx, { ...user, tags: next }, staff, decide);
        return { customerId, tags: next, vip, moved: moves };
      });
      // The customer's ticket shows its queue and ETA: both changed with the move.
      for (const move of moves) announce(move.ticketId, [move.from, move.to], true);
      return result;
    },

    async presence(
      ticketId: string,
      staff: StaffInfo,
      input: PresenceInput,
    ): Promise<PresenceList> {
      const row = UUID.test(ticketId) ? await repo.queueOf(ticketId) : undefined;
      if (!row || !staff.queues.includes(row)) throw notFound("Ticket");
      const [me] = await db
        .select({ firstName: customerColumns.firstName, lastName: customerColumns.lastName })
        .from(users)
        .where(eq(users.id, staff.userId));
      deps.presence.beat(ticketId, {
        userId: staff.userId,
        name: displayName(me?.firstName ?? null, me?.lastName ?? null, staff.userId),
        state: input.state,
      });
      return { active: deps.presence.active(ticketId, staff.userId) };
    },

    /** Fills a macro (or draft text) for a ticket; 400 with the names it cannot fill. */
    async preview(
      staff: StaffInfo,
      input: { ticketId: string; macroId?: string; body?: string },
    ): Promise<MacroPreview> {
      const macro = input.macroId ? await loadMacro(input.macroId) : undefined;
      const { locale, values } = await contextValues(input.ticketId, staff);
      const rendered = renderMacro(macro?.body ?? input.body ?? "", values);
      if (!rendered.ok) throw missingVariables(rendered.missing);
      return {
        body: rendered.body,
        locale: (macro?.locale as Locale | undefined) ?? locale,
        actions: (macro?.actions ?? {}) as MacroActions,
        variables: rendered.used,
      };
    },

    /** Sends a macro as a reply and runs its actions, in one transaction. */
    async applyMacro(
      ticketId: string,
      staff: StaffInfo,
      input: {
        macroId: string;
        clientId?: string;
        lastSeenMessageId?: string;
        override?: { reason: string };
      },
    ): Promise<DeskTicketDetail> {
      const macro = await loadMacro(input.macroId);
      const { values } = await contextValues(ticketId, staff);
      const rendered = renderMacro(macro.body, values);
      if (!rendered.ok) throw missingVariables(rendered.missing);
      const actions = macro.actions as MacroActions;
      return act(ticketId, staff, async (tx, ticket) => {
        const message = await insertMessage(tx, ticket, staff, {
          body: rendered.body,
          internal: false,
          clientId: input.clientId,
          lastSeenMessageId: input.lastSeenMessageId,
          override: input.override,
        });
        let from = ticket.status;
        if (from === "new" || from === "reopened") {
          await recordStatus(tx, ticketId, from, "open", "agent", staff.userId);
          from = "open";
        }
        const target =
          actions.setStatus && actions.setStatus !== from ? actions.setStatus : undefined;
        if (target) assertTransition(from, target);
        if (target) await recordStatus(tx, ticketId, from, target, "agent", staff.userId);
        const set: Partial<typeof tickets.$inferInsert> = {
          ...replySet(),
          status: target ?? from,
          ...(target === "resolved" ? { resolvedAt: sql`now()` as unknown as string } : {}),
        };
        if (actions.addTags?.length) set.tags = [...new Set([...ticket.tags, ...actions.addTags])];
        if (actions.escalate && actions.escalate !== ticket.queueId) {
          Object.assign(set, {
            queueId: actions.escalate,
            assigneeId: null,
            escalationReason: `macro: ${macro.name}`,
            vip: ticket.vip || actions.escalate === "vip",
          });
        }
        return {
          set,
          audit: {
            action: "ticket.macro",
            extra: { macroId: macro.id, messageId: message.id, actions },
          },
          customerSees: true,
          agentReply: true,
        };
      });
    },
  };
  return service;
}

export type DeskService = ReturnType<typeof createDeskService>;
