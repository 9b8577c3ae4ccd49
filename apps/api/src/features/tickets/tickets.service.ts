import { createHash, randomUUID } from "node:crypto";
import type {
  Attachment,
  CreateMessageInput,
  CreateTicketInput,
  ListTicketsQuery,
  Message,
  RateTicketInput,
  ReopenTicketInput,
  Ticket,
  TicketDetail,
  TicketPage,
  TicketStatus,
} from "@helpline/contracts/tickets";
import { schema, toIso } from "@helpline/db";
import { sql } from "drizzle-orm";
import { AppError, notFound } from "../../lib/errors";
import { sniffImageType } from "../../lib/image-type";
import type { RateLimiter } from "../../lib/rate-limit";
import type { TicketBus } from "../../lib/ticket-bus";
import type { AttachmentStore, StoredAttachment } from "../attachments/attachment-store";
import { notifyTicketCreated } from "../notifications/producers";
import type { RoutingService } from "../routing/routing.service";
import type { SlaService } from "../sla/sla.service";
import type { TopicsRepo } from "../topics/topics.repo";
import type { TicketListCache } from "./list-cache";
import type { PageCursor, TicketRow, TicketsRepo, Tx } from "./tickets.repo";

export interface TicketsServiceDeps {
  tickets: TicketsRepo;
  topics: TopicsRepo;
  /** Limits how fast one customer can open tickets. */
  createLimiter: RateLimiter;
  messageLimiter: RateLimiter;
  bus: TicketBus;
  attachments: AttachmentStore;
  /** Chooses queue and priority (rules, stop phrases); without it, the topic's queue. */
  routing?: RoutingService;
  /** First-response ETA and SLA timers; without it, the ETA is the queue's target. */
  sla?: SlaService;
  /** Pages of "My requests" kept until the customer's tickets change (embedded database only). */
  listCache?: TicketListCache;
  now?: () => number;
}

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$/;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toTicket(row: TicketRow): Ticket {
  return {
    id: row.id,
    number: row.number,
    topicId: row.topicId,
    sectionId: row.sectionId,
    subject: row.subject,
    status: row.status,
    queue: row.queueId as Ticket["queue"],
    priority: row.priority,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    lastActivityAt: toIso(row.lastActivityAt),
    eta: toIso(row.eta),
    firstRespondedAt: toIso(row.firstRespondedAt),
    resolvedAt: toIso(row.resolvedAt),
    unread:
      row.lastAgentMessageAt !== null &&
      (row.customerReadAt === null ||
        Date.parse(toIso(row.lastAgentMessageAt)) > Date.parse(toIso(row.customerReadAt))),
    resolutionSummary: row.resolutionSummary,
    nextSteps: row.nextSteps ?? [],
    csatScore: row.csatScore,
    reopenCount: row.reopenCount,
  };
}

export type MessageRow = Awaited<ReturnType<TicketsRepo["messagesOf"]>>[number];

export function toMessage(row: MessageRow, attachments: Attachment[] = []): Message {
  return {
    id: row.id,
    author: row.author,
    // Only people have names worth showing; bot and system lines speak for the desk.
    authorName: row.author === "agent" || row.author === "customer" ? row.authorName : null,
    body: row.body,
    clientId: row.clientId,
    createdAt: toIso(row.createdAt),
    attachments,
  };
}

/** Attachments by the message they belong to, without their bytes. */
export function attachmentsByMessage(list: StoredAttachment[]): Map<string, Attachment[]> {
  const byMessage = new Map<string, Attachment[]>();
  for (const item of list) {
    if (!item.messageId) continue;
    const entry = { id: item.id, contentType: item.contentType, size: item.size };
    byMessage.set(item.messageId, [...(byMessage.get(item.messageId) ?? []), entry]);
  }
  return byMessage;
}

