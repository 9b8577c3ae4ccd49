import { ROLE_QUEUES } from "@helpline/contracts/desk";
import { ATTACHMENT_MAX_BYTES } from "@helpline/contracts/ticket-values";
import type { Db } from "@helpline/db";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./app-env";
import { createDbAttachmentStore } from "./features/attachments/attachment-store";
import { demoRouter } from "./features/demo/demo.index";
import { docsRouter } from "./features/docs/docs.index";
import { healthRouter } from "./features/health/health.index";
import { createRoutingRepo } from "./features/routing/routing.repo";
import { routingRouter } from "./features/routing/routing.routes";
import { createRoutingService } from "./features/routing/routing.service";
import { createSlaRepo } from "./features/sla/sla.repo";
import { slaRouter } from "./features/sla/sla.routes";
import { createSlaService } from "./features/sla/sla.service";
import { type WebhookDeps, webhookRouter } from "./features/telegram/webhook.index";
import { deskRouter } from "./features/tickets/desk.routes";
import { createDeskService } from "./features/tickets/desk.service";
import { ticketsRouter } from "./features/tickets/tickets.index";
import { createTicketsRepo } from "./features/tickets/tickets.repo";
import { createTicketsService } from "./features/tickets/tickets.service";
import { topicsRouter } from "./features/topics/topics.index";
import { createTopicsRepo } from "./features/topics/topics.repo";
import { createTopicsService } from "./features/topics/topics.service";
import { meRouter } from "./features/users/me.routes";
import { createUsersRepo } from "./features/users/users.repo";
import { createUsersService } from "./features/users/users.service";
import { loadWebApp, webRouter } from "./features/web/web.index";
import { AppError, errorBody, handleError } from "./lib/errors";
import type { Logger } from "./lib/logger";
import { RateLimiter } from "./lib/rate-limit";
import { TicketBus } from "./lib/ticket-bus";
import { requireStaff } from "./middleware/require-staff";
import { telegramAuth } from "./middleware/telegram-auth";

export interface AppDeps {
  db: Db;
  logger: Logger;
  /** The token initData is signed with: the real bot's, or the local demo token. */
  botToken: string;
  initDataMaxAge: number;
  /** Mount the demo door (only when there is no real BOT_TOKEN). */
  demo: boolean;
  webhook?: Omit<WebhookDeps, "logger">;
  /** The built web app; omitted in API tests. */
  webDist?: string;
  now?: () => number;
}

/** JSON bodies stay small; attachments get their own, larger limit on their own route. */
const JSON_BODY_LIMIT = 64 * 1024;
const ATTACHMENT_PATH = /^\/api\/tickets\/[^/]+\/attachments$/;

/**
 * Builds the whole HTTP surface. No listening, no process state: tests call `app.request()`
 * on it directly, and `main.ts` serves it.
 */
export function createApp(deps: AppDeps) {
  const now = deps.now ?? Date.now;
  const bus = new TicketBus();
  const users = createUsersService(createUsersRepo(deps.db), now);
  const topicsRepo = createTopicsRepo(deps.db);
  const topics = createTopicsService(topicsRepo);
  const ticketsRepo = createTicketsRepo(deps.db);
  const attachmentStore = createDbAttachmentStore(deps.db);
  const desk = createDeskService(ticketsRepo, bus, attachmentStore);
  const routing = createRoutingService(createRoutingRepo(deps.db));
  const sla = createSlaService({ repo: createSlaRepo(deps.db), logger: deps.logger, now });
  const tickets = createTicketsService({
    tickets: ticketsRepo,
    topics: topicsRepo,
    createLimiter: new RateLimiter(10, 10 / 600, now),
    messageLimiter: new RateLimiter(30, 1, now),
    bus,
    attachments: attachmentStore,
    routing,
    sla,
    now,
  });

  const web = loadWebApp(deps.webDist);
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError(deps.logger));
  app.notFound((c) =>
    c.json(errorBody("not_found", `No route for ${c.req.method} ${c.req.path}`), 404),
  );

  app.use(
    "*",
    secureHeaders({
      // Telegram Web shows Mini Apps in an iframe, so framing by Telegram must stay allowed.
      xFrameOptions: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // index.html's own small bootstrap, by hash (features/web/app-shell.ts).
        scriptSrc: ["'self'", ...(web?.scriptHashes ?? [])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:", "https:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'self'", "https://web.telegram.org", "https://*.telegram.org"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      crossOriginResourcePolicy: false,
      crossOriginOpenerPolicy: false,
    }),
  );
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError("payload_too_large", `The body is larger than ${maxSize} bytes`);
      },
    });
  const jsonLimit = limit(JSON_BODY_LIMIT);
  const imageLimit = limit(ATTACHMENT_MAX_BYTES);
  app.use("/api/*", (c, next) =>
    c.req.method === "POST" && ATTACHMENT_PATH.test(c.req.path)
      ? imageLimit(c, next)
      : jsonLimit(c, next),
  );

  app.openAPIRegistry.registerComponent("securitySchemes", "tma", {
    type: "apiKey",
    in: "header",
    name: "Authorization",
    description:
      "`tma <initDataRaw>`: the Mini App's launch data as Telegram gave it, validated with the bot token.",
  });

  // Public routes first: the auth middleware below only sees what they did not answer.
  app.route("/api", healthRouter(deps.db));
  app.route("/api", docsRouter());
  if (deps.demo) app.route("/api", demoRouter(deps.botToken));
  else app.all("/api/demo/*", (c) => c.json(errorBody("not_found", "Not found"), 404));
  if (deps.webhook) app.route("/api", webhookRouter({ ...deps.webhook, logger: deps.logger }));
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Helpline API",
      version: "0.1.0",
      description:
        "The help desk's HTTP API: tickets, topics and people. Every call except health, this document and the webhook carries `Authorization: tma <initDataRaw>`. Errors always have the shape `{ error: { code, message, details? } }`.",
    },
  });

  app.use(
    "/api/*",
    telegramAuth({
      botToken: deps.botToken,
      maxAgeSeconds: deps.initDataMaxAge,
      onNewUser: users.upsertFromTelegram,
      now,
    }),
  );
  app.use("/api/admin/*", requireStaff(users));
  const routes = app
    .route("/api", meRouter(users))
    .route("/api", topicsRouter(topics, users))
    .route(
      "/api",
      ticketsRouter(tickets, bus, async (userId) => {
        const roles = await users.rolesOf(userId);
        return [...new Set(roles.flatMap((role) => ROLE_QUEUES[role]))];
      }),
    )
    .route("/api", deskRouter(desk))
    .route("/api", routingRouter(routing))
    .route("/api", slaRouter(sla));

  // Unknown /api paths answer JSON 404 (after auth, so they reveal nothing to strangers).
  app.all("/api/*", (c) =>
    c.json(errorBody("not_found", `No route for ${c.req.method} ${c.req.path}`), 404),
  );
  app.route("/", webRouter(web));
  return { app, routes, services: { users, topics, tickets, desk, routing, sla } };
}

export type AppType = ReturnType<typeof createApp>["routes"];
