import { npsSchema } from "@helpline/contracts/tickets";
import { consentSchema, meSchema, updateSettingsSchema } from "@helpline/contracts/users";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
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

export const updateSettingsRoute = createRoute({
  method: "patch",
  path: "/me/settings",
  tags: ["People"],
  summary: "Change my settings",
  description: "Language, time zone, notifications and quiet hours; send only what changes.",
  security: tmaSecurity,
  request: { body: jsonBody(updateSettingsSchema) },
  responses: {
    200: jsonContent(meSchema, "The caller with the new settings"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed"),
  },
});

export const consentRoute = createRoute({
  method: "post",
  path: "/me/consent",
  tags: ["People"],
  summary: "Agree to the privacy notice",
  description: "Records the notice version the person agreed to, and when.",
  security: tmaSecurity,
  request: { body: jsonBody(consentSchema) },
  responses: {
    200: jsonContent(meSchema, "The caller with the consent recorded"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed"),
  },
});

export const exportRoute = createRoute({
  method: "get",
  path: "/me/export",
  tags: ["People"],
  summary: "Export my data",
  description: "A JSON file with the caller's profile, settings, tickets and conversations.",
  security: tmaSecurity,
  responses: {
    200: jsonContent(z.record(z.string(), z.unknown()), "The export, as a download"),
    ...errorResponses(...AUTH_ERRORS),
  },
});

export const eraseRoute = createRoute({
  method: "post",
  path: "/me/erase",
  tags: ["People"],
  summary: "Delete my data",
  description:
    'Erases names and every message in the caller\'s tickets; anonymous counts stay for statistics. Send `{ "confirm": true }`.',
  security: tmaSecurity,
  request: { body: jsonBody(z.strictObject({ confirm: z.literal(true) })) },
  responses: {
    200: jsonContent(z.object({ erased: z.literal(true) }), "Done"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed"),
  },
});

export const npsRoute = createRoute({
  method: "post",
  path: "/nps",
  tags: ["People"],
  summary: "How likely are you to recommend us (0–10)",
  description: "Asked at most once every 90 days: a second answer within that time is a conflict.",
  security: tmaSecurity,
  request: { body: jsonBody(npsSchema) },
  responses: {
    201: jsonContent(z.object({ recorded: z.literal(true) }), "Thank you"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed", "conflict"),
  },
});

export function meRouter(users: UsersService) {
  return createRouter()
    .openapi(getMeRoute, async (c) => c.json(await users.getMe(c.get("auth").userId), 200))
    .openapi(updateSettingsRoute, async (c) =>
      c.json(await users.updateSettings(c.get("auth").userId, c.req.valid("json")), 200),
    )
    .openapi(consentRoute, async (c) =>
      c.json(await users.recordConsent(c.get("auth").userId, c.req.valid("json").version), 200),
    )
    .openapi(exportRoute, async (c) => {
      const data = await users.exportData(c.get("auth").userId);
      c.header("content-disposition", 'attachment; filename="helpline-my-data.json"');
      c.header("cache-control", "no-store");
      return c.json(data, 200);
    })
    .openapi(eraseRoute, async (c) => {
      await users.erase(c.get("auth").userId);
      return c.json({ erased: true as const }, 200);
    })
    .openapi(npsRoute, async (c) => {
      await users.answerNps(c.get("auth").userId, c.req.valid("json"));
      return c.json({ recorded: true as const }, 201);
    });
}
