import {
  kbCreateArticleSchema,
  kbDraftFromTicketSchema,
  kbEditorArticleSchema,
  kbEditorListQuerySchema,
  kbEditorListSchema,
  kbExportSchema,
  kbImportResultSchema,
  kbInsightsQuerySchema,
  kbInsightsSchema,
  kbSlugSchema,
  kbUpdateArticleSchema,
  kbVersionListSchema,
} from "@helpline/contracts/kb";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import { requireRole } from "../../middleware/require-role";
import type { KbService } from "./kb.service";

const TAG = "Knowledge base (editors)";
const ROLES = "Content editors and admins only; everyone else gets 403.";
const slugParams = z.object({ slug: kbSlugSchema });
const editorErrors = [...AUTH_ERRORS, "forbidden"] as const;

export const kbAdminListRoute = createRoute({
  method: "get",
  path: "/admin/kb/articles",
  tags: [TAG],
  summary: "All articles, any status, with filters",
  description: ROLES,
  security: tmaSecurity,
  request: { query: kbEditorListQuerySchema },
  responses: {
    200: jsonContent(kbEditorListSchema, "Articles, last changed first"),
    ...errorResponses(...editorErrors, "validation_failed"),
  },
});

export const kbAdminCreateRoute = createRoute({
  method: "post",
  path: "/admin/kb/articles",
  tags: [TAG],
  summary: "Create an article",
  description: `Markdown is stored raw. Writes a version. ${ROLES}`,
  security: tmaSecurity,
  request: { body: jsonBody(kbCreateArticleSchema) },
  responses: {
    201: jsonContent(kbEditorArticleSchema, "The new article"),
    ...errorResponses(...editorErrors, "validation_failed", "conflict"),
  },
});

export const kbAdminGetRoute = createRoute({
  method: "get",
  path: "/admin/kb/articles/{slug}",
  tags: [TAG],
  summary: "One article with every language version",
  description: ROLES,
  security: tmaSecurity,
  request: { params: slugParams },
  responses: {
    200: jsonContent(kbEditorArticleSchema, "The article"),
    ...errorResponses(...editorErrors, "not_found", "validation_failed"),
  },
});

export const kbAdminUpdateRoute = createRoute({
  method: "patch",
  path: "/admin/kb/articles/{slug}",
  tags: [TAG],
  summary: "Change an article",
  description: `Only the fields sent change; a language set to null is removed. Writes a version when anything changed. ${ROLES}`,
  security: tmaSecurity,
  request: { params: slugParams, body: jsonBody(kbUpdateArticleSchema) },
  responses: {
    200: jsonContent(kbEditorArticleSchema, "The article after the change"),
    ...errorResponses(...editorErrors, "not_found", "validation_failed"),
  },
});

const statusRoute = (action: "publish" | "unpublish") =>
  createRoute({
    method: "post",
    path: `/admin/kb/articles/{slug}/${action}`,
    tags: [TAG],
    summary: action === "publish" ? "Publish an article" : "Take an article back to draft",
    description: ROLES,
    security: tmaSecurity,
    request: { params: slugParams },
    responses: {
      200: jsonContent(kbEditorArticleSchema, "The article"),
      ...errorResponses(...editorErrors, "not_found", "validation_failed"),
    },
  });
export const kbAdminPublishRoute = statusRoute("publish");
export const kbAdminUnpublishRoute = statusRoute("unpublish");

export const kbAdminVersionsRoute = createRoute({
  method: "get",
  path: "/admin/kb/articles/{slug}/versions",
  tags: [TAG],
  summary: "Version history: who changed what, when",
  description: ROLES,
  security: tmaSecurity,
  request: { params: slugParams },
  responses: {
    200: jsonContent(kbVersionListSchema, "Versions, newest first"),
    ...errorResponses(...editorErrors, "not_found", "validation_failed"),
  },
});