export function encodeCursor(row: Pick<TicketRow, "createdAt" | "id">): string {
  return Buffer.from(`${toIso(row.createdAt)}|${row.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): PageCursor {
  const [createdAt, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  // Strict ISO only: Date.parse accepts forms PostgreSQL's timestamptz does not.
  if (!createdAt || !id || !UUID.test(id) || !ISO_UTC.test(createdAt)) {
    throw new AppError("validation_failed", "The request has invalid fields", {
      fields: { cursor: ["Invalid cursor"] },
      form: [],
    });
  }
  return { createdAt, id };
}

function fieldError(field: string, message: string): AppError {
  return new AppError("validation_failed", "The request has invalid fields", {
    fields: { [field]: [message] },
    form: [],
  });
}

function assertSamePayload(row: TicketRow, requestHash: string): TicketRow {
  if (row.requestHash !== requestHash) {
    throw new AppError("conflict", "This Idempotency-Key was already used for a different request");
  }
  return row;
}

/** Who speaks next after the customer writes: the desk, unless the ticket is closed. */
function statusAfterCustomerMessage(current: TicketStatus): TicketStatus | "refuse" {
  switch (current) {
    case "waiting_customer":
      return "open";
    case "resolved":
      return "reopened";
    case "closed":
      return "refuse";
    default:
      return current;
  }
}

export function createTicketsService(deps: TicketsServiceDeps) {
  const now = deps.now ?? Date.now;

  /** The thread as the customer sees it; opening it marks the agent's replies as read. */
  /** The customer wrote: their ticket's SLA clocks learn it in the same transaction. */
  const customerWrote = (ticketId: string) => {
    const sla = deps.sla;
    return sla ? (tx: Tx) => sla.replan(tx, ticketId, { customerMessage: true }) : undefined;
  };

  async function detail(row: TicketRow): Promise<TicketDetail> {
    const [messageRows, events, files] = await Promise.all([
      deps.tickets.messagesOf(row.id, { includeInternal: false }),
      deps.tickets.eventsOf(row.id),
      deps.attachments.listFor(row.id),
      deps.tickets.markRead(row.id, row.customerId),
    ]);
    const byMessage = attachmentsByMessage(files);
    return {
      ...toTicket({ ...row, customerReadAt: new Date(now()).toISOString() }),
      messages: messageRows.map((message) => toMessage(message, byMessage.get(message.id))),
      events: events.map((event) => ({
        status: event.status,
        actor: event.actor,
        at: toIso(event.at),
      })),
    };
  }

  return {
    /**
     * Opens a ticket with its description as the first message, routed by the routing rules
     * and stop phrases, with a first-response ETA from the queue's load (never past the SLA
     * target unless the queue is already breaching) and its SLA timers scheduled. The same idempotency key returns the
     * same ticket (`created: false`); the same key with another payload is a conflict.
     */
    async create(
      customerId: number,
      input: CreateTicketInput,
      options: { idempotencyKey?: string; channel?: "webapp" | "bot" | "api" } = {},
    ): Promise<{ ticket: Ticket; created: boolean }> {
      // The three reads go out together (issue #9: a new ticket is the burst's hot path); their
      // verdicts are taken in the same order as ever.
      const [topic, section, seen] = await Promise.all([
        deps.topics.findForTicket(input.topicId),
        input.sectionId ? deps.topics.findSection(input.sectionId) : undefined,
        options.idempotencyKey
          ? deps.tickets.findByIdempotencyKey(customerId, options.idempotencyKey)
          : undefined,
      ]);
      if (!topic?.active) throw fieldError("topicId", "Unknown topic");
      if (input.sectionId && section?.topicId !== input.topicId) {
        throw fieldError("sectionId", "This section does not belong to the topic");
      }
      const requestHash = createHash("sha256")
        .update(
          JSON.stringify([
            input.topicId,
            input.sectionId ?? null,
            input.subject,
            input.description,
          ]),
        )
        .digest("hex");
      // A replay is answered before the rate limit, or a retry after a lost response fails.
      if (seen) return { ticket: toTicket(assertSamePayload(seen, requestHash)), created: false };
      deps.createLimiter.take(`user:${customerId}`);

      const createdAt = new Date(now());
      const routed = deps.routing
        ? await deps.routing.decide(customerId, {
            topicId: input.topicId,
            sectionId: input.sectionId ?? null,
            text: `${input.subject}\n${input.description}`,
            topicPriority: topic.priority,
          })
        : { queueId: topic.queueId, priority: topic.priority };
      const sla = deps.sla;
      const plan = await sla?.plan(routed.queueId, createdAt.getTime());
      const { row, created } = await deps.tickets.createWithMessage(
        {
          id: randomUUID(),
          customerId,
          topicId: input.topicId,
          sectionId: input.sectionId ?? null,
          subject: input.subject,
          status: "new",
          queueId: routed.queueId,
          priority: routed.priority,
          channel: options.channel ?? "webapp",
          idempotencyKey: options.idempotencyKey ?? null,
          requestHash,
          eta: new Date(
            plan?.eta ?? createdAt.getTime() + topic.firstResponseMinutes * 60_000,
          ).toISOString(),
          createdAt: createdAt.toISOString(),
          updatedAt: createdAt.toISOString(),
          lastActivityAt: createdAt.toISOString(),
          // VIP queue or a customer tagged `vip`: sorts right after critical in the console.
          vip: (routed.queueId === "vip" ||
            sql`coalesce((select 'vip' = any(${schema.users.tags}) from ${schema.users} where ${schema.users.id} = ${customerId}), false)`) as boolean,
        },
        {
          id: randomUUID(),
          author: "customer",
          authorId: customerId,
          body: input.description,
          createdAt: createdAt.toISOString(),
        },
        async (tx, inserted) => {
          await Promise.all([
            plan && sla ? sla.commit(tx, inserted, plan) : undefined,
            notifyTicketCreated(tx, inserted, plan),
          ]);
        },
      );
      if (created) deps.bus.publish({ type: "status", ticketId: row.id });
      return { ticket: toTicket(created ? row : assertSamePayload(row, requestHash)), created };
    },

    /**
     * A page of the customer's tickets as JSON text (`TicketPage`), built by the database: the
     * hottest call of the Mini App sends it on without parsing or serialising (issue #9).
     */
    async listJson(customerId: number, query: ListTicketsQuery): Promise<string> {
      const cache = deps.listCache;
      const key = `${query.status?.join(",") ?? ""}|${query.cursor ?? ""}|${query.limit ?? ""}`;
      const cached = cache?.get(customerId, key);
      if (cached !== undefined) return cached;
      const generation = cache?.generation ?? 0;
      const { items, next } = await deps.tickets.listForCustomerJson(customerId, {
        statuses: query.status,
        after: query.cursor ? decodeCursor(query.cursor) : undefined,
        limit: query.limit,
      });
      const cursor = next ? JSON.stringify(Buffer.from(next).toString("base64url")) : "null";
      const json = `{"items":${items},"nextCursor":${cursor}}`;
      cache?.set(customerId, key, json, generation);
      return json;
    },

    async list(customerId: number, query: ListTicketsQuery): Promise<TicketPage> {
      return JSON.parse(await this.listJson(customerId, query)) as TicketPage;
    },

    async get(ticketId: string, customerId: number): Promise<TicketDetail> {
      // A malformed id and someone else's ticket look the same from outside: not found.
      if (!UUID.test(ticketId)) throw notFound("Ticket");
      const row = await deps.tickets.findForCustomer(ticketId, customerId);
      if (!row) throw notFound("Ticket");
      return detail(row);
    },

    /** Deep links and the bot name tickets by their public number (`startapp=ticket_10001`). */
    async getByNumber(number: number, customerId: number): Promise<TicketDetail> {
      const row = await deps.tickets.findByNumber(number, customerId);
      if (!row) throw notFound("Ticket");
      return detail(row);
    },

    async rate(ticketId: string, customerId: number, input: RateTicketInput): Promise<Ticket> {
      if (!UUID.test(ticketId)) throw notFound("Ticket");
      const row = await deps.tickets.rate(ticketId, customerId, input.score, input.comment ?? null);
      if (row) return toTicket(row);
      if (await deps.tickets.findForCustomer(ticketId, customerId)) {
        throw new AppError("conflict", "Only a resolved ticket can be rated");
      }
      throw notFound("Ticket");
    },

    async reopen(ticketId: string, customerId: number, input: ReopenTicketInput): Promise<Ticket> {
      if (!UUID.test(ticketId)) throw notFound("Ticket");
      const result = await deps.tickets.reopen(
        ticketId,
        customerId,
        input.reason ?? null,
        customerWrote(ticketId),
      );
      if (!result) throw notFound("Ticket");
      if ("refused" in result || !result.row) {
        throw new AppError("conflict", "Only a resolved ticket can be reopened", {
          status: "refused" in result ? result.status : undefined,
        });
      }
      deps.bus.publish({ type: "status", ticketId });
      return toTicket(result.row);
    },

    /**
     * A screenshot or photo from the customer: checked by its bytes (JPEG, PNG or WebP), stored
     * through the attachment store, and shown in the thread as a message whose text is its alt.
     */
    async attach(
      ticketId: string,
      customerId: number,
      bytes: Uint8Array,
      alt: string | undefined,
    ): Promise<Message> {
      if (!UUID.test(ticketId)) throw notFound("Ticket");
      const contentType = sniffImageType(bytes);
      if (!contentType) {
        throw new AppError("validation_failed", "Only JPEG, PNG or WebP images can be attached", {
          fields: { file: ["Only JPEG, PNG or WebP images"] },
          form: [],
        });
      }
      deps.messageLimiter.take(`user:${customerId}`);
      const result = await deps.tickets.addCustomerMessage(
        ticketId,
        customerId,
        { id: randomUUID(), body: alt ?? "Image", clientId: null },
        statusAfterCustomerMessage,
        customerWrote(ticketId),
      );
      if (!result) throw notFound("Ticket");
      if ("refused" in result) {
        throw new AppError("conflict", "This ticket is closed; open a new request instead");
      }
      const messageId = "messageId" in result ? result.messageId : undefined;
      if (!messageId) throw new AppError("conflict", "Could not attach");
      const id = randomUUID();
      await deps.attachments.save({
        id,
        ticketId,
        messageId,
        uploaderId: customerId,
        contentType,
        bytes,
      });
      const message = await deps.tickets.findMessage(messageId);
      if (!message) throw notFound("Message");
      deps.bus.publish({ type: "message", ticketId });
      return toMessage(message, [{ id, contentType, size: bytes.byteLength }]);
    },

    /**
     * An attachment's bytes for the ticket's customer, or for staff who work the ticket's queue.
     * Anyone else gets the same 404 as for an id that does not exist.
     */
    async openAttachment(id: string, userId: number, staffQueues: readonly string[]) {
      if (!UUID.test(id)) throw notFound("Attachment");
      // Access is decided on the metadata: opening a file sent to the bot downloads it.
      const found = await deps.attachments.find(id);
      if (!found) throw notFound("Attachment");
      const owner = await deps.tickets.findForCustomer(found.ticketId, userId);
      const staff =
        !owner && staffQueues.length > 0
          ? await deps.tickets.findWithCustomer(found.ticketId, [...staffQueues])
          : undefined;
      if (!owner && !staff) throw notFound("Attachment");
      const file = await deps.attachments.open(id);
      if (!file) throw notFound("Attachment");
      return file;
    },

    /** For the event stream: only the owner may listen to a ticket. */
    async assertOwner(ticketId: string, customerId: number): Promise<void> {
      if (!UUID.test(ticketId) || !(await deps.tickets.findForCustomer(ticketId, customerId))) {
        throw notFound("Ticket");
      }
    },

    async addMessage(
      ticketId: string,
      customerId: number,
      input: CreateMessageInput,
    ): Promise<{ message: Message; created: boolean }> {
      if (!UUID.test(ticketId)) throw notFound("Ticket");
      deps.messageLimiter.take(`user:${customerId}`);
      const result = await deps.tickets.addCustomerMessage(
        ticketId,
        customerId,
        { id: randomUUID(), body: input.body, clientId: input.clientId ?? null },
        statusAfterCustomerMessage,
        customerWrote(ticketId),
      );
      if (!result) throw notFound("Ticket");
      if ("duplicate" in result) {
        throw new AppError("conflict", "This clientId was already used for another message");
      }
      if ("refused" in result) {
        throw new AppError("conflict", "This ticket is closed; open a new request instead", {
          status: result.status,
        });
      }
      const message = await deps.tickets.findMessage(result.messageId);
      if (!message) throw notFound("Message");
      if (result.created) deps.bus.publish({ type: "message", ticketId });
      return { message: toMessage(message), created: result.created };
    },
  };
}

export type TicketsService = ReturnType<typeof createTicketsService>;
