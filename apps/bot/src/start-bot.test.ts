import { type FakeBotApi, startFakeBotApi } from "@helpline/fake-bot-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ALLOWED_UPDATES, createBot } from "./bot";
import { commandsFor } from "./bot-commands";
import { recordingLogger } from "./recording-logger";
import { type BotRunner, type StartBotOptions, startBot } from "./start-bot";
import { webhookSecret } from "./webhook-secret";

const WEB_APP = "https://help.example.com/app";
const FAST = { initialMs: 20, maxMs: 50 };
const UNREACHABLE = "Telegram Bot API unreachable; retrying in the background";
const RECOVERED = "Telegram Bot API reachable again; bot is running";

let fake: FakeBotApi;
let logger: ReturnType<typeof recordingLogger>;
let runner: BotRunner | undefined;

beforeEach(async () => {
  // Short long-polls: an idle bot comes back every 100 ms, so state changes show up fast.
  fake = await startFakeBotApi({ maxPollMs: 100 });
  logger = recordingLogger();
});

afterEach(async () => {
  await runner?.stop();
  runner = undefined;
  await fake.close();
});

function run(options: Partial<StartBotOptions> = {}, token = fake.token) {
  const bot = createBot(token, { apiRoot: fake.apiRoot, webAppUrl: WEB_APP, logger });
  runner = startBot(bot, { logger, backoff: FAST, ...options });
  return { bot, runner };
}

/** Polls a condition every few milliseconds; the observable alternative to sleeping. */
async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const messagesOf = (level: "info" | "warn" | "error") => logger.of(level).map((line) => line.msg);

describe("polling mode", () => {
  it("sets commands and menu button, polls, answers updates, and stops promptly", async () => {
    const { bot, runner } = run({ webAppUrl: WEB_APP });
    await fake.waitFor("getUpdates");

    expect(
      fake.callsOf("setMyCommands").map(({ payload }) => [payload.language_code, payload.commands]),
    ).toEqual([
      [undefined, commandsFor("en")],
      ["ru", commandsFor("ru")],
      ["fa", commandsFor("fa")],
      ["zh", commandsFor("zh")],
    ]);
    expect(fake.callsOf("setChatMenuButton")[0]?.payload).toEqual({
      menu_button: { type: "web_app", text: "Help", web_app: { url: WEB_APP } },
    });
    expect(fake.callsOf("deleteWebhook")[0]?.payload).toEqual({ drop_pending_updates: false });
    expect(fake.callsOf("getUpdates")[0]?.payload).toMatchObject({
      allowed_updates: [...ALLOWED_UPDATES],
    });
    expect(runner.state).toBe("running");

    const update = fake.sendText({ id: 7, first_name: "Ivan", language_code: "ru" }, "/start t_9");
    const answer = await fake.waitFor("sendMessage");
    expect(answer.payload).toMatchObject({
      chat_id: 7,
      reply_markup: {
        inline_keyboard: [[{ text: "Нужна помощь", web_app: { url: `${WEB_APP}?startapp=t_9` } }]],
      },
    });

    const started = Date.now();
    await runner.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(runner.state).toBe("stopped");
    expect(bot.isRunning()).toBe(false);
    // grammY confirms the handled update on stop, so a restart does not answer it twice.
    expect(fake.calls.at(-1)).toMatchObject({
      method: "getUpdates",
      payload: { offset: update.update_id + 1 },
    });
    expect(logger.lines).toEqual([
      {
        level: "info",
        msg: "Telegram bot is running",
        fields: { mode: "polling", username: "helpline_test_bot" },
      },
    ]);
  });

  it("uses the commands menu button when there is no web app", async () => {
    run({ webAppUrl: undefined });
    await fake.waitFor("getUpdates");
    expect(fake.callsOf("setChatMenuButton")[0]?.payload).toEqual({
      menu_button: { type: "commands" },
    });
  });

  it("keeps going when Telegram refuses the command menu", async () => {
    fake.failNext("setMyCommands", {
      status: 400,
      description: "Bad Request: BOT_COMMAND_INVALID",
    });
    const { runner } = run();
    await fake.waitFor("getUpdates");
    expect(runner.state).toBe("running");
    expect(messagesOf("warn")).toEqual([
      "Telegram refused the bot's command menu; continuing without it",
    ]);
  });

  it("restarts polling after Telegram rejects getUpdates with 401", async () => {
    const { runner } = run();
    await until(() => runner.state === "running", "running");
    fake.failNext("getUpdates", { status: 401 });

    await until(() => messagesOf("info").includes(RECOVERED), "recovered");
    expect(messagesOf("warn")).toEqual([UNREACHABLE]);
    expect(logger.of("warn")[0]?.fields?.reason).toBe(
      "Call to 'getUpdates' failed! (401: Unauthorized)",
    );
    expect(runner.state).toBe("running");

    // Polling really resumed: a new update is answered.
    fake.sendText({ id: 8, first_name: "Li", language_code: "zh" }, "hi");
    expect((await fake.waitFor("sendMessage")).payload.chat_id).toBe(8);
  });

  it("notices an outage while polling and its end", async () => {
    const { runner } = run();
    await until(() => runner.state === "running", "running");

    fake.setDown(true);
    await until(() => runner.state === "retrying", "retrying");
    expect(messagesOf("warn")).toEqual([UNREACHABLE]);

    // grammY's own polling loop waits a fixed 3 s before polling again after a network error.
    fake.setDown(false);
    await until(() => runner.state === "running", "running again", 8000);
    expect(messagesOf("warn")).toEqual([UNREACHABLE]);
    expect(messagesOf("info")).toEqual(["Telegram bot is running", RECOVERED]);
  });
});

