import {
  analyticsFilterSchema,
  efficiencyFiguresSchema,
  exportQuerySchema,
  productFiguresSchema,
  qualityFiguresSchema,
  retentionInputSchema,
  retentionSettingsSchema,
  riskFiguresSchema,
  slaFiguresSchema,
  subscriptionInputSchema,
  volumeFiguresSchema,
  weeklyReportsSchema,
} from "@helpline/contracts/analytics";
import type { Db } from "@helpline/db";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import { requireRole } from "../../middleware/require-role";
import type { AnalyticsService } from "./analytics.service";
import { exportData } from "./export";
import type { RequestCounter } from "./request-counts";
import { getRetention, setRetention } from "./retention";
import { listWeeklyReports, setSubscription } from "./weekly-report";

const TAG = "Console: analytics";
const viewers = requireRole("analyst", "supervisor", "admin");
const supervisors = requireRole("supervisor", "admin");
const admins = requireRole("admin");
const VIEWERS = "Analysts, supervisors and admins.";
const errors = errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed");

const section = <T extends z.ZodType>(
  path: string,
  schema: T,
  summary: string,
  description: string,
) =>
  createRoute({
    method: "get",
    path: `/admin/analytics/${path}`,
    tags: [TAG],
    summary,
    description: `${description} ${VIEWERS}`,
    security: tmaSecurity,
    middleware: viewers,
    request: { query: analyticsFilterSchema },
    responses: { 200: jsonContent(schema, summary), ...errors },
  });

export const slaRoute = section(
  "sla",
  slaFiguresSchema,
  "SLA figures",
  "First-response and resolution P50/P90 (minutes, percentile_cont), attainment per queue and target, breaches per day and queue.",
);
export const qualityRoute = section(
  "quality",
  qualityFiguresSchema,
  "Quality figures",
  "CSAT average and distribution, NPS, reopen rate, first-contact resolution.",
);
export const volumeRoute = section(
  "volume",
  volumeFiguresSchema,
  "Volume figures",
  "Tickets per day, by topic, queue and channel; hour-of-week heatmap; backlog at the end of each day.",
);
export const efficiencyRoute = section(
  "efficiency",
  efficiencyFiguresSchema,
  "Efficiency figures",
  "Self-service share (knowledge base, bot) against agents; the per-agent table only for supervisors and admins (null for analysts).",
);
export const productRoute = section(
  "product",
  productFiguresSchema,
  "Product figures",
  "Top contact reasons (topic and section) against the previous period of equal length; top tags.",
);
export const riskRoute = section(
  "risk",
  riskFiguresSchema,
  "Risk figures",
  "Rejected and rate-limited API requests as a share of all (UTC days), exports, erasures and purged conversations.",
);

export const exportRoute = createRoute({
  method: "get",
  path: "/admin/analytics/export",
  tags: [TAG],
  summary: "Export tickets or conversations as CSV or XLSX",
  description:
    "Streamed; cells that a spreadsheet would run as a formula get a leading `'`. Every export is written to the audit log. Supervisors and admins.",
  security: tmaSecurity,
  middleware: supervisors,
  request: { query: exportQuerySchema },
  responses: {
    200: {
      content: {
        "text/csv": { schema: z.string() },
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
          schema: z.string().openapi({ format: "binary" }),
        },
      },
      description: "The file",
    },
    ...errors,
  },
});

export const weeklyReportsRoute = createRoute({
  method: "get",
  path: "/admin/analytics/weekly-reports",
  tags: [TAG],
  summary: "Weekly reports, newest first, and whether I get them in Telegram",
  description: VIEWERS,
  security: tmaSecurity,
  middleware: viewers,
  responses: { 200: jsonContent(weeklyReportsSchema, "Reports"), ...errors },
});

export const subscriptionRoute = createRoute({
  method: "put",
  path: "/admin/analytics/weekly-reports/subscription",
  tags: [TAG],
  summary: "Get (or stop getting) the weekly report as a Telegram message",
  description: VIEWERS,
  security: tmaSecurity,
  middleware: viewers,
  request: { body: jsonBody(subscriptionInputSchema) },
  responses: {
    200: jsonContent(z.object({ subscribed: z.boolean() }), "The new choice"),
    ...errors,
  },
});

export const retentionGetRoute = createRoute({
  method: "get",
  path: "/admin/analytics/retention",
  tags: [TAG],
  summary: "How long conversations of closed tickets are kept",
  description: VIEWERS,
  security: tmaSecurity,
  middleware: viewers,
  responses: { 200: jsonContent(retentionSettingsSchema, "The retention period"), ...errors },
});

export const retentionPutRoute = createRoute({
  method: "put",
  path: "/admin/analytics/retention",
  tags: [TAG],
  summary: "Change the retention period (30–3650 days)",
  description: "Audited. Admins.",
  security: tmaSecurity,
  middleware: admins,
  request: { body: jsonBody(retentionInputSchema) },
  responses: { 200: jsonContent(retentionSettingsSchema, "The retention period"), ...errors },
});

const canSeeAgents = (roles: readonly string[]) =>
  roles.includes("supervisor") || roles.includes("admin");

export function analyticsRouter(db: Db, analytics: AnalyticsService, counter: RequestCounter) {
  return createRouter()
    .openapi(slaRoute, async (c) => c.json(await analytics.sla(c.req.valid("query")), 200))
    .openapi(qualityRoute, async (c) => c.json(await analytics.quality(c.req.valid("query")), 200))
    .openapi(volumeRoute, async (c) => c.json(await analytics.volume(c.req.valid("query")), 200))
    .openapi(efficiencyRoute, async (c) =>
      c.json(
        await analytics.efficiency(c.req.valid("query"), canSeeAgents(c.get("staff").roles)),
        200,
      ),
    )
    .openapi(productRoute, async (c) => c.json(await analytics.product(c.req.valid("query")), 200))
    .openapi(riskRoute, async (c) => {
      await counter.flush(db);
      return c.json(await analytics.risk(c.req.valid("query")), 200);
    })
    .openapi(exportRoute, async (c) => {
      const query = c.req.valid("query");
      const scope = await analytics.scopeOf(query);
      const file = await exportData(db, c.get("staff").userId, query, scope);
      return new Response(file.body, {
        status: 200,
        headers: {
          "content-type": file.contentType,
          "content-disposition": `attachment; filename="${file.filename}"`,
          "cache-control": "no-store",
        },
      }) as never;
    })
    .openapi(weeklyReportsRoute, async (c) =>
      c.json(await listWeeklyReports(db, c.get("staff").userId), 200),
    )
    .openapi(subscriptionRoute, async (c) => {
      const { subscribed } = c.req.valid("json");
      await setSubscription(db, c.get("staff").userId, subscribed);
      return c.json({ subscribed }, 200);
    })
    .openapi(retentionGetRoute, async (c) => c.json(await getRetention(db), 200))
    .openapi(retentionPutRoute, async (c) =>
      c.json(await setRetention(db, c.get("staff").userId, c.req.valid("json").retentionDays), 200),
    );
}
