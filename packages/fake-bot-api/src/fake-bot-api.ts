import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { serveFile } from "./files";
import { BadRequestBody, parseBody, readBody } from "./parse-body";
import { type ApiResponse, type FakeState, METHODS } from "./telegram-methods";
import { buildTextUpdate, type FakeUpdate, type FakeUser } from "./updates";

/**
 * A token in @BotFather's format (the API's env check accepts it), used when a test passes none.
 * It reaches nowhere: only this fake knows it.
 */
export const FAKE_BOT_TOKEN = "1234567890:AAHelplineFakeTokenForTests_abcdefghij";

export interface FakeBotApiOptions {
  /** The only token the fake accepts; others get 401 like on Telegram. */
  token?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  botUsername?: string;
  /**
   * Longest time a `getUpdates` long poll is held open, whatever `timeout` the client asks for
   * (grammY asks for 30 s). Short, so that an idle bot polls often and tests stay fast.
   */
  maxPollMs?: number;
  /**
   * Enforce Telegram's broadcast limits on `send*` methods, answering 429 with `retry_after`
   * like Telegram does: `true` for Telegram's figures, or your own.
   */
  limits?: boolean | Partial<FakeLimits>;
}

/** Telegram's documented limits for bots sending messages. */
export interface FakeLimits {
  /** Minimum gap between two messages to one chat (Telegram: about 1 s). */
  perChatMs: number;
  /** Messages per second over all chats (Telegram: about 30). */
  globalPerSecond: number;
  /** Messages per minute to one group or channel (negative chat id; Telegram: 20). */
  groupPerMinute: number;
}

export const TELEGRAM_LIMITS: FakeLimits = {
  perChatMs: 1000,
  globalPerSecond: 30,
  groupPerMinute: 20,
};

/** What the fake answered so far, for tests and the bench. */
export interface FakeCounters {
  requests: number;
  /** Successful `send*` calls (messages delivered). */
  delivered: number;
  /** 429s the enforced limits answered (not the ones queued with `failNext`). */
  rateLimited: number;
  /** Failures queued with `failNext` that were answered. */
  injectedFailures: number;
  /** Requests refused or dropped while down. */
  whileDown: number;
}

/** One request as the fake received it. */
export interface RecordedCall {
  method: string;
  token: string;
  payload: Record<string, unknown>;
  /** `Date.now()` when the request arrived. */
  at: number;
  /**
   * HTTP status the fake answered with; `0` when the socket was destroyed (`setDown`),
   * `undefined` while a long poll is still open.
   */
  status?: number;
}

export interface FakeFailure {
  status: 429 | 500 | 403 | 401 | 400;
  /** Seconds, sent as `parameters.retry_after` with a 429 (default 1). */
  retryAfter?: number;
  description?: string;
}

