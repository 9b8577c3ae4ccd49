import { LOCALES } from "@helpline/contracts/locales";
import { topicsResponseSchema } from "@helpline/contracts/topics";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import type { UsersService } from "../users/users.service";
import type { TopicsService } from "./topics.service";

export const listTopicsRoute = createRoute({
  method: "get",
  path: "/topics",
  tags: ["Topics"],
  summary: "The classification tree",
  description:
    "Topics and their sections for the new-request form, in the caller's language unless `lang` asks for another.",
  security: tmaSecurity,
  request: { query: z.strictObject({ lang: z.enum(LOCALES).optional() }) },
  responses: {
    200: jsonContent(topicsResponseSchema, "Topics with their sections"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed"),
  },
});

export function topicsRouter(topics: TopicsService, users: UsersService) {
  return createRouter().openapi(listTopicsRoute, async (c) => {
    const locale = c.req.valid("query").lang ?? (await users.localeOf(c.get("auth").userId));
    return c.json(await topics.list(locale), 200);
  });
}
