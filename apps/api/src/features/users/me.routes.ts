import { meSchema } from "@helpline/contracts/users";
import { createRoute } from "@hono/zod-openapi";
import { AUTH_ERRORS, errorResponses, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import type { UsersService } from "./users.service";

export const getMeRoute = createRoute({
  method: "get",
  path: "/me",
  tags: ["People"],
  summary: "Who am I",
  description: "The signed-in user, their settings, and their staff roles (empty for customers).",
  security: tmaSecurity,
  responses: {
    200: jsonContent(meSchema, "The caller"),
    ...errorResponses(...AUTH_ERRORS),
  },
});

export function meRouter(users: UsersService) {
  return createRouter().openapi(getMeRoute, async (c) =>
    c.json(await users.getMe(c.get("auth").userId), 200),
  );
}
