import { KB_LIMITS } from "@helpline/contracts/kb";
import { ATTACHMENT_MAX_BYTES } from "@helpline/contracts/ticket-values";
import { CONSENT_VERSION } from "@helpline/contracts/users";
import type { Db, DbHandle } from "@helpline/db";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./app-env";
import { createAnalytics } from "./features/analytics/analytics.index";
import { analyticsRouter } from "./features/analytics/analytics.routes";
import { RequestCounter } from "./features/analytics/request-counts";
import { createDbAttachmentStore } from "./features/attachments/attachment-store";
import type { TelegramFiles } from "./features/attachments/telegram-files";
import { createBotDesk } from "./features/bot-desk/bot-desk";
import { createBotDeskRepo } from "./features/bot-desk/bot-desk.repo";
import { auditRouter } from "./features/console/audit";
import { bannedWordsRouter, createBannedWordsService } from "./features/console/banned-words";
import { createMacrosService, macrosRouter } from "./features/console/macros";
import { createStaffService, staffRouter } from "./features/console/staff";
import { demoRouter } from "./features/demo/demo.index";
import { docsRouter } from "./features/docs/docs.index";
import { healthRouter } from "./features/health/health.index";
import { kbRouter } from "./features/kb/kb.routes";
import { createKbService } from "./features/kb/kb.service";
import { kbAdminRouter } from "./features/kb/kb-admin.routes";
import { createNotificationPrefsService } from "./features/notifications/digest";
import { notificationPrefsRouter } from "./features/notifications/notification-prefs.routes";
import { createRoutingRepo } from "./features/routing/routing.repo";
import { routingRouter } from "./features/routing/routing.routes";
import { createRoutingService } from "./features/routing/routing.service";
import { createSlaRepo } from "./features/sla/sla.repo";
import { slaRouter } from "./features/sla/sla.routes";
import { createSlaService } from "./features/sla/sla.service";
import { type WebhookDeps, webhookRouter } from "./features/telegram/webhook.index";
import { createDeskRepo } from "./features/tickets/desk.repo";
import { deskRouter } from "./features/tickets/desk.routes";
import { createDeskService } from "./features/tickets/desk.service";
import { TicketListCache } from "./features/tickets/list-cache";
import { SharedReads } from "./features/tickets/shared-reads";
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
import { PresenceStore } from "./lib/presence";
import { QueueBus } from "./lib/queue-bus";
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
  webhook?: Omit<WebhookDeps, "logger" | "claimUpdate">;
  /** Downloads files customers sent to the bot; without it they cannot be opened. */
  telegramFiles?: TelegramFiles;
  /** The built web app; omitted in API tests. */
  webDist?: string;
  now?: () => number;
  /** See `createSlaService`'s `loadTtlMs`: 0 (exact) unless the server asks for more. */
  etaLoadTtlMs?: number;
  /**
   * The embedded database's change feed (`DbHandle.onTicketsChanged`): with it, customers'
   * ticket lists are kept in memory until their tickets change (ADR 017).
   */
  onTicketsChanged?: DbHandle["onTicketsChanged"];
}

