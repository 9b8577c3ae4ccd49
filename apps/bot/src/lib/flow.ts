import { randomUUID } from "node:crypto";
import { InlineKeyboard } from "grammy";
import type { BotContext, ConversationOptions } from "../context";
import type { BotFile, BotTicket } from "../desk-port";
import { webAppLink, webAppPath } from "./web-app-link";

/** The shortest description the desk accepts (LIMITS.descriptionMin in contracts). */
export const DESCRIPTION_MIN = 10;
const DESCRIPTION_MAX = 4000;

/** What a customer sent: text (or a caption) and at most one file. */
export interface Incoming {
  text?: string;
  file?: BotFile;
}

export const ticketButton = (ctx: BotContext, webAppUrl: string | undefined, number: number) =>
  webAppUrl
    ? new InlineKeyboard().webApp(ctx.t.openTicket, webAppLink(webAppUrl, `ticket_${number}`))
    : undefined;

const TICKET_PAYLOAD = /^ticket_(\d{1,12})$/;

/**
 * `/start ticket_<number>`: the ticket's status with its button, when it is the user's.
 * @returns whether it showed one
 */
export async function showTicketOfPayload(
  ctx: BotContext,
  options: ConversationOptions,
  payload: string | undefined,
): Promise<boolean> {
  const number = Number(TICKET_PAYLOAD.exec(payload ?? "")?.[1] ?? Number.NaN);
  if (!Number.isSafeInteger(number) || !ctx.from) return false;
  const ticket = await options.desk.ticket(ctx.from.id, number);
  if (!ticket) return false;
  const keyboard = ticketButton(ctx, options.webAppUrl, number);
  await ctx.reply(
    `#${ticket.number} · ${ticket.subject}\n${ctx.t.status[ticket.status] ?? ticket.status}`,
    keyboard ? { reply_markup: keyboard } : {},
  );
  return true;
}

/** Starts a new request: a fresh draft (keeping what the customer already wrote) and the topics. */
export async function startDraft(
  ctx: BotContext,
  options: ConversationOptions,
  seed: Incoming = {},
  lead?: string,
) {
  ctx.session = {
    step: "topic",
    draftId: randomUUID(),
    ...(seed.text && seed.text.trim().length >= DESCRIPTION_MIN
      ? { description: seed.text.slice(0, DESCRIPTION_MAX) }
      : {}),
    files: seed.file ? [seed.file] : [],
  };
  const topics = await options.desk.topics(ctx.locale);
  const keyboard = new InlineKeyboard();
  if (options.webAppUrl) keyboard.webApp(ctx.m.needHelpButton, options.webAppUrl).row();
  for (const topic of topics) keyboard.text(topic.name, `topic:${topic.id}`).row();
  await ctx.reply(lead ? `${lead}\n\n${ctx.t.chooseTopic}` : ctx.t.chooseTopic, {
    reply_markup: keyboard,
  });
}

/** After a topic: the sections, or straight on when the topic has none. */
export async function chooseTopic(ctx: BotContext, options: ConversationOptions, topicId: string) {
  const topic = (await options.desk.topics(ctx.locale)).find((each) => each.id === topicId);
  if (!topic) return startDraft(ctx, options, { text: ctx.session.description });
  ctx.session = { ...ctx.session, draftId: ctx.session.draftId ?? randomUUID(), topicId };
  delete ctx.session.sectionId;
  if (topic.sections.length === 0) return askNext(ctx, options);
  ctx.session.step = "section";
  const keyboard = new InlineKeyboard();
  for (const section of topic.sections) keyboard.text(section.name, `section:${section.id}`).row();
  keyboard.text(ctx.t.somethingElse, "section:-");
  await ctx.reply(ctx.t.chooseSection, { reply_markup: keyboard });
}

/** The next question the draft still needs: description, then a photo, then the articles. */
export async function askNext(ctx: BotContext, options: ConversationOptions) {
  const session = ctx.session;
  if (!session.description) {
    session.step = "describe";
    await ctx.reply(ctx.t.describe);
    return;
  }
  if (session.step !== "photo" && (session.files ?? []).length === 0) {
    session.step = "photo";
    await ctx.reply(ctx.t.photoAsk, {
      reply_markup: new InlineKeyboard().text(ctx.t.skip, "photo:skip"),
    });
    return;
  }
  await suggestOrCreate(ctx, options);
}

