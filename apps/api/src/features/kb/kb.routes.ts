import {
  kbArticleQuerySchema,
  kbArticleSchema,
  kbDeflectionSchema,
  kbFeedbackSchema,
  kbHomeQuerySchema,
  kbHomeSchema,
  kbSearchQuerySchema,
  kbSearchResponseSchema,
  kbSlugSchema,
  kbSuggestQuerySchema,
} from "@helpline/contracts/kb";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import type { UsersService } from "../users/users.service";
import type { KbService } from "./kb.service";

const TAG = "Knowledge base";
const slugParams = z.object({ slug: kbSlugSchema });
const visibility =
  "Customers see published articles; staff also see staff-only ones. Drafts are never shown here.";

export const kbHomeRoute = createRoute({
  method: "get",
  path: "/kb/home",
  tags: [TAG],
  summary: "Knowledge base home: popular articles and categories",
  description: visibility,
  security: tmaSecurity,
  request: { query: kbHomeQuerySchema },
  responses: {
    200: jsonContent(kbHomeSchema, "Popular articles and article counts per category"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed"),
  },
});

export const kbSearchRoute = createRoute({
  method: "get",
  path: "/kb/search",
  tags: [TAG],
  summary: "Search articles in any language",
  description: `Full-text search in the database (stemming for English and Russian, Persian letter and digit variants unified, Chinese by character bigrams, typo tolerance). Results in the caller's language come first; snippets are plain-text parts. The query is logged for content editors. ${visibility}`,
  security: tmaSecurity,
  request: { query: kbSearchQuerySchema },
  responses: {
    200: jsonContent(kbSearchResponseSchema, "Ranked results"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed"),
  },
});

export const kbSuggestRoute = createRoute({
  method: "get",
  path: "/kb/suggest",
  tags: [TAG],
  summary: "Up to 3 articles for a request being typed",
  description: `Deflection while a customer writes a new request: the last word matches as a prefix. Not logged as a search. ${visibility}`,
  security: tmaSecurity,
  request: { query: kbSuggestQuerySchema },
  responses: {
    200: jsonContent(kbSearchResponseSchema, "At most 3 results"),
    ...errorResponses(...AUTH_ERRORS, "validation_failed"),
  },
});

export const kbArticleRoute = createRoute({
  method: "get",
  path: "/kb/articles/{slug}",
  tags: [TAG],
  summary: "One article in the asked language (or the nearest available)",
  description: `The body is raw Markdown: render it sanitised. ${visibility}`,
  security: tmaSecurity,
  request: { params: slugParams, query: kbArticleQuerySchema },
  responses: {
    200: jsonContent(kbArticleSchema, "The article"),
    ...errorResponses(...AUTH_ERRORS, "not_found", "validation_failed"),
  },
});

export const kbFeedbackRoute = createRoute({
  method: "post",
  path: "/kb/articles/{slug}/feedback",
  tags: [TAG],
  summary: '"Was this helpful?"',
  security: tmaSecurity,
  request: { params: slugParams, body: jsonBody(kbFeedbackSchema) },
  responses: {
    204: { description: "Recorded" },
    ...errorResponses(...AUTH_ERRORS, "not_found", "validation_failed"),
  },
});

export const kbDeflectionRoute = createRoute({
  method: "post",
  path: "/kb/deflection",
  tags: [TAG],
  summary: "Record suggested articles shown, opened, or marked as the solution",
  description:
    "`sessionId` is made by the client once per new-request draft, so the share of drafts ended by an article can be counted.",
  security: tmaSecurity,
  request: { body: jsonBody(kbDeflectionSchema) },
  responses: {
    204: { description: "Recorded" },
    ...errorResponses(...AUTH_ERRORS, "not_found", "validation_failed"),
  },
});

export function kbRouter(kb: KbService, users: UsersService) {
  const isStaff = async (userId: number) => (await users.rolesOf(userId)).length > 0;
  return createRouter()
    .openapi(kbHomeRoute, async (c) => {
      const { locale, category } = c.req.valid("query");
      return c.json(await kb.home(locale, await isStaff(c.get("auth").userId), category), 200);
    })
    .openapi(kbSearchRoute, async (c) => {
      const userId = c.get("auth").userId;
      return c.json(
        await kb.search(userId, await isStaff(userId), c.req.valid("query"), "search"),
        200,
      );
    })
    .openapi(kbSuggestRoute, async (c) => {
      const userId = c.get("auth").userId;
      const query = c.req.valid("query");
      return c.json(
        await kb.search(userId, await isStaff(userId), { ...query, limit: 3 }, "suggest"),
        200,
      );
    })
    .openapi(kbArticleRoute, async (c) => {
      const staff = await isStaff(c.get("auth").userId);
      return c.json(
        await kb.article(c.req.valid("param").slug, c.req.valid("query").locale, staff),
        200,
      );
    })
    .openapi(kbFeedbackRoute, async (c) => {
      const userId = c.get("auth").userId;
      await kb.feedback(
        c.req.valid("param").slug,
        userId,
        await isStaff(userId),
        c.req.valid("json"),
      );
      return c.body(null, 204);
    })
    .openapi(kbDeflectionRoute, async (c) => {
      const userId = c.get("auth").userId;
      await kb.deflection(userId, await isStaff(userId), c.req.valid("json"));
      return c.body(null, 204);
    });
}
