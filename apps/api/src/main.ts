import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type BotRunner, createBot, startBot, webhookSecret } from "@helpline/bot";
import {
  createDb,
  DataDirLockedError,
  revokeDemoStaff,
  seedDemo,
  seedReference,
} from "@helpline/db";
import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { EnvError, loadEnv } from "./env";
import { createTelegramFiles } from "./features/attachments/telegram-files";
import { createJobRunner } from "./features/jobs/jobs";
import { purgeHandlers, schedulePurge } from "./features/jobs/purge";
import { digestHandlers, scheduleDigest } from "./features/notifications/digest";
import { createOutboxWorker } from "./features/notifications/outbox-worker";
import { loadDemoToken } from "./lib/demo-token";
import { withoutQueryParams } from "./lib/errors";
import { createLogger } from "./lib/logger";

const MAINTENANCE_MS = 10 * 60_000;

async function main() {
  let env: ReturnType<typeof loadEnv>;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(env.LOG_LEVEL);
  const demo = !env.BOT_TOKEN;
  const botToken = env.BOT_TOKEN ?? loadDemoToken(env.DATA_DIR);
  const webAppUrl = env.WEBAPP_URL ?? env.PUBLIC_URL;

  const handle = await createDb(
    env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: resolve(env.DATA_DIR, "pglite") },
  ).catch((error: unknown) => {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  });
  await handle.migrate();
  await seedReference(handle.db);
  if (env.SEED_DEMO === "true" || (env.SEED_DEMO === "auto" && demo)) {
    if (await seedDemo(handle.db)) logger.info("Loaded demo data");
  }
  if (!demo && (await revokeDemoStaff(handle.db)) > 0) {
    logger.warn("Removed the demo agent's staff roles: this desk runs with a real bot token");
  }

  let runner: BotRunner | undefined;
  let bot: ReturnType<typeof createBot> | undefined;
  const secretToken = env.BOT_TOKEN ? webhookSecret(env.BOT_TOKEN) : undefined;
  const webhook: Parameters<typeof createApp>[0]["webhook"] =
    env.BOT_TOKEN && env.PUBLIC_URL && secretToken
      ? {
          secretToken,
          // The bot is created after the app (it needs the app's services); until then, 503.
          ready: () => bot?.isInited() ?? false,
          handleUpdate: async (update) => {
            await bot?.handleUpdate(
              update as Parameters<NonNullable<typeof bot>["handleUpdate"]>[0],
            );
          },
        }
      : undefined;

  const { app, services } = createApp({
    db: handle.db,
    logger,
    botToken,
    initDataMaxAge: env.INIT_DATA_MAX_AGE,
    demo,
    webhook,
    telegramFiles: env.BOT_TOKEN
      ? createTelegramFiles({ token: env.BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT })
      : undefined,
    webDist: env.WEB_DIST ?? fileURLToPath(new URL("../../web/dist", import.meta.url)),
    // A burst of new tickets shares its queue's load figures for a second (ADR 017).
    etaLoadTtlMs: 1_000,
    onTicketsChanged: handle.onTicketsChanged,
  });
  if (env.BOT_TOKEN && secretToken) {
    bot = createBot(env.BOT_TOKEN, {
      apiRoot: env.TELEGRAM_API_ROOT,
      webAppUrl,
      logger,
      desk: services.botDesk,
    });
    runner = startBot(bot, {
      logger,
      webAppUrl,
      webhook: env.PUBLIC_URL
        ? { url: `${env.PUBLIC_URL}/api/telegram/webhook`, secretToken }
        : undefined,
    });
  }
  await services.users.bootstrapAdmins(env.ADMIN_TELEGRAM_IDS);
  // Durable background jobs (SLA timers) run with the app; ADR 011.
  const jobs = createJobRunner({
    db: handle.db,
    handlers: {
      ...services.sla.handlers(),
      ...services.analytics.handlers(),
      ...digestHandlers(Date.now),
      ...purgeHandlers({ now: Date.now, keepDays: env.JOBS_KEEP_DAYS }),
    },
    logger,
  });
  // Finished jobs are purged daily, in batches, by a job of the same runner (ADR 018).
  await schedulePurge(handle.db, Date.now());
  // Analytics (issue #8): the daily retention purge and the weekly report queue themselves.
  await services.analytics.schedule();
  await scheduleDigest(handle.db, Date.now());
  jobs.start();
  const requestCountsTimer = setInterval(() => {
    services.requestCounts.flush(handle.db).catch((error: unknown) => {
      logger.warn("Could not store request counts", { error });
    });
  }, 60_000);
  requestCountsTimer.unref();
  // The outbox (ADR 013) needs a real bot to send as; in demo mode rows wait in the table.
  const outbox = env.BOT_TOKEN
    ? createOutboxWorker({
        db: handle.db,
        token: env.BOT_TOKEN,
        apiRoot: env.TELEGRAM_API_ROOT,
        webAppUrl,
        logger,
      })
    : undefined;
  outbox?.start();

  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    const url = `http://localhost:${info.port}`;
    logger.info("Helpline is running", {
      url,
      database: handle.kind,
      mode: demo ? "demo" : env.PUBLIC_URL ? "webhook" : "polling",
    });
    if (demo) {
      console.info(
        `\n  Helpline is ready: ${url}\n  Demo mode (no BOT_TOKEN): open it and choose "Open as demo customer" or "Open as demo agent".\n`,
      );
    } else {
      console.info(`\n  Helpline is ready: ${url}\n`);
    }
  });

  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `Port ${env.PORT} is already in use. Stop the other process or set PORT to a free port.`
        : `The server could not listen: ${error.message}`,
    );
    void handle.close().finally(() => process.exit(1));
  });

  let stopping = false;
  // Open tickets that predate SLA bookkeeping (seeds, older data) get their clocks in the
  // background, a batch at a time, so a desk with thousands of them starts at once; ADR 014.
  const adopting = (async () => {
    let adopted = 0;
    for (let batch = 100; batch === 100 && !stopping; ) {
      batch = await services.sla.adoptUntracked(100);
      adopted += batch;
    }
    if (adopted > 0) logger.info("Gave SLA clocks to older open tickets", { count: adopted });
  })().catch((error: unknown) => logger.error("Could not adopt older open tickets", { error }));
  // The embedded database has no autovacuum: the server does its work, a little every ten
  // minutes and with fresh statistics every hour (ADR 017). PostgreSQL servers do their own.
  let maintaining: Promise<void> = Promise.resolve();
  let maintenanceRuns = 0;
  const maintain = () => {
    const work = handle.maintain;
    if (!work || stopping) return;
    const analyze = maintenanceRuns++ % 6 === 5;
    maintaining = work({ analyze }).catch((error: unknown) => {
      logger.warn("Database maintenance failed", { error });
    });
  };
  void adopting.then(maintain);
  const maintenanceTimer = setInterval(maintain, MAINTENANCE_MS);
  maintenanceTimer.unref();
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("Stopping", { signal });
    server.close();
    clearInterval(maintenanceTimer);
    await adopting;
    await maintaining;
    await jobs.stop();
    clearInterval(requestCountsTimer);
    await services.requestCounts.flush(handle.db).catch(() => {});
    // Sends in progress finish and are recorded; rows still waiting for their turn go back.
    await outbox?.stop();
    await runner?.stop();
    await handle.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(
    "Helpline failed to start:",
    error instanceof Error ? withoutQueryParams(error.message) : error,
  );
  process.exit(1);
});
