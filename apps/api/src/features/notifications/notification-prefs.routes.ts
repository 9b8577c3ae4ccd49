import {
  notificationPrefsInputSchema,
  notificationPrefsSchema,
} from "@helpline/contracts/notifications";
import { createRoute } from "@hono/zod-openapi";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import { requireRole } from "../../middleware/require-role";
import type { NotificationPrefsService } from "./digest";

const tags = ["Notifications (admin)"];

const getPrefsRoute = createRoute({
  method: "get",
  path: "/admin/notification-prefs",
  tags,
  summary: "My bot notification opt-ins (daily digest, weekly report)",
  security: tmaSecurity,
  responses: {
    200: jsonContent(notificationPrefsSchema, "My opt-ins; both off until set"),
    ...errorResponses(...AUTH_ERRORS, "forbidden"),
  },
});

const putPrefsRoute = createRoute({
  method: "put",
  path: "/admin/notification-prefs",
  tags,
  summary: "Set my bot notification opt-ins",
  description:
    "The daily digest summarises every queue, so it is for supervisors and admins; the weekly report for them and analysts.",
  security: tmaSecurity,
  request: { body: jsonBody(notificationPrefsInputSchema) },
  responses: {
    200: jsonContent(notificationPrefsSchema, "The stored opt-ins"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed"),
  },
});

/** Only for the people the scheduled reports are for; `requireStaff` already ran. */
export function notificationPrefsRouter(prefs: NotificationPrefsService) {
  const router = createRouter();
  router.use("/admin/notification-prefs", requireRole("supervisor", "admin", "analyst"));
  return router
    .openapi(getPrefsRoute, async (c) => c.json(await prefs.get(c.get("staff").userId), 200))
    .openapi(putPrefsRoute, async (c) =>
      c.json(await prefs.put(c.get("staff").userId, c.req.valid("json")), 200),
    );
}
