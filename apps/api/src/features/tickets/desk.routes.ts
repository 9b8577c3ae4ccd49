import {
  agentReplySchema,
  deskMessageSchema,
  deskQueueQuerySchema,
  deskQueueSchema,
  deskTicketDetailSchema,
  resolveTicketSchema,
} from "@helpline/contracts/desk";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import type { DeskService } from "./desk.service";

const ticketIdParams = z.object({ id: z.string().max(64) });

export const deskQueueRoute = createRoute({
  method: "get",
  path: "/admin/tickets",
  tags: ["Desk (staff)"],
  summary: "Open tickets in my queues",
  description:
    "Open tickets of the queues the caller works, in working order: priority (critical first), then the longest waiting. Staff only.",
  security: tmaSecurity,
  request: { query: deskQueueQuerySchema },
  responses: {
    200: jsonContent(deskQueueSchema, "The queue"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed"),
  },
});

export const deskTicketRoute = createRoute({
  method: "get",
  path: "/admin/tickets/{id}",
  tags: ["Desk (staff)"],
  summary: "A ticket with its whole conversation, internal notes included",
  security: tmaSecurity,
  request: { params: ticketIdParams },
  responses: {
    200: jsonContent(deskTicketDetailSchema, "The ticket, its customer and messages"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found"),
  },
});

export const deskReplyRoute = createRoute({
  method: "post",
  path: "/admin/tickets/{id}/messages",
  tags: ["Desk (staff)"],
  summary: "Reply to the customer, or add an internal note",
  description:
    "A reply is shown to the customer and counts as the first response; `internal: true` stays among staff.",
  security: tmaSecurity,
  request: { params: ticketIdParams, body: jsonBody(agentReplySchema) },
  responses: {
    201: jsonContent(deskMessageSchema, "The stored message"),
    200: jsonContent(deskMessageSchema, "The message stored earlier with this clientId"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found", "validation_failed", "conflict"),
  },
});

export const deskResolveRoute = createRoute({
  method: "post",
  path: "/admin/tickets/{id}/resolve",
  tags: ["Desk (staff)"],
  summary: "Mark resolved, with a summary and next steps for the customer",
  security: tmaSecurity,
  request: { params: ticketIdParams, body: jsonBody(resolveTicketSchema) },
  responses: {
    200: jsonContent(deskTicketDetailSchema, "The resolved ticket"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found", "validation_failed", "conflict"),
  },
});

export function deskRouter(desk: DeskService) {
  return createRouter()
    .openapi(deskQueueRoute, async (c) =>
      c.json(await desk.queue(c.get("staff"), c.req.valid("query").queue), 200),
    )
    .openapi(deskTicketRoute, async (c) =>
      c.json(await desk.get(c.req.valid("param").id, c.get("staff")), 200),
    )
    .openapi(deskResolveRoute, async (c) =>
      c.json(
        await desk.resolve(
          c.req.valid("param").id,
          c.get("staff"),
          c.get("auth").userId,
          c.req.valid("json"),
        ),
        200,
      ),
    )
    .openapi(deskReplyRoute, async (c) => {
      const { message, created } = await desk.reply(
        c.req.valid("param").id,
        c.get("staff"),
        c.get("auth").userId,
        c.req.valid("json"),
      );
      return created ? c.json(message, 201) : c.json(message, 200);
    });
}
