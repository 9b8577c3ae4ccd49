import { schema } from "@helpline/db";
import {
  asReplyTo,
  buildDocumentUpdate,
  buildPhotoUpdate,
  buildTextUpdate,
  type FakeBotApi,
  type FakeUser,
  startFakeBotApi,
} from "@helpline/fake-bot-api";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type BotHarness,
  buttonsOf,
  createBotHarness,
  lastMessage,
  textsOf,
  WEB_APP,
} from "./bot-harness";

const { tickets, users, messages, attachments, kbDeflectionEvents, outbox } = schema;

let fake: FakeBotApi;
let h: BotHarness;
let nextUserId = 880_000;

beforeAll(async () => {
  fake = await startFakeBotApi();
  h = await createBotHarness(fake);
}, 60_000);
afterAll(async () => {
  await h?.close();
  await fake?.close();
});
beforeEach(() => {
  fake.reset();
});

const person = (language: string, name = "Anna"): FakeUser => ({
  id: nextUserId++,
  first_name: name,
  language_code: language,
});

/** /start and "I agree": the user is ready to ask. */
async function onboard(user: FakeUser) {
  await h.say(user, "/start");
  return h.press(user, "consent:yes");
}

async function ticketsOf(userId: number) {
  return h.handle.db.select().from(tickets).where(eq(tickets.customerId, userId));
}

/** Skips the photo and, when articles are suggested, answers "no": the ticket is created. */
async function submit(user: FakeUser) {
  const skipped = await h.press(user, "photo:skip");
  const offered = buttonsOf(lastMessage(skipped))
    .flat()
    .some((button) => button.callback_data === "kb:no");
  return offered ? h.press(user, "kb:no") : skipped;
}

const callbackData = (calls: Awaited<ReturnType<BotHarness["say"]>>) =>
  buttonsOf(lastMessage(calls))
    .flat()
    .map((button) => button.callback_data ?? button.web_app?.url);

describe("first contact", () => {
  it.each([
    ["en", "Hi, Anna! This is Helpline support.", "I agree", "What is your question about?"],
    ["ru", "Здравствуйте, Anna! Это служба поддержки Helpline.", "Согласен", "О чём ваш вопрос?"],
  ])(
    "greets a %s user, asks for consent, records it and offers the topics",
    async (language, greeting, agree, topics) => {
      const user = person(language);
      const start = await h.say(user, "/start");
      const hello = lastMessage(start);
      expect(String(hello?.payload.text)).toMatch(new RegExp(`^${greeting}\\n\\n`));
      expect(buttonsOf(hello)[0]).toEqual([{ text: agree, callback_data: "consent:yes" }]);
      expect(buttonsOf(hello)[1]?.[0]?.web_app?.url).toBe(WEB_APP);

      // Nothing is kept before consent: a question is answered with the consent request.
      const early = await h.say(user, "Where is my parcel, please?");
      expect(buttonsOf(lastMessage(early))[0]?.[0]?.callback_data).toBe("consent:yes");
      expect(await ticketsOf(user.id)).toEqual([]);

      const agreed = await h.press(user, "consent:yes");
      expect(agreed.find((call) => call.method === "answerCallbackQuery")).toBeDefined();
      expect(agreed.find((call) => call.method === "editMessageText")).toBeDefined();
      expect(textsOf(agreed)).toEqual([topics]);
      expect(callbackData(agreed)).toEqual([
        WEB_APP,
        "topic:orders",
        "topic:payment",
        "topic:account",
        "topic:features",
        "topic:complaint",
        "topic:ideas",
      ]);
      const [row] = await h.handle.db.select().from(users).where(eq(users.id, user.id));
      expect(row?.consentVersion).toBe("2026-11");
      expect(row?.consentAt).not.toBeNull();
    },
  );

  it("opens a ticket's deep link for its owner only", async () => {
    const owner = person("en");
    await onboard(owner);
    await h.press(owner, "topic:features");
    await h.press(owner, "section:how-to");
    await h.say(owner, "How do I export my invoices to a spreadsheet?");
    const created = await submit(owner);
    const accepted = textsOf(created).find((text) => text.startsWith("Accepted"));
    const [ticket] = await ticketsOf(owner.id);
    expect(accepted).toContain(`#${ticket?.number}`);

    const mine = await h.say(owner, `/start ticket_${ticket?.number}`);
    expect(textsOf(mine)[0]).toMatch(new RegExp(`^#${ticket?.number} · How do I export`));
    expect(buttonsOf(lastMessage(mine))).toEqual([
      [{ text: "Open ticket", web_app: { url: `${WEB_APP}/?startapp=ticket_${ticket?.number}` } }],
    ]);

    const stranger = person("en", "Eve");
    await onboard(stranger);
    const theirs = await h.say(stranger, `/start ticket_${ticket?.number}`);
    expect(textsOf(theirs).join("\n")).not.toContain("How do I export");
  });
});