describe("webhook mode", () => {
  it("sets the webhook with the derived secret and never polls", async () => {
    const secretToken = webhookSecret(fake.token);
    const url = "https://api.example.com/telegram/webhook";
    const { bot, runner } = run({ webhook: { url, secretToken } });

    const call = await fake.waitFor("setWebhook");
    expect(call.payload).toEqual({
      url,
      secret_token: secretToken,
      drop_pending_updates: false,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    await until(() => runner.state === "running", "running");
    expect(bot.isRunning()).toBe(false);
    expect(fake.callsOf("getUpdates")).toEqual([]);
    expect(fake.callsOf("deleteWebhook")).toEqual([]);
    expect(logger.lines).toEqual([
      {
        level: "info",
        msg: "Telegram bot is running",
        fields: { mode: "webhook", username: "helpline_test_bot" },
      },
    ]);
  });
});

describe("when Telegram is unreachable", () => {
  it("warns once, retries with backoff, and logs one line when it recovers", async () => {
    fake.setDown(true);
    const { runner } = run();

    await until(() => fake.callsOf("getMe").length >= 3, "three getMe attempts");
    expect(runner.state).toBe("retrying");
    expect(logger.lines).toEqual([
      {
        level: "warn",
        msg: UNREACHABLE,
        fields: { mode: "polling", reason: expect.stringMatching(/^Network request for 'getMe'/) },
      },
    ]);

    fake.setDown(false);
    await until(() => runner.state === "running", "running");
    await fake.waitFor("getUpdates");
    expect(messagesOf("warn")).toEqual([UNREACHABLE]);
    expect(messagesOf("info")).toEqual([RECOVERED]);
    expect(JSON.stringify(logger.lines)).not.toContain(fake.token);
  });

  it("keeps retrying a wrong token with one warning and no token in the logs", async () => {
    const wrong = "987654321:WrongTokenWrongTokenWrongToken_123456";
    const { runner } = run({}, wrong);

    await until(() => fake.callsOf("getMe").length >= 3, "three getMe attempts");
    expect(fake.callsOf("getMe").every((call) => call.token === wrong && call.status === 401)).toBe(
      true,
    );
    expect(runner.state).toBe("retrying");
    expect(logger.lines).toEqual([
      {
        level: "warn",
        msg: UNREACHABLE,
        fields: { mode: "polling", reason: "Call to 'getMe' failed! (401: Unauthorized)" },
      },
    ]);
    const logged = JSON.stringify(logger.lines);
    expect(logged).not.toContain(wrong);
    expect(logged).not.toContain(wrong.split(":")[1]);
  });

  it("stops promptly while retrying, and then calls nothing more", async () => {
    fake.setDown(true);
    const { runner } = run({}, fake.token);
    await until(() => fake.callsOf("getMe").length >= 2, "two getMe attempts");

    const started = Date.now();
    await runner.stop();
    expect(Date.now() - started).toBeLessThan(500);
    expect(runner.state).toBe("stopped");

    const count = fake.calls.length;
    // Several backoff periods (≤ 50 ms each): a runner still retrying would have called again.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(fake.calls.length).toBe(count);
  });
});