export const kbAdminDraftFromTicketRoute = createRoute({
  method: "post",
  path: "/admin/kb/drafts/from-ticket",
  tags: [TAG],
  summary: "Draft an article from a resolved ticket",
  description: `Pre-filled from the ticket's subject and the agent's resolution summary and next steps, in the customer's language; slug \`ticket-<number>\`. ${ROLES}`,
  security: tmaSecurity,
  request: { body: jsonBody(kbDraftFromTicketSchema) },
  responses: {
    201: jsonContent(kbEditorArticleSchema, "The new draft"),
    200: jsonContent(kbEditorArticleSchema, "The draft made from this ticket earlier"),
    ...errorResponses(...editorErrors, "not_found", "validation_failed", "conflict"),
  },
});

export const kbAdminExportRoute = createRoute({
  method: "get",
  path: "/admin/kb/export",
  tags: [TAG],
  summary: "The whole knowledge base as JSON",
  description: ROLES,
  security: tmaSecurity,
  responses: {
    200: jsonContent(kbExportSchema, "Every article in every language and status"),
    ...errorResponses(...editorErrors),
  },
});

export const kbAdminImportRoute = createRoute({
  method: "post",
  path: "/admin/kb/import",
  tags: [TAG],
  summary: "Import a knowledge base export",
  description: `Validated as a whole, then applied in one transaction: articles are matched by slug (created or replaced); nothing is deleted. Up to 5 MB. ${ROLES}`,
  security: tmaSecurity,
  request: { body: jsonBody(kbExportSchema) },
  responses: {
    200: jsonContent(kbImportResultSchema, "How many articles were created and updated"),
    ...errorResponses(...editorErrors, "validation_failed", "payload_too_large"),
  },
});

export const kbAdminInsightsRoute = createRoute({
  method: "get",
  path: "/admin/kb/insights",
  tags: [TAG],
  summary: "What customers search for and do not find",
  description: `Zero-result searches, searches followed by a new request within an hour, deflection counts and feedback, over the last \`days\`. ${ROLES}`,
  security: tmaSecurity,
  request: { query: kbInsightsQuerySchema },
  responses: {
    200: jsonContent(kbInsightsSchema, "Insights"),
    ...errorResponses(...editorErrors, "validation_failed"),
  },
});

export function kbAdminRouter(kb: KbService) {
  const router = createRouter();
  router.use("/admin/kb/*", requireRole("content_editor", "admin"));
  return router
    .openapi(kbAdminListRoute, async (c) => c.json(await kb.list(c.req.valid("query")), 200))
    .openapi(kbAdminCreateRoute, async (c) =>
      c.json(await kb.create(c.req.valid("json"), c.get("auth").userId), 201),
    )
    .openapi(kbAdminGetRoute, async (c) => c.json(await kb.get(c.req.valid("param").slug), 200))
    .openapi(kbAdminUpdateRoute, async (c) =>
      c.json(
        await kb.update(c.req.valid("param").slug, c.req.valid("json"), c.get("auth").userId),
        200,
      ),
    )
    .openapi(kbAdminPublishRoute, async (c) =>
      c.json(await kb.publish(c.req.valid("param").slug, c.get("auth").userId), 200),
    )
    .openapi(kbAdminUnpublishRoute, async (c) =>
      c.json(await kb.unpublish(c.req.valid("param").slug, c.get("auth").userId), 200),
    )
    .openapi(kbAdminVersionsRoute, async (c) =>
      c.json(await kb.versions(c.req.valid("param").slug), 200),
    )
    .openapi(kbAdminDraftFromTicketRoute, async (c) => {
      const { article, created } = await kb.draftFromTicket(
        c.req.valid("json").ticketId,
        c.get("auth").userId,
      );
      return created ? c.json(article, 201) : c.json(article, 200);
    })
    .openapi(kbAdminExportRoute, async (c) => c.json(await kb.exportAll(), 200))
    .openapi(kbAdminImportRoute, async (c) =>
      c.json(await kb.importAll(c.req.valid("json"), c.get("auth").userId), 200),
    )
    .openapi(kbAdminInsightsRoute, async (c) => {
      const { days, limit } = c.req.valid("query");
      return c.json(await kb.insights(days, limit), 200);
    });
}
