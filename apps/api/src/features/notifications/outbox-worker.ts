import { autoRetry } from "@grammyjs/auto-retry";
import type { Db } from "@helpline/db";
import { Api, GrammyError, HttpError } from "grammy";
import type { Logger } from "../../lib/logger";
import { type ClaimedRow, createOutboxRepo, type RecipientRow } from "./outbox.repo";
import { quietHoursEnd } from "./quiet-hours";
import { render, UnknownKindError } from "./render";

/** Time as the worker sees it; tests pass a fake one whose `sleep` moves time forward. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** Telegram's broadcast limits, with a margin for the jitter between our clock and theirs. */
export interface PacingLimits {
  /** Messages per second over all chats of this process (Telegram: about 30). */
  perSecond: number;
  /** Gap between two messages to one private chat (Telegram: 1 s). */
  chatGapMs: number;
  /** Gap between two messages to one group (Telegram: 20 per minute). */
  groupGapMs: number;
}

export const TELEGRAM_PACING: PacingLimits = { perSecond: 25, chatGapMs: 1100, groupGapMs: 3100 };

export interface OutboxWorkerOptions {
  db: Db;
  token: string;
  /** Bot API server (the fake one in tests); Telegram's when omitted. */
  apiRoot?: string;
  /** The Mini App, for the buttons that open a ticket; https only (Telegram's rule). */
  webAppUrl?: string;
  logger: Logger;
  clock?: Clock;
  pacing?: Partial<PacingLimits>;
  /** Counted failures (5xx, other errors) before a row is `dead`. */
  maxAttempts?: number;
  /** How long an idle worker waits before looking again. */
  pollMs?: number;
  /**
   * How long a claimed row stays invisible to other processes. Longer than the worst send
   * (auto-retry's capped waits plus the request timeouts), else another process could send it
   * again while this one still waits.
   */
  leaseMs?: number;
}

export interface TickResult {
  sent: number;
  retried: number;
  held: number;
  skipped: number;
  unreachable: number;
  dead: number;
}

type Outcome = keyof TickResult;

/**
 * A timed-out request may still have reached Telegram: the retry would send it twice. Generous,
 * and well inside the lease.
 */
const REQUEST_TIMEOUT_SECONDS = 30;

const backoff = (attempts: number) => Math.min(2 ** Math.max(0, attempts - 1) * 1000, 15 * 60_000);

/**
 * Delivers the outbox (ADR 013): claims due rows (`FOR UPDATE SKIP LOCKED` plus a lease), renders
 * each in its recipient's language, and sends it through the Bot API within Telegram's limits.
 * `tick()` delivers one batch (tests drive it with a fake clock); `start()` runs until `stop()`,
 * which lets sends in progress finish and releases rows still waiting for their turn.
 *
 * @example
 * const worker = createOutboxWorker({ db, token: env.BOT_TOKEN, webAppUrl, logger });
 * worker.start();
 * process.on("SIGTERM", () => worker.stop());
 */
