import {
  routingConfigSchema,
  routingRuleInputSchema,
  routingRuleSchema,
  stopPhraseInputSchema,
  stopPhraseSchema,
} from "@helpline/contracts/routing";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import { requireRole } from "../../middleware/require-role";
import type { RoutingService } from "./routing.service";

const idParams = z.object({ id: z.string().max(64) });
const tags = ["Routing (admin)"];
const deleted = { 204: { description: "Deleted" } };

const configRoute = createRoute({
  method: "get",
  path: "/admin/routing",
  tags,
  summary: "Routing rules (in evaluation order) and stop phrases",
  security: tmaSecurity,
  responses: {
    200: jsonContent(routingConfigSchema, "The routing configuration"),
    ...errorResponses(...AUTH_ERRORS, "forbidden"),
  },
});

const createRuleRoute = createRoute({
  method: "post",
  path: "/admin/routing/rules",
  tags,
  summary: "Add a routing rule",
  security: tmaSecurity,
  request: { body: jsonBody(routingRuleInputSchema) },
  responses: {
    201: jsonContent(routingRuleSchema, "The new rule"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed"),
  },
});

const updateRuleRoute = createRoute({
  method: "put",
  path: "/admin/routing/rules/{id}",
  tags,
  summary: "Replace a routing rule",
  security: tmaSecurity,
  request: { params: idParams, body: jsonBody(routingRuleInputSchema) },
  responses: {
    200: jsonContent(routingRuleSchema, "The rule"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found", "validation_failed"),
  },
});

const deleteRuleRoute = createRoute({
  method: "delete",
  path: "/admin/routing/rules/{id}",
  tags,
  summary: "Remove a routing rule",
  security: tmaSecurity,
  request: { params: idParams },
  responses: { ...deleted, ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found") },
});

const addPhraseRoute = createRoute({
  method: "post",
  path: "/admin/routing/stop-phrases",
  tags,
  summary: "Add a stop phrase (routes to security with priority critical)",
  security: tmaSecurity,
  request: { body: jsonBody(stopPhraseInputSchema) },
  responses: {
    201: jsonContent(stopPhraseSchema, "The phrase"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed"),
  },
});

const deletePhraseRoute = createRoute({
  method: "delete",
  path: "/admin/routing/stop-phrases/{id}",
  tags,
  summary: "Remove a stop phrase",
  security: tmaSecurity,
  request: { params: idParams },
  responses: { ...deleted, ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found") },
});

/** Admin-only; `requireStaff` already ran for every /api/admin path. */
export function routingRouter(routing: RoutingService) {
  const router = createRouter();
  router.use("/admin/routing", requireRole("admin"));
  router.use("/admin/routing/*", requireRole("admin"));
  return router
    .openapi(configRoute, async (c) => c.json(await routing.config(), 200))
    .openapi(createRuleRoute, async (c) =>
      c.json(await routing.createRule(c.req.valid("json")), 201),
    )
    .openapi(updateRuleRoute, async (c) =>
      c.json(await routing.updateRule(c.req.valid("param").id, c.req.valid("json")), 200),
    )
    .openapi(deleteRuleRoute, async (c) => {
      await routing.deleteRule(c.req.valid("param").id);
      return c.body(null, 204);
    })
    .openapi(addPhraseRoute, async (c) => c.json(await routing.addPhrase(c.req.valid("json")), 201))
    .openapi(deletePhraseRoute, async (c) => {
      await routing.deletePhrase(c.req.valid("param").id);
      return c.body(null, 204);
    });
}
