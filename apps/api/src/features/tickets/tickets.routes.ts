import {
  attachmentQuerySchema,
  createMessageSchema,
  createTicketSchema,
  idempotencyKeySchema,
  listTicketsQuerySchema,
  messageSchema,
  rateTicketSchema,
  reopenTicketSchema,
  ticketDetailSchema,
  ticketPageSchema,
  ticketSchema,
} from "@helpline/contracts/tickets";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";

const ticketIdParams = z.object({
  id: z.string().max(64).describe("The ticket's `id` (a UUID)"),
});

export const createTicketRoute = createRoute({
  method: "post",
  path: "/tickets",
  tags: ["Tickets"],
  summary: "Open a ticket",
  description:
    "Opens a ticket for the signed-in customer. Send an `Idempotency-Key` so that a retried or double-tapped request returns the first ticket instead of opening a second one.",
  security: tmaSecurity,
  request: {
    headers: z.object({ "idempotency-key": idempotencyKeySchema.optional() }),
    body: jsonBody(createTicketSchema),
  },
  responses: {
    201: jsonContent(ticketSchema, "The new ticket, with its number and ETA"),
    200: jsonContent(ticketSchema, "The ticket first created with this Idempotency-Key"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed", "conflict", "payload_too_large"),
  },
});

export const listTicketsRoute = createRoute({
  method: "get",
  path: "/tickets",
  tags: ["Tickets"],
  summary: "List my tickets",
  description: "The caller's own tickets, newest first, a page at a time.",
  security: tmaSecurity,
  request: { query: listTicketsQuerySchema },
  responses: {
    200: jsonContent(ticketPageSchema, "A page of tickets and the cursor of the next page"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed"),
  },
});

export const getTicketRoute = createRoute({
  method: "get",
  path: "/tickets/{id}",
  tags: ["Tickets"],
  summary: "Get one of my tickets with its messages",
  security: tmaSecurity,
  request: { params: ticketIdParams },
  responses: {
    200: jsonContent(ticketDetailSchema, "The ticket and its conversation"),
    ...errorResponses(...AUTH_ERRORS, "not_found"),
  },
});

export const createMessageRoute = createRoute({
  method: "post",
  path: "/tickets/{id}/messages",
  tags: ["Tickets"],
  summary: "Write in one of my tickets",
  description:
    "Adds the customer's message. A `clientId` makes retries safe: the same id is stored once. Writing in a resolved ticket reopens it; a closed ticket refuses with `conflict`.",
  security: tmaSecurity,
  request: { params: ticketIdParams, body: jsonBody(createMessageSchema) },
  responses: {
    201: jsonContent(messageSchema, "The stored message"),
    200: jsonContent(messageSchema, "The message stored earlier with this clientId"),
    ...errorResponses(
      ...AUTH_ERRORS,
      "validation_failed",
      "not_found",
      "conflict",
      "payload_too_large",
    ),
  },
});

export const getTicketByNumberRoute = createRoute({
  method: "get",
  path: "/tickets/by-number/{number}",
  tags: ["Tickets"],
  summary: "Get one of my tickets by its public number",
  description: "For deep links (`startapp=ticket_10001`) and for people who quote `#10001`.",
  security: tmaSecurity,
  request: { params: z.object({ number: z.coerce.number().int().positive().max(2_147_483_647) }) },
  responses: {
    200: jsonContent(ticketDetailSchema, "The ticket and its conversation"),
    ...errorResponses(...AUTH_ERRORS, "not_found", "validation_failed"),
  },
});

export const rateTicketRoute = createRoute({
  method: "post",
  path: "/tickets/{id}/rating",
  tags: ["Tickets"],
  summary: "Rate how a resolved ticket was handled (CSAT 1–5)",
  security: tmaSecurity,
  request: { params: ticketIdParams, body: jsonBody(rateTicketSchema) },
  responses: {
    200: jsonContent(ticketSchema, "The ticket with its rating"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed", "not_found", "conflict"),
  },
});

export const reopenTicketRoute = createRoute({
  method: "post",
  path: "/tickets/{id}/reopen",
  tags: ["Tickets"],
  summary: "This did not help: reopen a resolved ticket",
  description:
    "The ticket keeps its history; an optional reason is added as the customer's message.",
  security: tmaSecurity,
  request: { params: ticketIdParams, body: jsonBody(reopenTicketSchema) },
  responses: {
    200: jsonContent(ticketSchema, "The reopened ticket"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed", "not_found", "conflict"),
  },
});

export const ticketStreamRoute = createRoute({
  method: "get",
  path: "/tickets/{id}/stream",
  tags: ["Tickets"],
  summary: "Live changes of one of my tickets (server-sent events)",
  description:
    "A `text/event-stream` with `message` and `status` events whenever an agent writes or the status changes, and a `ping` every 15 s. Open it with `fetch` so the `Authorization: tma …` header can be sent (EventSource cannot send headers); reconnect when it ends.",
  security: tmaSecurity,
  request: { params: ticketIdParams },
  responses: {
    200: { content: { "text/event-stream": { schema: z.string() } }, description: "The stream" },
    ...errorResponses(...AUTH_ERRORS, "not_found"),
  },
});

export const attachRoute = createRoute({
  method: "post",
  path: "/tickets/{id}/attachments",
  tags: ["Tickets"],
  summary: "Attach a screenshot or photo to one of my tickets",
  description:
    "The body is the image itself (JPEG, PNG or WebP, up to 10 MB), recognised by its content, not by its name or Content-Type. It appears in the thread as a message whose text is `alt`.",
  security: tmaSecurity,
  request: {
    params: ticketIdParams,
    query: attachmentQuerySchema,
    body: {
      content: { "application/octet-stream": { schema: z.string().describe("The image bytes") } },
      required: true,
    },
  },
  responses: {
    201: jsonContent(messageSchema, "The message carrying the image"),
    ...errorResponses(
      ...AUTH_ERRORS,
      "validation_failed",
      "not_found",
      "conflict",
      "payload_too_large",
    ),
  },
});

export const getAttachmentRoute = createRoute({
  method: "get",
  path: "/attachments/{id}",
  tags: ["Tickets"],
  summary: "An attachment's image",
  description: "For the ticket's customer and for staff who work its queue; 404 for anyone else.",
  security: tmaSecurity,
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    200: {
      content: {
        "image/jpeg": { schema: z.string() },
        "image/png": { schema: z.string() },
        "image/webp": { schema: z.string() },
      },
      description: "The image",
    },
    ...errorResponses(...AUTH_ERRORS, "not_found"),
  },
});