describe("deep link before consent", () => {
  it("shows the linked ticket once the user agrees", async () => {
    const user = person("ru");
    await h.services.users.upsertFromTelegram({ id: user.id, first_name: user.first_name });
    const { ticket } = await h.services.tickets.create(user.id, {
      topicId: "orders",
      subject: "Заказ не пришёл",
      description: "Заказ не пришёл вовремя, что делать?",
    });
    const start = await h.say(user, `/start ticket_${ticket.number}`);
    expect(buttonsOf(lastMessage(start))[0]?.[0]?.callback_data).toBe("consent:yes");
    const agreed = await h.press(user, "consent:yes");
    expect(textsOf(agreed)).toEqual([`#${ticket.number} · Заказ не пришёл\nПринято`]);
    expect(buttonsOf(lastMessage(agreed))[0]?.[0]?.text).toBe("Открыть обращение");
  });
});

describe("new request in the chat", () => {
  it.each([
    [
      "en",
      "My parcel never arrived and tracking shows nothing at all",
      "Accepted: ticket #",
      "No, create a request",
    ],
    [
      "ru",
      "Посылка так и не пришла, а отслеживание ничего не показывает",
      "Принято: обращение №",
      "Нет, создать обращение",
    ],
  ])(
    "%s: topic, section, description, photo, articles, then 'no' creates the ticket",
    async (language, text, accepted, noButton) => {
      const user = person(language);
      await onboard(user);
      const sections = await h.press(user, "topic:orders");
      expect(callbackData(sections)).toEqual([
        "section:order-status",
        "section:delivery-problem",
        "section:return",
        "section:-",
      ]);
      const describe = await h.press(user, "section:delivery-problem");
      expect(textsOf(describe)).toHaveLength(1);

      const short = await h.say(user, "help");
      expect(textsOf(short)[0]).toMatch(/10/);

      const photoAsk = await h.say(user, text);
      expect(callbackData(photoAsk)).toEqual(["photo:skip"]);

      fake.addFile("parcel-photo", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
      const suggested = await h.deliver(
        buildPhotoUpdate(user, { fileId: "parcel-photo", size: 7 }, h.nextIds()),
      );
      const suggestion = lastMessage(suggested);
      const buttons = buttonsOf(suggestion);
      expect(buttons.length).toBeGreaterThan(1);
      expect(buttons.length).toBeLessThanOrEqual(4);
      expect(buttons[0]?.[0]?.web_app?.url).toMatch(new RegExp(`^${WEB_APP}/kb/`));
      expect(buttons.at(-1)?.map((button) => button.callback_data)).toEqual(["kb:yes", "kb:no"]);
      expect(buttons.at(-1)?.[1]?.text).toBe(noButton);
      const shown = await h.handle.db
        .select()
        .from(kbDeflectionEvents)
        .where(eq(kbDeflectionEvents.userId, user.id));
      expect(shown.length).toBe(buttons.length - 1);
      expect(shown.every((event) => event.event === "shown")).toBe(true);

      const created = await h.press(user, "kb:no");
      const answer = textsOf(created).at(-1) ?? "";
      expect(answer.startsWith(accepted)).toBe(true);
      const [ticket] = await ticketsOf(user.id);
      expect(ticket).toMatchObject({
        channel: "bot",
        topicId: "orders",
        sectionId: "delivery-problem",
        status: "new",
      });
      expect(answer).toContain(String(ticket?.number));
      // The ETA is the SLA plan's, as a duration in the user's language.
      const minutes = Math.round(
        (Date.parse(String(ticket?.eta)) - Date.parse(String(ticket?.createdAt))) / 60_000,
      );
      expect(answer).toContain(
        new Intl.NumberFormat(language, {
          style: "unit",
          unit: "minute",
          unitDisplay: "short",
        }).format(minutes),
      );
      expect(buttonsOf(lastMessage(created))[0]?.[0]?.web_app?.url).toBe(
        `${WEB_APP}/?startapp=ticket_${ticket?.number}`,
      );

      const thread = await h.handle.db
        .select()
        .from(messages)
        .where(eq(messages.ticketId, String(ticket?.id)));
      expect(thread.map((message) => message.body)).toEqual([text, "Image"]);
      const files = await h.handle.db
        .select()
        .from(attachments)
        .where(eq(attachments.ticketId, String(ticket?.id)));
      expect(files).toMatchObject([
        { telegramFileId: "parcel-photo", contentType: "image/jpeg", size: 7, data: null },
      ]);

      // The session is over (its row is gone): the next "no" is stale and creates nothing.
      const sessions = await h.handle.db
        .select()
        .from(schema.botSessions)
        .where(eq(schema.botSessions.key, `chat:${user.id}`));
      expect(sessions).toEqual([]);
      await h.press(user, "kb:no");
      expect(await ticketsOf(user.id)).toHaveLength(1);
    },
  );

  it.each([
    ["en", "Where is my parcel? Tracking is not updating", "Great, glad it helped!"],
    ["ru", "Где моя посылка? Трек-номер не обновляется", "Отлично, рады, что помогло!"],
  ])("%s: 'yes, solved' counts as self-service and opens nothing", async (language, text, glad) => {
    const user = person(language);
    await onboard(user);
    await h.press(user, "topic:orders");
    await h.press(user, "section:order-status");
    await h.say(user, text);
    const suggested = await h.press(user, "photo:skip");
    expect(buttonsOf(lastMessage(suggested)).at(-1)?.[0]?.callback_data).toBe("kb:yes");
    const solved = await h.press(user, "kb:yes");
    expect(textsOf(solved)).toEqual([expect.stringMatching(new RegExp(`^${glad}`))]);
    expect(await ticketsOf(user.id)).toEqual([]);
    const events = await h.handle.db
      .select()
      .from(kbDeflectionEvents)
      .where(and(eq(kbDeflectionEvents.userId, user.id), eq(kbDeflectionEvents.event, "solved")));
    expect(events.length).toBeGreaterThan(0);
    const insights = await h.services.kb.insights(1, 10);
    expect(insights.deflection.solved).toBeGreaterThan(0);
  });

  it("keeps text written while buttons wait, and says so", async () => {
    const user = person("en");
    await onboard(user);
    const calls = await h.say(user, "I cannot change my delivery address online");
    expect(textsOf(calls)).toEqual([
      "Noted, I have added it to your request. Please choose one of the buttons above.",
    ]);
    await h.press(user, "topic:orders");
    // The description is there already: the next question is the photo.
    expect(callbackData(await h.press(user, "section:-"))).toEqual(["photo:skip"]);
  });

  it("continues the conversation after a restart (state is in the database)", async () => {
    const user = person("en");
    await onboard(user);
    await h.press(user, "topic:account");
    const other = await h.restart();
    const calls = await h.deliver(
      buildCallbackUpdate(user, "section:sign-in", h.nextIds().updateId),
      other,
    );
    expect(textsOf(calls)).toEqual([
      "Describe the problem in one message: what happened, and what you expected.",
    ]);
    await h.deliver(
      buildTextUpdate(user, "The login code never arrives by SMS", h.nextIds()),
      other,
    );
    const last = await submit(user);
    const [ticket] = await ticketsOf(user.id);
    expect(ticket).toMatchObject({ topicId: "account", sectionId: "sign-in" });
    expect(textsOf(last).at(-1)).toContain(`#${ticket?.number}`);
  });

  it.each([
    ["en", "My payment failed twice, money was taken", "This sounds urgent"],
    ["ru", "Оплата не прошла, деньги списали", "Похоже, это срочно"],
    ["fa", "پرداخت ناموفق بود و پول کم شد", "به نظر فوری است"],
    ["zh", "支付失败了，钱被扣了两次", "这件事似乎很紧急"],
  ])(
    "%s: a stop phrase skips the questions and goes to a person at once",
    async (language, text, urgent) => {
      const user = person(language);
      await onboard(user);
      const calls = await h.say(user, text);
      expect(textsOf(calls).at(-1)).toContain(urgent);
      const [ticket] = await ticketsOf(user.id);
      expect(ticket).toMatchObject({ queueId: "security", priority: "critical", channel: "bot" });
    },
  );
});

function buildCallbackUpdate(user: FakeUser, data: string, updateId: number) {
  return {
    update_id: updateId,
    callback_query: {
      id: `cb-${updateId}`,
      from: { ...user, is_bot: false },
      chat_instance: "x",
      data,
      message: {
        message_id: 1,
        from: { id: Number(fake.token.split(":")[0]), is_bot: true, first_name: "Helpline" },
        chat: { id: user.id, type: "private", first_name: user.first_name },
        date: Math.floor(Date.now() / 1000),
        text: "…",
      },
    },
  };
}

/** A customer with one open ticket, made through the chat. */
async function withOpenTicket(language: string) {
  const user = person(language);
  await onboard(user);
  await h.press(user, "topic:features");
  await h.press(user, "section:bug");
  await h.say(
    user,
    language === "ru"
      ? "Кнопка оплаты не нажимается в приложении"
      : "The checkout button does nothing in the app",
  );
  await submit(user);
  const [ticket] = await ticketsOf(user.id);
  if (!ticket) throw new Error("no ticket");
  return { user, ticket };
}

describe("limits", () => {
  it("says so when the desk's rate limit refuses, instead of falling silent", async () => {
    const user = person("ru");
    await onboard(user);
    // Ten new tickets in a burst are allowed per person (tickets.service's createLimiter).
    for (let i = 0; i < 10; i++) await h.say(user, `Оплата не прошла, попытка ${i}`);
    expect(await ticketsOf(user.id)).toHaveLength(10);
    const refused = await h.say(user, "Оплата не прошла снова");
    expect(textsOf(refused)).toEqual([
      "Слишком много сообщений подряд. Подождите минуту и попробуйте снова.",
    ]);
    expect(await ticketsOf(user.id)).toHaveLength(10);
  });
});

describe("a customer with an open ticket", () => {
  it.each([
    ["en", "Add this to #", "Added to #"],
    ["ru", "Добавить это сообщение в №", "Добавлено в обращение №"],
  ])("%s: 'add to #N' puts the message on the ticket", async (language, question, added) => {
    const { user, ticket } = await withOpenTicket(language);
    const asked = await h.say(user, "Also, it happens on Android only");
    expect(textsOf(asked)[0]).toContain(`${question}${ticket.number}`);
    expect(callbackData(asked)).toEqual([`add:${ticket.number}`, "new"]);
    const done = await h.press(user, `add:${ticket.number}`);
    expect(textsOf(done)).toEqual([expect.stringContaining(`${added}${ticket.number}`)]);
    const thread = await h.handle.db
      .select()
      .from(messages)
      .where(eq(messages.ticketId, ticket.id));
    expect(thread.at(-1)?.body).toBe("Also, it happens on Android only");
    expect(await ticketsOf(user.id)).toHaveLength(1);
  });

  it.each(["en", "ru"])(
    "%s: 'new request' starts the questions with the message kept",
    async (language) => {
      const { user } = await withOpenTicket(language);
      await h.say(user, "Another thing: my address is wrong on the invoice");
      const topics = await h.press(user, "new");
      expect(callbackData(topics)).toContain("topic:orders");
      await h.press(user, "topic:complaint");
      const photo = await h.press(user, "section:-");
      // The description is already there: next comes the photo question.
      expect(callbackData(photo)).toEqual(["photo:skip"]);
      await h.press(user, "photo:skip");
      await h.press(user, "kb:no");
      const all = await ticketsOf(user.id);
      expect(all).toHaveLength(2);
      const second = all.find((row) => row.topicId === "complaint");
      expect(second?.subject).toBe("Another thing: my address is wrong on the invoice");
    },
  );

  it("a reply to a delivered notification goes to its ticket, photo included", async () => {
    const { user, ticket } = await withOpenTicket("en");
    await h.handle.db.insert(outbox).values({
      id: crypto.randomUUID(),
      idempotencyKey: `ticket.reply:${ticket.id}:1`,
      chatId: user.id,
      userId: user.id,
      ticketId: ticket.id,
      kind: "ticket.reply",
      params: { number: ticket.number, preview: "Which phone?" },
      status: "sent",
      telegramMessageId: 4321,
    });
    const botId = Number(fake.token.split(":")[0]);
    const reply = asReplyTo(buildTextUpdate(user, "A Pixel 8, Android 15", h.nextIds()), {
      messageId: 4321,
      text: "New reply from support: Which phone?",
      botId,
    });
    const calls = await h.deliver(reply);
    expect(textsOf(calls)).toEqual([`Added to #${ticket.number}. We will reply here.`]);
    fake.addFile("screen-1", new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const photo = asReplyTo(buildPhotoUpdate(user, { fileId: "screen-1", size: 4 }, h.nextIds()), {
      messageId: 4321,
      text: "New reply from support: Which phone?",
      botId,
    });
    await h.deliver(photo);
    // Telegram redelivers the same photo: attached once.
    await h.deliver({ ...photo, update_id: h.nextIds().updateId });
    const thread = await h.handle.db
      .select()
      .from(messages)
      .where(eq(messages.ticketId, ticket.id));
    expect(thread.map((message) => message.body).slice(-2)).toEqual([
      "A Pixel 8, Android 15",
      "Image",
    ]);
    const files = await h.handle.db
      .select()
      .from(attachments)
      .where(eq(attachments.ticketId, ticket.id));
    expect(files.map((file) => file.telegramFileId)).toEqual(["screen-1"]);
  });

  it("refuses documents that are not images, with a clear answer", async () => {
    const user = person("en");
    await onboard(user);
    const calls = await h.deliver(
      buildDocumentUpdate(
        user,
        { fileId: "doc-1", mimeType: "application/zip", fileName: "x.zip" },
        h.nextIds(),
      ),
    );
    expect(textsOf(calls)).toEqual([expect.stringContaining("JPEG, PNG or WebP")]);
  });

  it("refuses a file over 20 MB when it arrives (agents could never open it)", async () => {
    const user = person("ru");
    await onboard(user);
    const calls = await h.deliver(
      buildDocumentUpdate(
        user,
        { fileId: "doc-2", mimeType: "image/png", fileName: "scan.png", size: 21 * 1024 * 1024 },
        h.nextIds(),
      ),
    );
    expect(textsOf(calls)).toEqual([expect.stringContaining("больше 20 МБ")]);
  });
});

describe("commands", () => {
  it.each([
    ["en", "Your open requests:", "In progress"],
    ["ru", "Ваши открытые обращения:", "В работе"],
  ])("%s: /status lists open tickets with their buttons", async (language, title, inProgress) => {
    const { user, ticket } = await withOpenTicket(language);
    await h.handle.db.update(tickets).set({ status: "open" }).where(eq(tickets.id, ticket.id));
    const calls = await h.say(user, "/status");
    expect(textsOf(calls)[0]).toBe(
      `${title}\n#${ticket.number} · ${ticket.subject} — ${inProgress}`,
    );
    expect(buttonsOf(lastMessage(calls))[0]?.[0]?.web_app?.url).toBe(
      `${WEB_APP}/?startapp=ticket_${ticket.number}`,
    );
  });

  it("/status without open tickets says so", async () => {
    const user = person("zh");
    await onboard(user);
    expect(textsOf(await h.say(user, "/status"))).toEqual(["您没有未完成的请求。"]);
  });

  it("/language saves the choice and answers in it from then on", async () => {
    const user = person("en");
    await onboard(user);
    const asked = await h.say(user, "/language");
    expect(callbackData(asked)).toEqual(["lang:en", "lang:ru", "lang:fa", "lang:zh"]);
    const chosen = await h.press(user, "lang:fa");
    expect(chosen.find((call) => call.method === "editMessageText")?.payload.text).toBe(
      "انجام شد: به فارسی می‌نویسم.",
    );
    const [row] = await h.handle.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.language).toBe("fa");
    expect(textsOf(await h.say(user, "/status"))).toEqual(["درخواست بازی ندارید."]);
  });

  it("/desk opens the console for staff only", async () => {
    const customer = person("en");
    await onboard(customer);
    expect(textsOf(await h.say(customer, "/desk"))).toEqual([
      "This command is for the support team.",
    ]);
    const agent = person("ru", "Ivan");
    await h.handle.db.insert(schema.staffRoles).values({ userId: agent.id, role: "agent_l1" });
    await onboard(agent);
    const calls = await h.say(agent, "/desk");
    expect(buttonsOf(lastMessage(calls))).toEqual([
      [{ text: "Открыть консоль", web_app: { url: `${WEB_APP}/admin` } }],
    ]);
  });

  it("answers unknown input helpfully", async () => {
    const user = person("ru");
    await onboard(user);
    const { text: _text, ...message } = buildTextUpdate(user, "", h.nextIds()).message as Record<
      string,
      unknown
    >;
    const calls = await h.deliver({
      update_id: h.nextIds().updateId,
      message: { ...message, sticker: { file_id: "s" } },
    });
    expect(textsOf(calls)[0]).toContain("Я не понял.");
    expect(textsOf(await h.say(user, "/nonsense"))[0]).toContain("Я не понял.");
  });
});

describe("ratings and follow-ups", () => {
  it.each([
    ["en", "Your rating: ★★★★☆ (4 of 5)", "Thank you for your rating!"],
    ["ru", "Ваша оценка: ★★★★☆ (4 из 5)", "Спасибо за оценку!"],
  ])(
    "%s: a star button records the rating and edits the message",
    async (language, shown, thanks) => {
      const { user, ticket } = await withOpenTicket(language);
      const early = await h.press(user, `csat:${ticket.number}:4`, "How did we do?");
      expect(early.find((call) => call.method === "answerCallbackQuery")?.payload.show_alert).toBe(
        true,
      );

      await h.handle.db
        .update(tickets)
        .set({ status: "resolved", resolvedAt: new Date().toISOString() })
        .where(eq(tickets.id, ticket.id));
      const calls = await h.press(user, `csat:${ticket.number}:4`, "How did we do?");
      expect(calls.find((call) => call.method === "answerCallbackQuery")?.payload.text).toBe(
        thanks,
      );
      expect(calls.find((call) => call.method === "editMessageText")?.payload.text).toBe(
        `How did we do?\n\n${shown}`,
      );
      const [row] = await h.handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
      expect(row?.csatScore).toBe(4);

      // Someone else's ticket number: refused, nothing recorded.
      const stranger = person("en");
      await onboard(stranger);
      const refused = await h.press(stranger, `csat:${ticket.number}:1`);
      expect(
        refused.find((call) => call.method === "answerCallbackQuery")?.payload.show_alert,
      ).toBe(true);
      const [after] = await h.handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
      expect(after?.csatScore).toBe(4);
    },
  );

  it.each(["en", "ru"])("%s: follow-up 'no' reopens, 'yes' just thanks", async (language) => {
    const { user, ticket } = await withOpenTicket(language);
    await h.handle.db
      .update(tickets)
      .set({ status: "resolved", resolvedAt: new Date().toISOString() })
      .where(eq(tickets.id, ticket.id));
    const yes = await h.press(user, `followup:${ticket.number}:yes`, "Did it help?");
    expect(yes.find((call) => call.method === "editMessageText")?.payload.text).toMatch(
      /^Did it help\?\n\n/,
    );
    const [still] = await h.handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(still?.status).toBe("resolved");

    const no = await h.press(user, `followup:${ticket.number}:no`, "Did it help?");
    expect(no.find((call) => call.method === "editMessageText")?.payload.text).toContain(
      String(ticket.number),
    );
    const [reopened] = await h.handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(reopened?.status).toBe("reopened");
    const again = await h.press(user, `followup:${ticket.number}:no`, "Did it help?");
    expect(again.find((call) => call.method === "answerCallbackQuery")?.payload.show_alert).toBe(
      true,
    );
  });
});
