import { createBot } from "@helpline/bot";
import { type DbHandle, seedKbDemo, seedReference } from "@helpline/db";
import { createTestDb } from "@helpline/db/testing";
import {
  buildCallbackUpdate,
  buildTextUpdate,
  type FakeBotApi,
  type FakeUpdate,
  type FakeUser,
  type RecordedCall,
} from "@helpline/fake-bot-api";
import { type AppDeps, createApp } from "../../app";
import { type InitDataUser, signInitData } from "../../lib/init-data";
import { silentLogger } from "../../lib/logger";
import { TEST_BOT_TOKEN } from "../../testing/test-app";
import { createTelegramFiles } from "../attachments/telegram-files";

export const WEB_APP = "https://help.example.com";

type Bot = ReturnType<typeof createBot>;

/** The real app and the real bot on one test database, the bot talking to the fake Bot API. */
export interface BotHarness {
  handle: DbHandle;
  app: ReturnType<typeof createApp>["app"];
  services: ReturnType<typeof createApp>["services"];
  bot: Bot;
  /** A second bot on the same database, as after a restart or in another process. */
  restart(): Promise<Bot>;
  /** Delivers an update and returns the Bot API calls it caused. */
  deliver(update: FakeUpdate, bot?: Bot): Promise<RecordedCall[]>;
  /** `from` writes `text`; returns the calls it caused. */
  say(from: FakeUser, text: string): Promise<RecordedCall[]>;
  /** `from` presses the button `data` under the bot's message `text`. */
  press(from: FakeUser, data: string, text?: string): Promise<RecordedCall[]>;
  nextIds(): { updateId: number; messageId: number };
  /** A signed `Authorization` header for the Mini App API. */
  auth(user: InitDataUser): string;
  close(): Promise<void>;
}

export async function createBotHarness(
  fake: FakeBotApi,
  overrides: Partial<AppDeps> = {},
): Promise<BotHarness> {
  const handle = await createTestDb(process.env.DATABASE_URL);
  await seedReference(handle.db);
  await seedKbDemo(handle.db);
  const { app, services } = createApp({
    db: handle.db,
    logger: silentLogger,
    botToken: TEST_BOT_TOKEN,
    initDataMaxAge: 3600,
    demo: false,
    telegramFiles: createTelegramFiles({ token: fake.token, apiRoot: fake.apiRoot }),
    ...overrides,
  });
  const make = async () => {
    const bot = createBot(fake.token, {
      apiRoot: fake.apiRoot,
      webAppUrl: WEB_APP,
      logger: silentLogger,
      desk: services.botDesk,
    });
    await bot.init();
    return bot;
  };
  const bot = await make();
  let id = 1;
  const nextIds = () => {
    id += 1;
    return { updateId: id, messageId: id };
  };
  const deliver = async (update: FakeUpdate, target: Bot = bot) => {
    const before = fake.calls.length;
    await target.handleUpdate(update as unknown as Parameters<Bot["handleUpdate"]>[0]);
    return fake.calls.slice(before);
  };
  return {
    handle,
    app,
    services,
    bot,
    restart: make,
    deliver,
    say: (from, text) => deliver(buildTextUpdate(from, text, nextIds())),
    press: (from, data, text = "…") =>
      deliver(
        buildCallbackUpdate(from, data, { messageId: 1, text }, { updateId: nextIds().updateId }),
      ),
    nextIds,
    auth: (user) => `tma ${signInitData(user, TEST_BOT_TOKEN)}`,
    close: () => handle.close(),
  };
}

/** The inline keyboard of a sendMessage/editMessageText call, as rows of buttons. */
export function buttonsOf(call: RecordedCall | undefined) {
  return (
    (
      call?.payload.reply_markup as
        | {
            inline_keyboard: {
              text: string;
              callback_data?: string;
              web_app?: { url: string };
            }[][];
          }
        | undefined
    )?.inline_keyboard ?? []
  );
}

/** The texts the bot sent (sendMessage) among `calls`. */
export const textsOf = (calls: RecordedCall[]) =>
  calls.filter((call) => call.method === "sendMessage").map((call) => String(call.payload.text));

export const lastMessage = (calls: RecordedCall[]) =>
  calls.filter((call) => call.method === "sendMessage").at(-1);