export function createOutboxWorker(options: OutboxWorkerOptions) {
  const clock = options.clock ?? realClock;
  const pacing = { ...TELEGRAM_PACING, ...options.pacing };
  const slotMs = 1000 / pacing.perSecond;
  const maxAttempts = options.maxAttempts ?? 8;
  const pollMs = options.pollMs ?? 500;
  const leaseMs = options.leaseMs ?? 3 * 60_000;
  const repo = createOutboxRepo(options.db);
  const apiRoot = options.apiRoot?.replace(/\/+$/, "");
  const api = new Api(options.token, {
    ...(apiRoot ? { apiRoot } : {}),
    timeoutSeconds: REQUEST_TIMEOUT_SECONDS,
  });
  api.config.use(
    autoRetry({
      // A short 429 is waited out in the call; a longer one comes back to us and the row is
      // rescheduled (`retry_after`), so one slow chat never holds a send slot for long.
      maxDelaySeconds: 5,
      maxRetryAttempts: 2,
      rethrowHttpErrors: true,
      rethrowInternalServerErrors: true,
    }),
  );

  /** When each chat may get its next message (this process's sends and 429s). */
  const chatReadyAt = new Map<number, number>();
  /** When this process actually started its sends of the last second, oldest first. */
  const recentSends: number[] = [];
  const lastSentTo = new Map<number, number>();
  let nextGlobalSlot = 0;
  /** Network errors and 5xx in a row: while > 0 the worker probes with one message at a time. */
  let outage = 0;
  let pausedUntil = 0;
  let stopping = false;
  let loop: Promise<void> | undefined;
  const inFlight = new Set<Promise<Outcome>>();

  const gapFor = (chatId: number) => (chatId < 0 ? pacing.groupGapMs : pacing.chatGapMs);

  function busyChats(now: number): number[] {
    const busy: number[] = [];
    for (const [chatId, readyAt] of chatReadyAt) {
      if (readyAt > now) busy.push(chatId);
      else chatReadyAt.delete(chatId);
    }
    for (const [chatId, at] of lastSentTo) {
      if (at + gapFor(chatId) <= now) lastSentTo.delete(chatId);
    }
    return busy;
  }

  /** Books the earliest moment this chat and the global rate allow. */
  function reserve(chatId: number): number {
    const at = Math.max(clock.now(), chatReadyAt.get(chatId) ?? 0, nextGlobalSlot);
    nextGlobalSlot = at + slotMs;
    chatReadyAt.set(chatId, at + gapFor(chatId));
    return at;
  }

  /**
   * The booking spaces sends out, but a stalled event loop fires many timers at once: right
   * before each call the actual sends of the last second (and this chat's last one) are checked.
   */
  async function whenAllowed(chatId: number) {
    for (;;) {
      const now = clock.now();
      while (recentSends.length > 0 && (recentSends[0] ?? 0) <= now - 1000) recentSends.shift();
      const chatWait = (lastSentTo.get(chatId) ?? Number.NEGATIVE_INFINITY) + gapFor(chatId) - now;
      const globalWait =
        recentSends.length >= pacing.perSecond ? (recentSends[0] ?? now) + 1000 - now : 0;
      // Evenly spaced, never in a burst: a burst arrives as one even when it was allowed.
      const spacingWait = (recentSends.at(-1) ?? Number.NEGATIVE_INFINITY) + slotMs - now;
      const wait = Math.max(chatWait, globalWait, spacingWait);
      if (wait <= 0) break;
      await clock.sleep(wait);
    }
    const now = clock.now();
    recentSends.push(now);
    lastSentTo.set(chatId, now);
  }

  async function deliver(
    row: ClaimedRow,
    recipient: RecipientRow | undefined,
    unreachable: boolean,
  ): Promise<Outcome> {
    const now = clock.now();
    if (unreachable) {
      await repo.settle(row.id, {
        status: "unreachable",
        lastError: "chat unreachable (403 before)",
      });
      return "unreachable";
    }
    if (recipient && !recipient.notificationsEnabled) {
      // The in-app thread still shows the change; only the bot message is left out.
      await repo.settle(row.id, { status: "skipped", lastError: "notifications off" });
      return "skipped";
    }
    if (!row.critical && recipient) {
      const until = quietHoursEnd(now, {
        start: recipient.quietHoursStart,
        end: recipient.quietHoursEnd,
        timeZone: recipient.timeZone,
      });
      if (until !== undefined) {
        await repo.settle(row.id, { status: "pending", notBefore: until, uncount: true });
        return "held";
      }
    }
    let message: ReturnType<typeof render>;
    try {
      message = render(row, recipient, { webAppUrl: options.webAppUrl, now });
    } catch (error) {
      if (!(error instanceof UnknownKindError)) throw error;
      await repo.settle(row.id, { status: "dead", lastError: error.message });
      options.logger.error("Outbox row has an unknown kind", { outboxId: row.id, kind: row.kind });
      return "dead";
    }

    const at = reserve(row.chatId);
    if (at > clock.now()) await clock.sleep(at - clock.now());
    await whenAllowed(row.chatId);
    if (stopping) {
      // Not sent yet: hand the row back at once rather than leaving it leased.
      await repo.settle(row.id, { status: "pending", notBefore: clock.now(), uncount: true });
      return "retried";
    }
    try {
      const sent = await api.sendMessage(row.chatId, message.text, {
        ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
        link_preview_options: { is_disabled: true },
      });
      outage = 0;
      // Counted from the answer, not the booking: auto-retry may have sent it seconds late.
      chatReadyAt.set(
        row.chatId,
        Math.max(chatReadyAt.get(row.chatId) ?? 0, clock.now() + gapFor(row.chatId)),
      );
      // Telegram received it before we heard back: counting from the answer keeps the gap.
      lastSentTo.set(row.chatId, clock.now());
      await repo.settle(row.id, {
        status: "sent",
        telegramMessageId: sent.message_id,
        sentAt: clock.now(),
        lastError: null,
      });
      return "sent";
    } catch (error) {
      return failed(row, error);
    }
  }

  async function failed(row: ClaimedRow, error: unknown): Promise<Outcome> {
    const now = clock.now();
    const fields = { outboxId: row.id, kind: row.kind, attempts: row.attempts };
    if (error instanceof GrammyError && error.error_code === 403) {
      await repo.markUnreachable(row.chatId, error.description, now);
      options.logger.warn("Chat unreachable; its messages stop", fields);
      return "unreachable";
    }
    if (error instanceof GrammyError && error.error_code === 429) {
      const waitMs = Math.max(1, error.parameters.retry_after ?? 1) * 1000;
      chatReadyAt.set(row.chatId, now + waitMs);
      await repo.settle(row.id, {
        status: "pending",
        notBefore: now + waitMs,
        uncount: true,
        lastError: error.description,
      });
      return "retried";
    }
    const platform =
      error instanceof HttpError || (error instanceof GrammyError && error.error_code >= 500);
    if (error instanceof GrammyError && !platform) {
      // 400 and the like: the same request would be refused again.
      await repo.settle(row.id, { status: "dead", lastError: error.description });
      options.logger.error("Outbox message refused; gave up", {
        ...fields,
        error: error.description,
      });
      return "dead";
    }
    const reason = error instanceof Error ? error.message : String(error);
    if (platform) {
      outage++;
      pausedUntil = now + Math.min(2 ** (outage - 1) * 1000, 60_000);
    }
    // Telegram being unreachable is nobody's fault in the row: it does not use up attempts.
    const counted = !(error instanceof HttpError);
    if (counted && row.attempts >= maxAttempts) {
      await repo.settle(row.id, { status: "dead", lastError: reason.slice(0, 500) });
      options.logger.error("Outbox message gave up", { ...fields, error: reason });
      return "dead";
    }
    await repo.settle(row.id, {
      status: "pending",
      notBefore: now + backoff(row.attempts),
      uncount: !counted,
      lastError: reason.slice(0, 500),
    });
    options.logger.warn("Outbox send failed; will retry", { ...fields, error: reason });
    return "retried";
  }

  /** Claims what is due now and starts delivering it; resolves with the deliveries. */
  async function claimAndStart(limit: number): Promise<Promise<Outcome>[]> {
    const now = clock.now();
    if (now < pausedUntil) return [];
    const rows = await repo.claim({
      now,
      limit: outage > 0 ? 1 : limit,
      leaseUntil: now + leaseMs,
      skipChats: busyChats(now),
    });
    if (rows.length === 0) return [];
    const userIds = [...new Set(rows.flatMap((row) => (row.userId === null ? [] : [row.userId])))];
    const [recipients, unreachable] = await Promise.all([
      repo.recipients(userIds),
      repo.unreachable([...new Set(rows.map((row) => row.chatId))]),
    ]);
    return rows.map((row) => {
      const recipient = row.userId === null ? undefined : recipients.get(row.userId);
      const delivery = deliver(row, recipient, unreachable.has(row.chatId)).catch(
        async (error: unknown) => {
          // A database error after the claim: the lease brings the row back later.
          options.logger.error("Outbox delivery failed", { outboxId: row.id, error });
          return "retried" as const;
        },
      );
      inFlight.add(delivery);
      void delivery.finally(() => inFlight.delete(delivery));
      return delivery;
    });
  }

  async function tick(): Promise<TickResult> {
    const result: TickResult = {
      sent: 0,
      retried: 0,
      held: 0,
      skipped: 0,
      unreachable: 0,
      dead: 0,
    };
    for (const outcome of await Promise.all(await claimAndStart(pacing.perSecond))) {
      result[outcome]++;
    }
    return result;
  }

  async function run() {
    while (!stopping) {
      try {
        // Claim about a second ahead of the global pace, no further: claimed rows wait in memory.
        const ahead = nextGlobalSlot - clock.now() - 1000;
        if (ahead > 0) {
          await clock.sleep(ahead);
          continue;
        }
        // A claim costs one query whatever its size: claim a second's worth once at least that
        // much room is free, not one row each time a send finishes.
        const room = 2 * pacing.perSecond - inFlight.size;
        const started =
          room >= pacing.perSecond ? await claimAndStart(Math.min(room, pacing.perSecond)) : [];
        if (started.length === 0) {
          const wait = Math.max(0, Math.min(pollMs, pausedUntil - clock.now()));
          await Promise.race([clock.sleep(wait || pollMs), ...inFlight]);
        }
      } catch (error) {
        options.logger.error("Outbox worker tick failed", { error });
        await clock.sleep(pollMs);
      }
    }
    await Promise.all(inFlight);
  }

  return {
    tick,
    /** Ticks until nothing is due now (tests): each tick's sends are done when it returns. */
    async drain(maxTicks = 1000): Promise<TickResult> {
      const total: TickResult = {
        sent: 0,
        retried: 0,
        held: 0,
        skipped: 0,
        unreachable: 0,
        dead: 0,
      };
      for (let i = 0; i < maxTicks; i++) {
        const result = await tick();
        let any = 0;
        for (const key of Object.keys(total) as Outcome[]) {
          total[key] += result[key];
          any += result[key];
        }
        if (any === 0) break;
      }
      return total;
    },
    start() {
      if (loop) return;
      stopping = false;
      loop = run();
    },
    /** Stops claiming, lets sends in progress finish and be recorded, releases the rest. */
    async stop() {
      stopping = true;
      await loop;
      await Promise.all(inFlight);
      loop = undefined;
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
