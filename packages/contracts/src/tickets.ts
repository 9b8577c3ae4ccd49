import { z } from "zod";
import { clientIdSchema, humanText } from "./text";
import {
  ATTACHMENT_TYPES,
  LIMITS,
  MESSAGE_AUTHORS,
  PRIORITIES,
  QUEUE_IDS,
  TICKET_STATUSES,
  type TicketStatus,
} from "./ticket-values";
import { slugSchema } from "./topics";

export * from "./ticket-values";

/** ISO 8601 timestamp in UTC, e.g. `2026-11-22T07:18:20.123Z`. */
const timestamp = z.iso.datetime();

export const ticketSchema = z
  .object({
    id: z.uuid(),
    number: z.number().int().describe("Short public number shown to people as #12345"),
    topicId: slugSchema,
    sectionId: slugSchema.nullable(),
    subject: z.string(),
    status: z.enum(TICKET_STATUSES),
    queue: z.enum(QUEUE_IDS),
    priority: z.enum(PRIORITIES),
    createdAt: timestamp,
    updatedAt: timestamp,
    lastActivityAt: timestamp,
    eta: timestamp.describe("When the first reply from a person is promised"),
    firstRespondedAt: timestamp.nullable(),
    resolvedAt: timestamp.nullable(),
    unread: z.boolean().describe("An agent wrote since the customer last opened the ticket"),
    resolutionSummary: z.string().nullable(),
    nextSteps: z.array(z.string()),
    csatScore: z.number().int().min(1).max(5).nullable(),
    reopenCount: z.number().int(),
  })
  .meta({ id: "Ticket" });
export type Ticket = z.infer<typeof ticketSchema>;

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    contentType: z.enum(ATTACHMENT_TYPES),
    size: z.number().int(),
  })
  .meta({ id: "Attachment" });
export type Attachment = z.infer<typeof attachmentSchema>;

export const messageSchema = z
  .object({
    id: z.uuid(),
    author: z.enum(MESSAGE_AUTHORS),
    authorName: z.string().nullable(),
    body: z.string(),
    clientId: z.string().nullable(),
    createdAt: timestamp,
    attachments: z
      .array(attachmentSchema)
      .describe("Images; fetch each from /api/attachments/{id}"),
  })
  .meta({ id: "Message" });
export type Message = z.infer<typeof messageSchema>;

export const ticketEventSchema = z
  .object({
    status: z.enum(TICKET_STATUSES),
    actor: z.enum(["customer", "agent", "system"]),
    at: timestamp,
  })
  .meta({ id: "TicketEvent" });
export type TicketEvent = z.infer<typeof ticketEventSchema>;

export const ticketDetailSchema = ticketSchema
  .extend({
    messages: z.array(messageSchema),
    events: z.array(ticketEventSchema).describe("Status changes, oldest first: the timeline"),
  })
  .meta({ id: "TicketDetail" });
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

export const ticketPageSchema = z
  .object({
    items: z.array(ticketSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: "TicketPage" });
export type TicketPage = z.infer<typeof ticketPageSchema>;

/** What a customer sends to open a ticket. Unknown fields are refused, not ignored. */
export const createTicketSchema = z
  .strictObject({
    topicId: slugSchema,
    sectionId: slugSchema.optional(),
    subject: humanText(LIMITS.subjectMin, LIMITS.subjectMax),
    description: humanText(LIMITS.descriptionMin, LIMITS.descriptionMax),
  })
  .meta({ id: "CreateTicket" });
export type CreateTicketInput = z.infer<typeof createTicketSchema>;

export const createMessageSchema = z
  .strictObject({
    body: humanText(1, LIMITS.messageMax),
    clientId: clientIdSchema
      .optional()
      .describe("Chosen by the client; sending the same id twice stores one message"),
  })
  .meta({ id: "CreateMessage" });
export type CreateMessageInput = z.infer<typeof createMessageSchema>;

export const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(128)
  .regex(/^[A-Za-z0-9_:.-]+$/);

export const listTicketsQuerySchema = z.strictObject({
  status: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const parts = value.split(",").map((part) => part.trim());
      for (const part of parts) {
        if (!(TICKET_STATUSES as readonly string[]).includes(part)) {
          ctx.addIssue({ code: "custom", message: `Unknown status "${part}"` });
          return z.NEVER;
        }
      }
      return parts as TicketStatus[];
    })
    .describe("Comma-separated statuses, e.g. `new,open,reopened`"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageMax).default(LIMITS.pageDefault),
});
export type ListTicketsQuery = z.infer<typeof listTicketsQuerySchema>;

export const rateTicketSchema = z
  .strictObject({
    score: z.number().int().min(1).max(5),
    comment: humanText(0, 1000).optional(),
  })
  .meta({ id: "RateTicket" });
export type RateTicketInput = z.infer<typeof rateTicketSchema>;

export const reopenTicketSchema = z
  .strictObject({
    reason: humanText(1, LIMITS.messageMax).optional(),
  })
  .meta({ id: "ReopenTicket" });
export type ReopenTicketInput = z.infer<typeof reopenTicketSchema>;

export const npsSchema = z
  .strictObject({
    score: z.number().int().min(0).max(10),
    comment: humanText(0, 1000).optional(),
    ticketId: z.uuid().optional(),
  })
  .meta({ id: "NpsAnswer" });
export type NpsInput = z.infer<typeof npsSchema>;

/** A server-sent event on a ticket's stream; the client refetches what changed. */
export const ticketStreamEventSchema = z.object({
  type: z.enum(["message", "status"]),
  ticketId: z.uuid(),
});
export type TicketStreamEvent = z.infer<typeof ticketStreamEventSchema>;

export const attachmentQuerySchema = z.strictObject({
  alt: humanText(1, 200).optional().describe("What the image shows, for people who cannot see it"),
});