/** Up to 3 articles before a ticket ("Did one of these solve it?"), or the ticket at once. */
async function suggestOrCreate(ctx: BotContext, options: ConversationOptions) {
  const { desk } = options;
  const userId = ctx.from?.id;
  const description = ctx.session.description;
  if (!userId || !description) return askNext(ctx, options);
  const articles = await desk.suggestArticles(userId, description, ctx.locale);
  if (articles.length === 0) return createFromDraft(ctx, options);
  const slugs = articles.map((article) => article.slug);
  const draftId = ctx.session.draftId ?? randomUUID();
  ctx.session = { ...ctx.session, step: "suggest", slugs, draftId };
  await desk.recordDeflection(userId, {
    sessionId: draftId,
    event: "shown",
    slugs,
    query: description.slice(0, 200),
    locale: ctx.locale,
  });
  const keyboard = new InlineKeyboard();
  if (options.webAppUrl) {
    for (const article of articles) {
      keyboard.webApp(article.title, webAppPath(options.webAppUrl, `/kb/${article.slug}`)).row();
    }
  }
  keyboard.text(ctx.t.solvedYes, "kb:yes").text(ctx.t.solvedNo, "kb:no");
  await ctx.reply(ctx.t.suggest(articles.map((article) => article.title)), {
    reply_markup: keyboard,
  });
}

/** "Yes, solved": counted as self-service, like the Mini App's form does. */
export async function markSolved(ctx: BotContext, options: ConversationOptions) {
  const userId = ctx.from?.id;
  const { draftId, slugs, description } = ctx.session;
  if (userId && draftId && slugs && slugs.length > 0) {
    await options.desk.recordDeflection(userId, {
      sessionId: draftId,
      event: "solved",
      slugs,
      query: (description ?? "").slice(0, 200) || "-",
      locale: ctx.locale,
    });
  }
  ctx.session = {};
  await ctx.reply(ctx.t.glad);
}

/** Opens the ticket from the draft and answers "Accepted: ticket #N. ETA 30 min. [Open ticket]". */
export async function createFromDraft(
  ctx: BotContext,
  options: ConversationOptions,
  urgent = false,
) {
  const userId = ctx.from?.id;
  const { description, topicId, sectionId, files, draftId } = ctx.session;
  if (!userId || !description) return startDraft(ctx, options);
  const ticket = await options.desk.createTicket(userId, {
    topicId,
    sectionId,
    description,
    files: files ?? [],
    idempotencyKey: `bot:${draftId ?? randomUUID()}`,
  });
  ctx.session = {};
  await sendAccepted(ctx, options, ticket, urgent);
}

export async function sendAccepted(
  ctx: BotContext,
  options: ConversationOptions,
  ticket: BotTicket,
  urgent: boolean,
) {
  const minutes = ticket.eta
    ? (Date.parse(ticket.eta) - Date.parse(ticket.createdAt)) / 60_000
    : 30;
  const text = ctx.t.accepted(ticket.number, ctx.t.duration(minutes));
  const keyboard = ticketButton(ctx, options.webAppUrl, ticket.number);
  await ctx.reply(urgent ? `${text}\n${ctx.t.urgent}` : text, {
    ...(keyboard ? { reply_markup: keyboard } : {}),
  });
}

/**
 * A stop phrase ("payment failed", "KYC"…) skips the questions: the ticket is opened now, in
 * the topic chosen so far (the desk picks one otherwise), and routing sends it to a person.
 */
export async function createUrgent(ctx: BotContext, options: ConversationOptions, text: string) {
  const userId = ctx.from?.id;
  if (!userId) return;
  const files = [...(ctx.session.files ?? [])];
  const messageId = ctx.message?.message_id ?? 0;
  const ticket = await options.desk.createTicket(userId, {
    topicId: ctx.session.topicId,
    sectionId: ctx.session.sectionId,
    description: [ctx.session.description, text]
      .filter(Boolean)
      .join("\n\n")
      .slice(0, DESCRIPTION_MAX),
    files,
    idempotencyKey: `bot:${ctx.chat?.id ?? userId}:${messageId}`,
  });
  ctx.session = {};
  await sendAccepted(ctx, options, ticket, true);
}

/** A text or file while a draft is open. */
export async function continueDraft(
  ctx: BotContext,
  options: ConversationOptions,
  input: Incoming,
) {
  const session = ctx.session;
  if (input.file) session.files = [...(session.files ?? []), input.file].slice(0, 5);
  if (input.text) {
    session.description = [session.description, input.text]
      .filter(Boolean)
      .join("\n\n")
      .slice(0, DESCRIPTION_MAX);
  }
  switch (session.step) {
    case "topic":
    case "section":
    case "suggest":
      // Kept with the draft; the question on screen still stands.
      await ctx.reply(input.file ? `${ctx.t.photoAdded}\n${ctx.t.useButtons}` : ctx.t.useButtons);
      return;
    case "describe":
      if (!session.description) {
        if (input.file) await ctx.reply(`${ctx.t.photoAdded}\n${ctx.t.describe}`);
        return;
      }
      if (session.description.trim().length < DESCRIPTION_MIN) {
        delete session.description;
        await ctx.reply(ctx.t.describeMore);
        return;
      }
      return askNext(ctx, options);
    case "photo":
      if (input.file) await ctx.reply(ctx.t.photoAdded);
      return suggestOrCreate(ctx, options);
    default:
      return startDraft(ctx, options, input);
  }
}
