import {
  buildTextUpdate,
  type FakeBotApi,
  type FakeUser,
  type RecordedCall,
  startFakeBotApi,
} from "@helpline/fake-bot-api";

type Bot = ReturnType<typeof createBot>;

import type { Update } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBot } from "./bot";
import { MESSAGES } from "./i18n/messages";
import { recordingLogger } from "./recording-logger";

const WEB_APP = "https://help.example.com/app";
const anna: FakeUser = { id: 4242, first_name: "Anna", language_code: "en" };

let fake: FakeBotApi;
let logger: ReturnType<typeof recordingLogger>;
let nextUpdateId = 1;

beforeAll(async () => {
  fake = await startFakeBotApi();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  logger = recordingLogger();
});

async function makeBot({ webAppUrl }: { webAppUrl?: string } = { webAppUrl: WEB_APP }) {
  const bot = createBot(fake.token, { apiRoot: fake.apiRoot, webAppUrl, logger });
  await bot.init();
  return bot;
}

// The fake builds updates exactly as Telegram shapes them; grammY's types are just not its own.
const deliver = (bot: Bot, update: Record<string, unknown>) =>
  bot.handleUpdate(update as unknown as Update);

/** Sends `text` as `from` and returns the one answer the bot sent. */
async function answerTo(bot: Bot, text: string, from: FakeUser = anna): Promise<RecordedCall> {
  const id = nextUpdateId++;
  await deliver(bot, buildTextUpdate(from, text, { updateId: id, messageId: id }));
  const answers = fake.callsOf("sendMessage");
  expect(answers).toHaveLength(1);
  return answers[0] as RecordedCall;
}

const buttonsOf = (call: RecordedCall) =>
  (call.payload.reply_markup as { inline_keyboard: unknown[][] } | undefined)?.inline_keyboard;

describe("/start", () => {
  it.each([
    ["en", "Hi, Anna! This is Helpline support.", "Need help"],
    ["ru", "Здравствуйте, Anna! Это служба поддержки Helpline.", "Нужна помощь"],
    ["fa", "سلام Anna، به پشتیبانی Helpline خوش آمدید!", "کمک می‌خواهم"],
    ["zh-hans", "Anna，您好！这里是 Helpline 客服。", "需要帮助"],
    ["de", "Hi, Anna! This is Helpline support.", "Need help"],
  ])(
    "greets a %s user in their language with the web app button",
    async (language, greeting, button) => {
      const bot = await makeBot();
      const answer = await answerTo(bot, "/start", { ...anna, language_code: language });

      expect(answer.payload.chat_id).toBe(anna.id);
      expect(answer.payload.text).toMatch(new RegExp(`^${greeting}\\n\\n`));
      expect(buttonsOf(answer)).toEqual([[{ text: button, web_app: { url: WEB_APP } }]]);
    },
  );

  it.each(["ticket_123", "new_payment"])("opens the web app on the %s payload", async (payload) => {
    const answer = await answerTo(await makeBot(), `/start ${payload}`);
    expect(buttonsOf(answer)).toEqual([
      [{ text: "Need help", web_app: { url: `${WEB_APP}?startapp=${payload}` } }],
    ]);
  });

  it.each(["../../admin?x=1", "x".repeat(65), "ticket_1 extra"])(
    "ignores the malformed payload %j",
    async (payload) => {
      const answer = await answerTo(await makeBot(), `/start ${payload}`);
      expect(buttonsOf(answer)).toEqual([[{ text: "Need help", web_app: { url: WEB_APP } }]]);
    },
  );

  it("explains instead of showing a broken button when the web app is not configured", async () => {
    const answer = await answerTo(await makeBot({}), "/start ticket_1");
    expect(answer.payload.reply_markup).toBeUndefined();
    expect(answer.payload.text).toContain(MESSAGES.en.appNotConfigured);
  });

  it("treats a non-https web app URL as not configured, and says so once", async () => {
    const answer = await answerTo(await makeBot({ webAppUrl: "http://localhost:5173" }), "/start");
    expect(answer.payload.reply_markup).toBeUndefined();
    expect(logger.of("warn")).toHaveLength(1);
  });
});

