import {
  createMessageSchema,
  createTicketSchema,
  idempotencyKeySchema,
  listTicketsQuerySchema,
  messageSchema,
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
