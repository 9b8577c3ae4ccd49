import { DESK_ROLES } from "@helpline/contracts/desk";
import {
  slaPolicyInputSchema,
  slaPolicyListSchema,
  slaPolicySchema,
  ticketClocksSchema,
  ticketSlaSchema,
} from "@helpline/contracts/sla";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import { requireRole } from "../../middleware/require-role";
import type { SlaService } from "./sla.service";

export const ticketSlaRoute = createRoute({
  method: "get",
  path: "/tickets/{id}/sla",
  tags: ["Tickets"],
  summary: "The first-response promise of my ticket",
  description:
    "The ETA given at creation, the SLA due time, and `queueBreaching` when the queue was already behind (the ETA is then later than the target). Only the ticket's customer; anyone else gets 404.",
  security: tmaSecurity,
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    200: jsonContent(ticketSlaSchema, "The promise and how it went"),
    ...errorResponses(...AUTH_ERRORS, "not_found"),
  },
});

const policyTags = ["SLA policies (admin)"];
const queueParams = z.object({ queueId: z.string().max(32) });

export const slaPoliciesRoute = createRoute({
  method: "get",
  path: "/admin/sla-policies",
  tags: policyTags,
  summary: "Every queue's SLA policy and automation delays (stored, or the defaults)",
  security: tmaSecurity,
  responses: {
    200: jsonContent(slaPolicyListSchema, "One policy per queue"),
    ...errorResponses(...AUTH_ERRORS, "forbidden"),
  },
});

export const saveSlaPolicyRoute = createRoute({
  method: "put",
  path: "/admin/sla-policies/{queueId}",
  tags: policyTags,
  summary: "Replace a queue's SLA policy (audited)",
  description:
    "Targets in minutes, the due-soon share, the statuses that pause the resolution clock, a business-hours calendar (null: 24/7) and the automation delays. Applies to each ticket of the queue from its next change.",
  security: tmaSecurity,
  request: { params: queueParams, body: jsonBody(slaPolicyInputSchema) },
  responses: {
    200: jsonContent(slaPolicySchema, "The saved policy"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found", "validation_failed"),
  },
});

export const ticketClocksRoute = createRoute({
  method: "get",
  path: "/admin/tickets/{id}/sla",
  tags: ["Desk"],
  summary: "A ticket's first-response, next-response and resolution clocks",
  security: tmaSecurity,
  middleware: requireRole(...DESK_ROLES),
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    200: jsonContent(ticketClocksSchema, "The three clocks"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found"),
  },
});

export function slaRouter(sla: SlaService) {
  const router = createRouter();
  router.use("/admin/sla-policies", requireRole("admin", "supervisor"));
  router.use("/admin/sla-policies/*", requireRole("admin", "supervisor"));
  return router
    .openapi(ticketSlaRoute, async (c) =>
      c.json(await sla.forCustomer(c.req.valid("param").id, c.get("auth").userId), 200),
    )
    .openapi(slaPoliciesRoute, async (c) => c.json(await sla.policies(), 200))
    .openapi(saveSlaPolicyRoute, async (c) =>
      c.json(
        await sla.savePolicy(
          c.req.valid("param").queueId,
          c.req.valid("json"),
          c.get("staff").userId,
        ),
        200,
      ),
    )
    .openapi(ticketClocksRoute, async (c) =>
      c.json(await sla.clocks(c.req.valid("param").id, c.get("staff").queues), 200),
    );
}