export interface FakeBotApi {
  /** What grammY's `client.apiRoot` takes, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly apiRoot: string;
  readonly token: string;
  /** Every request, failed and dropped ones included, oldest first. */
  readonly calls: RecordedCall[];
  callsOf(method: string): RecordedCall[];
  /**
   * Resolves with the first call of `method` matching `predicate`, already recorded or yet to
   * come; rejects after `timeoutMs` with a message listing what was called instead.
   */
  waitFor(
    method: string,
    predicate?: (call: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall>;
  /** Queues an update for `getUpdates`, assigning `update_id` when missing. */
  pushUpdate(update: Record<string, unknown> & { update_id?: number }): FakeUpdate;
  /** Queues a private-chat text message from `from` (`/start payload` included). */
  sendText(from: FakeUser, text: string): FakeUpdate;
  /** The next `times` calls of `method` (or of any method, with `"*"`) fail like Telegram's. */
  failNext(method: string, failure: FakeFailure, times?: number): void;
  /**
   * While down, every request's socket is destroyed, as if Telegram were unreachable
   * (`"drop"`), or answered with 500 (`"error"`, Telegram having a bad day).
   */
  setDown(down: boolean, how?: "drop" | "error"): void;
  readonly counters: FakeCounters;
  /** Puts a file on the fake's servers, as if a user had sent it; `size` overrides getFile's. */
  addFile(fileId: string, bytes: Uint8Array, options?: { size?: number }): void;
  /** Forgets calls, failures, queued updates, webhook, commands and menu buttons. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_DESCRIPTIONS: Record<FakeFailure["status"], string> = {
  400: "Bad Request: chat not found",
  401: "Unauthorized",
  403: "Forbidden: bot was blocked by the user",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

const ROUTE = /^\/bot([^/]+)\/([A-Za-z0-9_]+)\/?$/;

const conflict = (description: string): ApiResponse => ({
  ok: false,
  error_code: 409,
  description: `Conflict: ${description}`,
});

function failureResponse(failure: FakeFailure): ApiResponse {
  if (failure.status === 429) {
    const retryAfter = failure.retryAfter ?? 1;
    return {
      ok: false,
      error_code: 429,
      description: failure.description ?? `Too Many Requests: retry after ${retryAfter}`,
      parameters: { retry_after: retryAfter },
    };
  }
  return {
    ok: false,
    error_code: failure.status,
    description: failure.description ?? DEFAULT_DESCRIPTIONS[failure.status],
  };
}

function integer(value: unknown, fallback: number): number {
  const number = Number(value);
  return value === undefined || value === "" || !Number.isFinite(number)
    ? fallback
    : Math.trunc(number);
}

interface PendingPoll {
  call: RecordedCall;
  res: ServerResponse;
  limit: number;
  timer: NodeJS.Timeout;
}

/**
 * Starts a local stand-in for the Telegram Bot API on 127.0.0.1, speaking the same HTTP
 * protocol (`/bot<token>/<method>`, `{ ok, result }` envelopes, Telegram's error shapes), so
 * that grammY and the API's outbox can be tested for real without reaching Telegram.
 *
 * @example
 * const fake = await startFakeBotApi();
 * const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
 * await bot.api.sendMessage(42, "Hello");
 * const call = await fake.waitFor("sendMessage");
 * expect(call.payload.text).toBe("Hello");
 * await fake.close();
 */
export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const token = options.token ?? FAKE_BOT_TOKEN;
  const maxPollMs = options.maxPollMs ?? 1000;
  const calls: RecordedCall[] = [];
  const listeners = new Set<(call: RecordedCall) => void>();
  const failures = new Map<string, FakeFailure[]>();
  const sockets = new Set<Socket>();
  let queue: FakeUpdate[] = [];
  let nextUpdateId = 100_001;
  let pendingPoll: PendingPoll | undefined;
  let down: false | "drop" | "error" = false;
  const limits: FakeLimits | undefined =
    options.limits === true
      ? TELEGRAM_LIMITS
      : options.limits
        ? { ...TELEGRAM_LIMITS, ...options.limits }
        : undefined;
  const counters: FakeCounters = {
    requests: 0,
    delivered: 0,
    rateLimited: 0,
    injectedFailures: 0,
    whileDown: 0,
  };
  const lastSendToChat = new Map<string, number>();
  const groupSends = new Map<string, number[]>();
  let globalSends: number[] = [];

  /** A 429 when this send would break a limit; records the send otherwise. */
  function rateLimit(call: RecordedCall): ApiResponse | undefined {
    if (!limits || !/^(send|copy|forward)/i.test(call.method)) return undefined;
    const chat = String(call.payload.chat_id ?? "");
    const now = call.at;
    const tooMany = (retryMs: number): ApiResponse => {
      counters.rateLimited++;
      const retryAfter = Math.max(1, Math.ceil(retryMs / 1000));
      return {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${retryAfter}`,
        parameters: { retry_after: retryAfter },
      };
    };
    const last = lastSendToChat.get(chat);
    if (last !== undefined && now - last < limits.perChatMs) {
      return tooMany(limits.perChatMs - (now - last));
    }
    globalSends = globalSends.filter((at) => now - at < 1000);
    const oldest = globalSends[0];
    if (oldest !== undefined && globalSends.length >= limits.globalPerSecond) {
      return tooMany(1000 - (now - oldest));
    }
    if (Number(chat) < 0) {
      const sends = (groupSends.get(chat) ?? []).filter((at) => now - at < 60_000);
      groupSends.set(chat, sends);
      const first = sends[0];
      if (first !== undefined && sends.length >= limits.groupPerMinute) {
        return tooMany(60_000 - (now - first));
      }
      sends.push(now);
    }
    lastSendToChat.set(chat, now);
    globalSends.push(now);
    return undefined;
  }

  const state: FakeState = {
    botUser: {
      id: integer(token.split(":")[0], 1),
      is_bot: true,
      first_name: "Helpline",
      username: options.botUsername ?? "helpline_test_bot",
    },
    nextMessageId: 1,
    webhook: undefined,
    commands: new Map(),
    menuButtons: new Map(),
    userNames: new Map(),
    files: new Map(),
    dropPendingUpdates: () => {
      queue = [];
    },
    pendingUpdateCount: () => queue.length,
  };

  function record(call: RecordedCall) {
    calls.push(call);
    for (const listener of [...listeners]) listener(call);
  }

  function reply(call: RecordedCall, res: ServerResponse, body: ApiResponse) {
    const status = body.ok ? 200 : body.error_code;
    call.status = status;
    if (res.writableEnded || res.destroyed) return;
    // Telegram mirrors `error_code` in the HTTP status; clients read the JSON either way.
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }

  function takeFailure(method: string): FakeFailure | undefined {
    for (const key of [method, "*"]) {
      const queued = failures.get(key);
      const failure = queued?.shift();
      if (queued?.length === 0) failures.delete(key);
      if (failure) return failure;
    }
    return undefined;
  }

  function answerPoll() {
    const poll = pendingPoll;
    if (!poll) return;
    pendingPoll = undefined;
    clearTimeout(poll.timer);
    reply(poll.call, poll.res, { ok: true, result: queue.slice(0, poll.limit) });
  }

  function dropPoll() {
    if (!pendingPoll) return;
    clearTimeout(pendingPoll.timer);
    pendingPoll.call.status = 0;
    pendingPoll.res.socket?.destroy();
    pendingPoll = undefined;
  }

  function getUpdates(call: RecordedCall, res: ServerResponse) {
    if (state.webhook) {
      return reply(
        call,
        res,
        conflict(
          "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        ),
      );
    }
    if (pendingPoll) {
      // Telegram allows one poller per bot: the newer request ends the older one.
      const older = pendingPoll;
      pendingPoll = undefined;
      clearTimeout(older.timer);
      reply(
        older.call,
        older.res,
        conflict(
          "terminated by other getUpdates request; make sure that only one bot instance is running",
        ),
      );
    }
    const { payload } = call;
    const offset = integer(payload.offset, 0);
    const limit = Math.min(100, Math.max(1, integer(payload.limit, 100)));
    const timeoutMs = Math.max(0, integer(payload.timeout, 0)) * 1000;
    // An offset confirms (forgets) every earlier update; a negative one keeps only the last few.
    if (offset > 0) queue = queue.filter((update) => update.update_id >= offset);
    else if (offset < 0) queue = queue.slice(offset);
    if (queue.length > 0 || timeoutMs === 0) {
      return reply(call, res, { ok: true, result: queue.slice(0, limit) });
    }
    pendingPoll = {
      call,
      res,
      limit,
      timer: setTimeout(answerPoll, Math.min(timeoutMs, maxPollMs)),
    };
    res.on("close", () => {
      // The client gave up (grammY aborts its poll on `bot.stop()`).
      if (pendingPoll?.res === res) {
        clearTimeout(pendingPoll.timer);
        pendingPoll = undefined;
      }
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const body = await readBody(req);
    if (serveFile(url.pathname, token, state.files, res)) return;
    const route = ROUTE.exec(url.pathname);
    if (!route) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
      return;
    }
    const call: RecordedCall = {
      method: route[2] ?? "",
      token: safeDecode(route[1] ?? ""),
      payload: {},
      at: Date.now(),
    };
    let bodyError: string | undefined;
    try {
      call.payload = {
        ...parseBody("application/x-www-form-urlencoded", Buffer.from(url.search.slice(1))),
        ...parseBody(req.headers["content-type"], body),
      };
    } catch (error) {
      if (!(error instanceof BadRequestBody)) throw error;
      bodyError = error.message;
    }
    record(call);
    counters.requests++;

    if (down) {
      counters.whileDown++;
      if (down === "error") {
        return reply(call, res, failureResponse({ status: 500 }));
      }
      call.status = 0;
      req.socket.destroy();
      return;
    }
    if (call.token !== token) {
      return reply(call, res, { ok: false, error_code: 401, description: "Unauthorized" });
    }
    if (bodyError !== undefined) {
      return reply(call, res, { ok: false, error_code: 400, description: bodyError });
    }
    const failure = takeFailure(call.method);
    if (failure) {
      counters.injectedFailures++;
      return reply(call, res, failureResponse(failure));
    }
    const limited = rateLimit(call);
    if (limited) return reply(call, res, limited);

    const name = call.method.toLowerCase();
    if (name === "getupdates") return getUpdates(call, res);
    const handler = METHODS[name];
    const answer = handler ? handler(call.payload, state) : { ok: true as const, result: true };
    if (answer.ok && /^(send|copy|forward)/.test(name)) counters.delivered++;
    reply(call, res, answer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return;
      res.writeHead(500, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          ok: false,
          error_code: 500,
          description: `Internal Server Error: fake-bot-api crashed: ${String(error)}`,
        }),
      );
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  function pushUpdate(update: Record<string, unknown> & { update_id?: number }): FakeUpdate {
    const updateId = update.update_id ?? nextUpdateId;
    nextUpdateId = Math.max(nextUpdateId, updateId + 1);
    const queued: FakeUpdate = { ...update, update_id: updateId };
    const from = (update.message as { from?: { id?: unknown; first_name?: unknown } } | undefined)
      ?.from;
    if (typeof from?.id === "number" && typeof from.first_name === "string") {
      state.userNames.set(from.id, from.first_name);
    }
    queue.push(queued);
    answerPoll();
    return queued;
  }

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    calls,
    callsOf: (method) => calls.filter((call) => call.method === method),
    waitFor(method, predicate = () => true, timeoutMs = 5000) {
      const matches = (call: RecordedCall) => {
        try {
          return call.method === method && predicate(call);
        } catch {
          return false;
        }
      };
      const found = calls.find(matches);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const listener = (call: RecordedCall) => {
          if (!matches(call)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(call);
        };
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(
            new Error(
              `fake-bot-api: no matching "${method}" call within ${timeoutMs} ms; calls so far: ${summarize(calls)}`,
            ),
          );
        }, timeoutMs);
        listeners.add(listener);
      });
    },
    pushUpdate,
    sendText: (from, text) =>
      pushUpdate(
        buildTextUpdate(from, text, { updateId: nextUpdateId, messageId: state.nextMessageId++ }),
      ),
    failNext(method, failure, times = 1) {
      const queued = failures.get(method) ?? [];
      for (let i = 0; i < times; i++) queued.push(failure);
      failures.set(method, queued);
    },
    counters,
    setDown(value, how = "drop") {
      down = value ? how : false;
      if (down !== "drop") return;
      dropPoll();
      // Idle keep-alive connections would otherwise look alive to the client until reused.
      for (const socket of sockets) socket.destroy();
    },
    addFile(fileId, bytes, options = {}) {
      state.files.set(fileId, {
        bytes,
        size: options.size ?? bytes.byteLength,
        path: `photos/${fileId}.jpg`,
      });
    },
    reset() {
      calls.length = 0;
      state.files.clear();
      failures.clear();
      for (const key of Object.keys(counters) as (keyof FakeCounters)[]) counters[key] = 0;
      lastSendToChat.clear();
      groupSends.clear();
      globalSends = [];
      down = false;
      queue = [];
      answerPoll();
      state.webhook = undefined;
      state.commands.clear();
      state.menuButtons.clear();
    },
    async close() {
      dropPoll();
      listeners.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function summarize(calls: RecordedCall[]): string {
  if (calls.length === 0) return "none";
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(call.method, (counts.get(call.method) ?? 0) + 1);
  return [...counts].map(([method, count]) => `${method}×${count}`).join(", ");
}
