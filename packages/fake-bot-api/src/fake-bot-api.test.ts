import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeBotApi, startFakeBotApi } from "./fake-bot-api";

let fake: FakeBotApi;

beforeEach(async () => {
  fake = await startFakeBotApi({ maxPollMs: 200 });
});

afterEach(async () => {
  await fake.close();
});

type Answer = {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
};

async function callApi(
  method: string,
  payload: Record<string, unknown> = {},
  token = fake.token,
): Promise<{ status: number; body: Answer }> {
  const response = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

const updateIds = (answer: Answer) =>
  (answer.result as Array<{ update_id: number }>).map((update) => update.update_id);

describe("recording", () => {
  it("records every call and answers sendMessage with a Telegram-shaped message", async () => {
    const replyMarkup = { inline_keyboard: [[{ text: "Go", web_app: { url: "https://x.test" } }]] };
    const first = await callApi("sendMessage", {
      chat_id: 42,
      text: "Hi",
      reply_markup: replyMarkup,
    });
    const second = await callApi("sendMessage", { chat_id: 42, text: "Again" });

    expect(first.body).toMatchObject({
      ok: true,
      result: { chat: { id: 42, type: "private" }, text: "Hi", reply_markup: replyMarkup },
    });
    const ids = [first, second].map(
      (answer) => (answer.body.result as { message_id: number }).message_id,
    );
    expect(ids[1]).toBe((ids[0] ?? 0) + 1);
    expect(fake.callsOf("sendMessage").map((call) => call.payload.text)).toEqual(["Hi", "Again"]);
    expect(fake.calls[0]).toMatchObject({ method: "sendMessage", token: fake.token, status: 200 });
  });

  it("answers getMe with a bot user and unknown methods with true", async () => {
    const me = await callApi("getMe");
    expect(me.body.result).toMatchObject({ is_bot: true, username: "helpline_test_bot" });
    expect((await callApi("sendChatAction", { chat_id: 1, action: "typing" })).body).toEqual({
      ok: true,
      result: true,
    });
    expect(fake.callsOf("sendChatAction")).toHaveLength(1);
  });

  it("parses urlencoded and multipart bodies, and query parameters", async () => {
    await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage?disable_notification=true`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ chat_id: "7", text: "form", reply_markup: '{"a":1}' }),
    });
    const form = new FormData();
    form.set("chat_id", "7");
    form.set("caption", "a photo");
    form.set("photo", new Blob(["12345"], { type: "image/png" }), "cat.png");
    await fetch(`${fake.apiRoot}/bot${fake.token}/sendPhoto`, { method: "POST", body: form });

    expect(fake.callsOf("sendMessage")[0]?.payload).toEqual({
      chat_id: "7",
      text: "form",
      reply_markup: { a: 1 },
      disable_notification: "true",
    });
    expect(fake.callsOf("sendPhoto")[0]?.payload).toEqual({
      chat_id: "7",
      caption: "a photo",
      photo: { filename: "cat.png", contentType: "image/png", size: 5 },
    });
  });

  it("rejects a web_app button that is not https, as Telegram does", async () => {
    const answer = await callApi("sendMessage", {
      chat_id: 1,
      text: "x",
      reply_markup: { inline_keyboard: [[{ text: "Go", web_app: { url: "http://x.test" } }]] },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.description).toMatch(/Only HTTPS links are allowed/);
  });

  it("waitFor resolves on a later call and rejects clearly on timeout", async () => {
    const waiting = fake.waitFor("sendMessage", (call) => call.payload.text === "later");
    await callApi("sendMessage", { chat_id: 1, text: "sooner" });
    await callApi("sendMessage", { chat_id: 1, text: "later" });
    await expect(waiting).resolves.toMatchObject({ payload: { text: "later" } });

    await expect(fake.waitFor("editMessageText", undefined, 30)).rejects.toThrow(
      /no matching "editMessageText" call within 30 ms; calls so far: sendMessage×2/,
    );
  });

  it("reset forgets calls, failures and queued updates", async () => {
    await callApi("getMe");
    fake.failNext("getMe", { status: 500 });
    fake.sendText({ id: 1, first_name: "A" }, "hi");
    fake.reset();

    expect(fake.calls).toEqual([]);
    expect((await callApi("getMe")).status).toBe(200);
    expect((await callApi("getUpdates")).body.result).toEqual([]);
  });
});

describe("authentication", () => {
  it("answers 401 to a wrong token and still records the call", async () => {
    const answer = await callApi("getMe", {}, "1:wrong");
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ ok: false, error_code: 401, description: "Unauthorized" });
    expect(fake.calls).toMatchObject([{ method: "getMe", token: "1:wrong", status: 401 }]);
  });
});

describe("failNext", () => {
  it("fails the next calls with 429 and retry_after, then recovers", async () => {
    fake.failNext("sendMessage", { status: 429, retryAfter: 7 }, 2);

    for (let i = 0; i < 2; i++) {
      const answer = await callApi("sendMessage", { chat_id: 1, text: "x" });
      expect(answer.status).toBe(429);
      expect(answer.body).toMatchObject({
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 7",
        parameters: { retry_after: 7 },
      });
    }
    expect((await callApi("sendMessage", { chat_id: 1, text: "x" })).body.ok).toBe(true);
  });

  it('fails any method with "*", only as often as asked', async () => {
    fake.failNext("*", { status: 403 });
    expect((await callApi("getMe")).body).toMatchObject({
      error_code: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    expect((await callApi("getMe")).body.ok).toBe(true);
  });
});

describe("getUpdates", () => {
  it("honours offset: returns updates from it on and forgets older ones", async () => {
    const from = { id: 5, first_name: "Ann" };
    const [a, b, c] = ["one", "two", "three"].map((text) => fake.sendText(from, text));
    if (!a || !b || !c) throw new Error("updates were not queued");

    expect(updateIds((await callApi("getUpdates")).body)).toEqual([
      a.update_id,
      b.update_id,
      c.update_id,
    ]);
    expect(updateIds((await callApi("getUpdates", { offset: b.update_id })).body)).toEqual([
      b.update_id,
      c.update_id,
    ]);
    // `a` was confirmed by the previous offset, so it is gone even without one.
    expect(updateIds((await callApi("getUpdates", { limit: 1 })).body)).toEqual([b.update_id]);
    expect(updateIds((await callApi("getUpdates", { offset: -1 })).body)).toEqual([c.update_id]);
    expect((await callApi("getUpdates", { offset: c.update_id + 1 })).body.result).toEqual([]);
  });

  it("holds a long poll open until an update arrives", async () => {
    const poll = callApi("getUpdates", { timeout: 30 });
    await fake.waitFor("getUpdates");
    const update = fake.sendText({ id: 5, first_name: "Ann", language_code: "ru" }, "/start x");

    const answer = await poll;
    expect(answer.body.result).toEqual([update]);
    expect(update).toMatchObject({
      message: {
        chat: { id: 5, type: "private" },
        from: { id: 5, is_bot: false, language_code: "ru" },
        text: "/start x",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    });
  });

  it("caps the long-poll wait", async () => {
    const started = Date.now();
    const answer = await callApi("getUpdates", { timeout: 30 });
    expect(answer.body.result).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses to poll while a webhook is set, like Telegram", async () => {
    await callApi("setWebhook", { url: "https://example.test/hook", secret_token: "abc" });
    const answer = await callApi("getUpdates");
    expect(answer.status).toBe(409);
    expect((await callApi("getWebhookInfo")).body.result).toMatchObject({
      url: "https://example.test/hook",
    });
    await callApi("deleteWebhook");
    expect((await callApi("getUpdates")).status).toBe(200);
  });

  it("assigns increasing update ids to pushed updates", () => {
    const first = fake.pushUpdate({ callback_query: { id: "1" } });
    const given = fake.pushUpdate({ update_id: 900_000, callback_query: { id: "2" } });
    const next = fake.pushUpdate({ callback_query: { id: "3" } });
    expect(given.update_id).toBe(900_000);
    expect(next.update_id).toBeGreaterThan(given.update_id);
    expect(first.update_id).toBeLessThan(given.update_id);
  });
});

describe("setDown", () => {
  it("drops every connection while down and serves again afterwards", async () => {
    fake.setDown(true);
    await expect(callApi("getMe")).rejects.toThrow();
    expect(fake.calls).toMatchObject([{ method: "getMe", status: 0 }]);

    fake.setDown(false);
    expect((await callApi("getMe")).status).toBe(200);
  });

  it("cuts an open long poll", async () => {
    const poll = callApi("getUpdates", { timeout: 30 });
    await fake.waitFor("getUpdates");
    fake.setDown(true);
    await expect(poll).rejects.toThrow();
  });
});

describe("Telegram's limits (limits: true)", () => {
  it("answers 429 with retry_after to a second message within a second in one chat", async () => {
    await fake.close();
    fake = await startFakeBotApi({ limits: true });
    expect((await callApi("sendMessage", { chat_id: 1, text: "a" })).status).toBe(200);
    const second = await callApi("sendMessage", { chat_id: 1, text: "b" });
    expect(second.status).toBe(429);
    expect(second.body.parameters?.retry_after).toBe(1);
    // Other chats are not affected, and reads are never limited.
    expect((await callApi("sendMessage", { chat_id: 2, text: "c" })).status).toBe(200);
    expect((await callApi("getMe")).status).toBe(200);
    expect(fake.counters).toMatchObject({ delivered: 2, rateLimited: 1 });
  });

  it("limits all chats together per second and a group per minute", async () => {
    await fake.close();
    fake = await startFakeBotApi({
      limits: { globalPerSecond: 3, groupPerMinute: 2, perChatMs: 0 },
    });
    const statuses: number[] = [];
    for (let chat = 1; chat <= 4; chat++) {
      statuses.push((await callApi("sendMessage", { chat_id: chat, text: "x" })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);

    await fake.close();
    fake = await startFakeBotApi({
      limits: { globalPerSecond: 100, groupPerMinute: 2, perChatMs: 0 },
    });
    const group = [];
    for (let i = 0; i < 3; i++) {
      group.push(await callApi("sendMessage", { chat_id: -1001234, text: `g${i}` }));
    }
    expect(group.map((answer) => answer.status)).toEqual([200, 200, 429]);
    expect(group[2]?.body.parameters?.retry_after).toBeGreaterThan(50);
  });

  it("counts nothing against the limits without the option", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await callApi("sendMessage", { chat_id: 1, text: `m${i}` })).status).toBe(200);
    }
    expect(fake.counters).toMatchObject({ delivered: 5, rateLimited: 0 });
  });
});

describe("setDown with errors", () => {
  it("answers 500 to everything while down, and counts it", async () => {
    fake.setDown(true, "error");
    const answer = await callApi("sendMessage", { chat_id: 1, text: "a" });
    expect(answer.status).toBe(500);
    expect(fake.counters.whileDown).toBe(1);
    fake.setDown(false);
    expect((await callApi("sendMessage", { chat_id: 1, text: "a" })).status).toBe(200);
  });
});
