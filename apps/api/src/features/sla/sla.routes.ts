import { ticketSlaSchema } from "@helpline/contracts/sla";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
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

export function slaRouter(sla: SlaService) {
  return createRouter().openapi(ticketSlaRoute, async (c) =>
    c.json(await sla.forCustomer(c.req.valid("param").id, c.get("auth").userId), 200),
  );
}