describe("/help", () => {
  it("says what the bot does, in the user's language, with its commands", async () => {
    const answer = await answerTo(await makeBot(), "/help", { ...anna, language_code: "ru" });
    expect(answer.payload.text).toContain(MESSAGES.ru.about);
    expect(answer.payload.text).toContain("/start — Открыть службу поддержки");
    expect(buttonsOf(answer)).toEqual([[{ text: "Нужна помощь", web_app: { url: WEB_APP } }]]);
  });
});

describe("anything else", () => {
  it.each(["hello?", "/unknown"])("answers %j helpfully, pointing to the button", async (text) => {
    const answer = await answerTo(await makeBot(), text, { ...anna, language_code: "fa" });
    expect(answer.payload.text).toContain(MESSAGES.fa.unhandled);
    expect(answer.payload.text).toContain(MESSAGES.fa.tapNeedHelp);
    expect(buttonsOf(answer)).toEqual([[{ text: "کمک می‌خواهم", web_app: { url: WEB_APP } }]]);
  });

  it("answers a sticker too", async () => {
    const bot = await makeBot();
    const update = buildTextUpdate(anna, "", { updateId: nextUpdateId, messageId: 1 });
    const { text: _text, ...message } = update.message as Record<string, unknown>;
    await deliver(bot, {
      update_id: nextUpdateId++,
      message: { ...message, sticker: { file_id: "x" } },
    });
    expect(fake.callsOf("sendMessage")[0]?.payload.text).toContain(MESSAGES.en.unhandled);
  });

  it("stays quiet in groups, where web app buttons cannot work", async () => {
    const bot = await makeBot();
    const update = buildTextUpdate(anna, "/start", { updateId: nextUpdateId++, messageId: 1 });
    const message = update.message as Record<string, unknown>;
    await deliver(bot, { ...update, message: { ...message, chat: { id: -5, type: "group" } } });
    expect(fake.callsOf("sendMessage")).toEqual([]);
  });

  it("acknowledges stray button presses", async () => {
    await deliver(await makeBot(), {
      update_id: nextUpdateId++,
      callback_query: {
        id: "cb1",
        from: { ...anna, is_bot: false },
        chat_instance: "1",
        data: "x",
      },
    });
    expect(fake.callsOf("answerCallbackQuery")).toMatchObject([
      { payload: { callback_query_id: "cb1" } },
    ]);
  });
});

describe("failures", () => {
  it("retries a rate-limited answer (auto-retry is installed)", async () => {
    const bot = await makeBot();
    fake.failNext("sendMessage", { status: 429, retryAfter: 0 });
    const id = nextUpdateId++;
    await deliver(bot, buildTextUpdate(anna, "/start", { updateId: id, messageId: id }));

    expect(fake.callsOf("sendMessage").map((call) => call.status)).toEqual([429, 200]);
    expect(logger.lines).toEqual([]);
  });

  it("does not wait out a long rate limit, and logs the failure without texts or token", async () => {
    const bot = await makeBot();
    fake.failNext("sendMessage", { status: 429, retryAfter: 60 });
    const id = nextUpdateId++;
    await deliver(bot, buildTextUpdate(anna, "secret words", { updateId: id, messageId: id }));

    expect(fake.callsOf("sendMessage")).toHaveLength(1);
    expect(logger.of("error")).toEqual([
      {
        level: "error",
        msg: "Bot failed to handle an update",
        fields: {
          updateId: id,
          reason: "Call to 'sendMessage' failed! (429: Too Many Requests: retry after 60)",
        },
      },
    ]);
    const logged = JSON.stringify(logger.lines);
    expect(logged).not.toContain("secret words");
    expect(logged).not.toContain(fake.token);
  });

  it("survives a user who blocked the bot", async () => {
    const bot = await makeBot();
    fake.failNext("sendMessage", { status: 403 });
    await expect(answerTo(bot, "/start")).resolves.toMatchObject({ status: 403 });
    expect(logger.of("error")[0]?.fields?.reason).toMatch(/403: Forbidden/);
  });
});
