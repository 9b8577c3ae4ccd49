import {
  agentReplySchema,
  applyMacroSchema,
  assigneeListSchema,
  assignTicketSchema,
  changePrioritySchema,
  clarifyTicketSchema,
  closeTicketSchema,
  customerTagsSchema,
  DESK_ROLES,
  deskMessageSchema,
  deskQueueQuerySchema,
  deskQueueSchema,
  deskStreamEventSchema,
  deskTicketDetailSchema,
  escalateTicketSchema,
  mergeTicketSchema,
  presenceInputSchema,
  presenceListSchema,
  resolveTicketSchema,
  tagsInputSchema,
} from "@helpline/contracts/desk";
import { createRoute } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import type { QueueBus } from "../../lib/queue-bus";
import { createRouter } from "../../lib/router";
import { requireRole } from "../../middleware/require-role";
import type { DeskService } from "./desk.service";

const ticketIdParams = z.object({ id: z.string().max(64) });
const TAG = "Desk (staff)";
const desk = requireRole(...DESK_ROLES);
const PING_MS = 25_000;

export const deskQueueRoute = createRoute({
  method: "get",
  path: "/admin/tickets",
  tags: [TAG],
  summary: "A queue view, in working order, with counts per view",
  description:
    "Open tickets of a view the caller may see, ordered critical > VIP > priority > longest waiting > topic, `limit` at a time with `nextCursor`. Without `view`, every queue the caller works. `counts` has one entry per view the caller may see. A queue the caller does not work answers 403.",
  security: tmaSecurity,
  middleware: desk,
  request: { query: deskQueueQuerySchema },
  responses: {
    200: jsonContent(deskQueueSchema, "The page"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed"),
  },
});

export const deskStreamRoute = createRoute({
  method: "get",
  path: "/admin/stream",
  tags: [TAG],
  summary: "Server-sent events: a ticket in one of my queues changed",
  description:
    "`event: queue` with a `DeskStreamEvent` whenever a ticket is created or changed in a queue the caller works; refetch the view. `ping` every 25 s.",
  security: tmaSecurity,
  middleware: desk,
  responses: {
    200: {
      content: { "text/event-stream": { schema: deskStreamEventSchema } },
      description: "The stream",
    },
    ...errorResponses(...AUTH_ERRORS, "forbidden"),
  },
});

export const deskTicketRoute = createRoute({
  method: "get",
  path: "/admin/tickets/{id}",
  tags: [TAG],
  summary: "A ticket with its whole conversation, customer card and who else is on it",
  security: tmaSecurity,
  middleware: desk,
  request: { params: ticketIdParams },
  responses: {
    200: jsonContent(deskTicketDetailSchema, "The ticket"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found"),
  },
});

export const deskReplyRoute = createRoute({
  method: "post",
  path: "/admin/tickets/{id}/messages",
  tags: [TAG],
  summary: "Reply to the customer, or add an internal note",
  description:
    "A reply is shown to the customer and counts as the first response; `internal: true` stays among staff. With `lastSeenMessageId`, 409 (`details.reason: new_messages`, `details.messages`) if someone else wrote since. A reply with a banned phrase answers 422 `banned_words` unless a supervisor or admin gives `override.reason`.",
  security: tmaSecurity,
  middleware: desk,
  request: { params: ticketIdParams, body: jsonBody(agentReplySchema) },
  responses: {
    201: jsonContent(deskMessageSchema, "The stored message"),
    200: jsonContent(deskMessageSchema, "The message stored earlier with this clientId"),
    ...errorResponses(
      ...AUTH_ERRORS,
      "forbidden",
      "not_found",
      "validation_failed",
      "conflict",
      "banned_words",
    ),
  },
});

const ACTION_ERRORS = errorResponses(
  ...AUTH_ERRORS,
  "forbidden",
  "not_found",
  "validation_failed",
  "conflict",
);

function action<T extends z.ZodType>(path: string, summary: string, body: T, description?: string) {
  return createRoute({
    method: "post",
    path: `/admin/tickets/{id}/${path}`,
    tags: [TAG],
    summary,
    ...(description ? { description } : {}),
    security: tmaSecurity,
    middleware: desk,
    request: { params: ticketIdParams, body: jsonBody(body) },
    responses: {
      200: jsonContent(deskTicketDetailSchema, "The ticket as now"),
      ...ACTION_ERRORS,
      ...errorResponses("banned_words"),
    },
  });
}

export const deskClaimRoute = action(
  "claim",
  "Claim: assign to me, and a new ticket becomes open",
  z.strictObject({}),
);
export const deskAssignRoute = action(
  "assign",
  "Assign to a staff member who works this queue (null unassigns)",
  assignTicketSchema,
);
export const deskClarifyRoute = action(
  "clarify",
  "Ask the customer for something: sends the message, status waiting_customer",
  clarifyTicketSchema,
);
export const deskPriorityRoute = action("priority", "Change the priority", changePrioritySchema);
export const deskEscalateRoute = action(
  "escalate",
  "Escalate to L2 or VIP with a reason: moves the ticket, unassigns it, notes it",
  escalateTicketSchema,
);
export const deskResolveRoute = action(
  "resolve",
  "Mark resolved, with a summary and next steps for the customer",
  resolveTicketSchema,
);
export const deskCloseRoute = action("close", "Close the ticket", closeTicketSchema);
export const deskMergeRoute = action(
  "merge",
  "Merge this duplicate into another ticket of the same customer",
  mergeTicketSchema,
  "This ticket is closed with `mergedIntoId`; its messages show in the target's thread. Answers the target.",
);
export const deskTagsRoute = action("tags", "Add and remove tags", tagsInputSchema);
export const deskApplyMacroRoute = action(
  "apply-macro",
  "Send a macro as a reply and run its actions",
  applyMacroSchema,
  "Variables are filled from the ticket; 400 with `details.variables` when one cannot be.",
);

export const deskAssigneesRoute = createRoute({
  method: "get",
  path: "/admin/tickets/{id}/assignees",
  tags: [TAG],
  summary: "Who this ticket can be assigned to: active staff of its queue",
  security: tmaSecurity,
  middleware: desk,
  request: { params: ticketIdParams },
  responses: {
    200: jsonContent(assigneeListSchema, "Staff of the queue"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found"),
  },
});

export const deskPresenceRoute = createRoute({
  method: "post",
  path: "/admin/tickets/{id}/presence",
  tags: [TAG],
  summary: "Heartbeat: I am viewing or typing on this ticket",
  description:
    "Send every ~10 s while the ticket is open; forgotten after 30 s. Answers who else is active.",
  security: tmaSecurity,
  middleware: desk,
  request: { params: ticketIdParams, body: jsonBody(presenceInputSchema) },
  responses: {
    200: jsonContent(presenceListSchema, "Other staff on this ticket"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found", "validation_failed"),
  },
});

export const deskCustomerTagsRoute = createRoute({
  method: "post",
  path: "/admin/customers/{id}/tags",
  tags: [TAG],
  summary: "Add and remove a customer's tags (`vip` marks a VIP customer)",
  description: "Only for a customer with a ticket in the caller's queues; 404 otherwise.",
  security: tmaSecurity,
  middleware: desk,
  request: {
    params: z.object({ id: z.coerce.number().int().positive() }),
    body: jsonBody(tagsInputSchema),
  },
  responses: {
    200: jsonContent(customerTagsSchema, "The customer's tags as now"),
    ...ACTION_ERRORS,
  },
});

export function deskRouter(service: DeskService, queueBus: QueueBus) {
  return createRouter()
    .openapi(deskQueueRoute, async (c) =>
      c.json(await service.queue(c.get("staff"), c.req.valid("query")), 200),
    )
    .openapi(deskStreamRoute, async (c) => {
      const staff = c.get("staff");
      c.header("cache-control", "no-cache, no-transform");
      c.header("x-accel-buffering", "no");
      return streamSSE(c, async (stream) => {
        const off = queueBus.subscribe(staff.queues, (event) => {
          void stream.writeSSE({ event: "queue", data: JSON.stringify(event) });
        });
        stream.onAbort(off);
        await stream.writeSSE({
          event: "ready",
          data: JSON.stringify({ queues: staff.queues }),
          retry: 2000,
        });
        while (!stream.aborted && !stream.closed) {
          await stream.sleep(PING_MS);
          await stream.writeSSE({ event: "ping", data: "" });
        }
        off();
      }) as never;
    })
    .openapi(deskTicketRoute, async (c) =>
      c.json(await service.get(c.req.valid("param").id, c.get("staff")), 200),
    )
    .openapi(deskAssigneesRoute, async (c) =>
      c.json(await service.assignees(c.req.valid("param").id, c.get("staff")), 200),
    )
    .openapi(deskPresenceRoute, async (c) =>
      c.json(
        await service.presence(c.req.valid("param").id, c.get("staff"), c.req.valid("json")),
        200,
      ),
    )
    .openapi(deskReplyRoute, async (c) => {
      const { message, created } = await service.reply(
        c.req.valid("param").id,
        c.get("staff"),
        c.req.valid("json"),
      );
      return created ? c.json(message, 201) : c.json(message, 200);
    })
    .openapi(deskClaimRoute, async (c) =>
      c.json(await service.claim(c.req.valid("param").id, c.get("staff")), 200),
    )
    .openapi(deskAssignRoute, async (c) =>
      c.json(
        await service.assign(
          c.req.valid("param").id,
          c.get("staff"),
          c.req.valid("json").assigneeId,
        ),
        200,
      ),
    )
    .openapi(deskClarifyRoute, async (c) =>
      c.json(
        await service.clarify(c.req.valid("param").id, c.get("staff"), c.req.valid("json")),
        200,
      ),
    )
    .openapi(deskPriorityRoute, async (c) =>
      c.json(
        await service.changePriority(c.req.valid("param").id, c.get("staff"), c.req.valid("json")),
        200,
      ),
    )
    .openapi(deskEscalateRoute, async (c) =>
      c.json(
        await service.escalate(c.req.valid("param").id, c.get("staff"), c.req.valid("json")),
        200,
      ),
    )
    .openapi(deskResolveRoute, async (c) =>
      c.json(
        await service.resolve(c.req.valid("param").id, c.get("staff"), c.req.valid("json")),
        200,
      ),
    )
    .openapi(deskCloseRoute, async (c) =>
      c.json(
        await service.close(c.req.valid("param").id, c.get("staff"), c.req.valid("json")),
        200,
      ),
    )
    .openapi(deskMergeRoute, async (c) =>
      c.json(
        await service.merge(c.req.valid("param").id, c.get("staff"), c.req.valid("json")),
        200,
      ),
    )
    .openapi(deskTagsRoute, async (c) =>
      c.json(await service.tags(c.req.valid("param").id, c.get("staff"), c.req.valid("json")), 200),
    )
    .openapi(deskCustomerTagsRoute, async (c) =>
      c.json(
        await service.customerTags(c.req.valid("param").id, c.get("staff"), c.req.valid("json")),
        200,
      ),
    )
    .openapi(deskApplyMacroRoute, async (c) =>
      c.json(
        await service.applyMacro(c.req.valid("param").id, c.get("staff"), c.req.valid("json")),
        200,
      ),
    );
}
