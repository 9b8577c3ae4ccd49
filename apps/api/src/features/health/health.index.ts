import { type Db, ping } from "@helpline/db";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { jsonContent } from "../../lib/openapi";
import { createRouter } from "../../lib/router";

const healthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.enum(["ok", "unreachable"]),
});

export const healthRoute = createRoute({
  method: "get",
  path: "/health",
  tags: ["Operations"],
  summary: "Is the desk up",
  description: "Checks the database with a round trip. No authorization.",
  responses: {
    200: jsonContent(healthSchema, "Everything answers"),
    503: jsonContent(healthSchema, "The database does not answer"),
  },
});

export function healthRouter(db: Db) {
  return createRouter().openapi(healthRoute, async (c) => {
    try {
      await ping(db);
      return c.json({ status: "ok" as const, database: "ok" as const }, 200);
    } catch {
      return c.json({ status: "degraded" as const, database: "unreachable" as const }, 503);
    }
  });
}