/** JSON bodies stay small; attachments get their own, larger limit on their own route. */
const JSON_BODY_LIMIT = 64 * 1024;
const ATTACHMENT_PATH = /^\/api\/tickets\/[^/]+\/attachments$/;
const KB_IMPORT_PATH = "/api/admin/kb/import";

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
  const attachmentStore = createDbAttachmentStore(deps.db, deps.telegramFiles);
  const queueBus = new QueueBus();
  const staff = createStaffService(deps.db);
  const banned = createBannedWordsService(deps.db);
  const deskRepo = createDeskRepo(deps.db);
  const sla = createSlaService({
    repo: createSlaRepo(deps.db),
    logger: deps.logger,
    now,
    db: deps.db,
    loadTtlMs: deps.etaLoadTtlMs,
    live: { bus, queueBus },
  });
  const routing = createRoutingService(createRoutingRepo(deps.db));
  // Kept only where every change is reported at its commit (ADR 017, ADR 020).
  const listCache = deps.onTicketsChanged ? new TicketListCache() : undefined;
  const sharedReads = deps.onTicketsChanged ? new SharedReads({ now }) : undefined;
  if (listCache && sharedReads && deps.onTicketsChanged) {
    deps
      .onTicketsChanged((customerId) => {
        listCache.forget(customerId);
        sharedReads.invalidate();
      })
      .then(
        () => {
          listCache.enable();
          sharedReads.enable();
        },
        (error: unknown) => deps.logger.warn("Ticket lists are not cached", { error }),
      );
  }
  const desk = createDeskService({
    sharedReads,
    db: deps.db,
    repo: deskRepo,
    bus,
    queueBus,
    files: attachmentStore,
    banned,
    presence: new PresenceStore(now),
    sla,
    routing,
    now,
  });
  const macros = createMacrosService(deps.db, banned);
  // Customer-side changes (a new ticket, a customer message, a reopen) reach the staff stream
  // too: one lookup of the ticket's queue per event, not per listener.
  bus.subscribeAll((event) => {
    if (queueBus.size === 0) return;
    void deskRepo
      .queueOf(event.ticketId)
      .then((queue) => {
        if (queue) queueBus.publish({ type: "queue", queue, ticketId: event.ticketId });
      })
      .catch(() => {});
  });
  const tickets = createTicketsService({
    listCache,
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
  const kb = createKbService({
    db: deps.db,
    eventLimiter: new RateLimiter(30, 0.5, now),
    searchLimiter: new RateLimiter(60, 5, now),
    now,
  });

  const botDeskRepo = createBotDeskRepo(deps.db);
  const botDesk = createBotDesk({
    repo: botDeskRepo,
    users,
    topics,
    tickets,
    kb,
    routing,
    staff,
    attachments: attachmentStore,
    bus,
    consentVersion: CONSENT_VERSION,
  });
  const analytics = createAnalytics(deps.db, now);
  const requestCounts = new RequestCounter(now);

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
  // Counted before anything can turn a request away, for the risk figures (spam/abuse share).
  app.use("/api/*", requestCounts.middleware());
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError("payload_too_large", `The body is larger than ${maxSize} bytes`);
      },
    });
  const jsonLimit = limit(JSON_BODY_LIMIT);
  const imageLimit = limit(ATTACHMENT_MAX_BYTES);
  const kbImportLimit = limit(KB_LIMITS.importBytes);
  app.use("/api/*", (c, next) => {
    // A GET or HEAD has no body to limit; asking for one would make @hono/node-server build the
    // full fetch Request (an AbortSignal and all) for every read, a tenth of a list's CPU (#9).
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    if (c.req.method !== "POST") return jsonLimit(c, next);
    if (ATTACHMENT_PATH.test(c.req.path)) return imageLimit(c, next);
    if (c.req.path === KB_IMPORT_PATH) return kbImportLimit(c, next);
    return jsonLimit(c, next);
  });

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
  if (deps.webhook) {
    app.route(
      "/api",
      webhookRouter({
        ...deps.webhook,
        logger: deps.logger,
        claimUpdate: (updateId) => botDeskRepo.claimUpdate(updateId, now()),
      }),
    );
  }
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
      onNewUser: async (user) => {
        await users.upsertFromTelegram(user);
        // A pending staff invite for this id or @username is accepted when they open the app.
        await staff.acceptInvites({ id: user.id, username: user.username });
      },
      now,
    }),
  );
  app.use("/api/admin/*", requireStaff(staff.access));
  // Staff writes (replies, actions, heartbeats, settings): a burst of 120, then 2 a second per
  // person, so a stuck client or a script cannot flood the desk.
  const staffWrites = new RateLimiter(120, 2, now);
  app.use("/api/admin/*", async (c, next) => {
    if (c.req.method !== "GET") staffWrites.take(`staff:${c.get("staff").userId}`);
    await next();
  });
  const routes = app
    .route("/api", meRouter(users))
    .route("/api", topicsRouter(topics, users))
    .route(
      "/api",
      ticketsRouter(tickets, bus, async (userId) => {
        const access = await staff.access(userId);
        return access.active ? access.queues : [];
      }),
    )
    .route("/api", deskRouter(desk, queueBus))
    .route("/api", macrosRouter(macros, desk))
    .route("/api", bannedWordsRouter(banned))
    .route("/api", staffRouter(staff))
    .route("/api", auditRouter(deps.db))
    .route("/api", kbRouter(kb, users))
    .route("/api", kbAdminRouter(kb))
    .route("/api", routingRouter(routing))
    .route("/api", slaRouter(sla))
    .route("/api", analyticsRouter(deps.db, analytics.service, requestCounts))
    .route("/api", notificationPrefsRouter(createNotificationPrefsService(deps.db)));

  // Unknown /api paths answer JSON 404 (after auth, so they reveal nothing to strangers).
  app.all("/api/*", (c) =>
    c.json(errorBody("not_found", `No route for ${c.req.method} ${c.req.path}`), 404),
  );
  app.route("/", webRouter(web));
  return {
    app,
    routes,
    services: {
      users,
      topics,
      tickets,
      desk,
      kb,
      staff,
      macros,
      banned,
      routing,
      sla,
      analytics,
      requestCounts,
      botDesk,
    },
  };
}

export type AppType = ReturnType<typeof createApp>["routes"];
