import { Composer, InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { BotContext, ConversationOptions } from "../context";
import type { BotFile } from "../desk-port";
import {
  askNext,
  chooseTopic,
  continueDraft,
  createFromDraft,
  createUrgent,
  type Incoming,
  markSolved,
  startDraft,
} from "../lib/flow";

const IMAGE_TYPES = new Set<BotFile["contentType"]>(["image/jpeg", "image/png", "image/webp"]);
const TICKET_IN_TEXT = /#(\d{1,12})\b/;
/** The Bot API does not let a bot download more; agents could never open such a file. */
const DOWNLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** The file in a message the desk can attach (photos, image documents), or why not. */
function fileOf(message: Message): BotFile | "not_image" | "too_big" | undefined {
  const photo = message.photo?.at(-1);
  const document = message.document;
  let file: BotFile | undefined;
  if (photo) {
    file = { fileId: photo.file_id, contentType: "image/jpeg", size: photo.file_size ?? 0 };
  } else if (document) {
    const type = document.mime_type as BotFile["contentType"] | undefined;
    if (!type || !IMAGE_TYPES.has(type)) return "not_image";
    file = { fileId: document.file_id, contentType: type, size: document.file_size ?? 0 };
  }
  return file && file.size > DOWNLOAD_MAX_BYTES ? "too_big" : file;
}

/**
 * Classification in the chat (topic → section → description → optional photo → up to three
 * articles → ticket), replies to the bot's messages about a ticket, "add this to #N or start a
 * new request?", and stop phrases that go to a person at once. Photos and image documents are
 * attached by their Telegram file id.
 *
 * @example bot.use(newRequestFeature({ desk, webAppUrl }));
 */
export function newRequestFeature(options: ConversationOptions): Composer<BotContext> {
  const { desk } = options;
  const feature = new Composer<BotContext>();

  feature.callbackQuery(/^topic:([a-z0-9-]{1,64})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await chooseTopic(ctx, options, ctx.match[1] ?? "");
  });
  feature.callbackQuery(/^section:([a-z0-9-]{1,64})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (!ctx.session.topicId) return startDraft(ctx, options);
    const sectionId = ctx.match[1];
    if (sectionId && sectionId !== "-") ctx.session.sectionId = sectionId;
    await askNext(ctx, options);
  });
  feature.callbackQuery("photo:skip", async (ctx) => {
    await ctx.answerCallbackQuery();
    if (!ctx.session.description) return startDraft(ctx, options);
    ctx.session.step = "photo";
    await continueDraft(ctx, options, {});
  });
  feature.callbackQuery(/^kb:(yes|no)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    if (ctx.session.step !== "suggest") return startDraft(ctx, options);
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => {});
    if (ctx.match[1] === "yes") return markSolved(ctx, options);
    await createFromDraft(ctx, options);
  });
  feature.callbackQuery(/^add:(\d{1,12})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const pending = ctx.session.pending;
    if (!pending) return startDraft(ctx, options);
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => {});
    await addTo(ctx, options, Number(ctx.match[1]), pending);
  });
  feature.callbackQuery("new", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => {});
    await startDraft(ctx, options, ctx.session.pending ?? {});
  });

  feature.on(["message:text", "message:photo", "message:document"], async (ctx, next) => {
    const message = ctx.message;
    if (message.text?.startsWith("/")) return next();
    const file = fileOf(message);
    if (file === "not_image" || file === "too_big") {
      await ctx.reply(file === "too_big" ? ctx.t.fileTooBig : ctx.t.onlyImages);
      return;
    }
    const input: Incoming = {
      ...(message.text || message.caption
        ? { text: (message.text ?? message.caption)?.trim() }
        : {}),
      ...(file ? { file } : {}),
    };

    // A reply to the bot's message about a ticket goes to that ticket.
    const replied = message.reply_to_message;
    if (replied && replied.from?.id === ctx.me.id) {
      const number =
        (await desk.ticketOfMessage(ctx.chat.id, replied.message_id)) ??
        Number(TICKET_IN_TEXT.exec(replied.text ?? replied.caption ?? "")?.[1] ?? Number.NaN);
      if (Number.isSafeInteger(number)) return addTo(ctx, options, number, input);
    }
    if (input.text && (await desk.isUrgent(ctx.from.id, input.text))) {
      return createUrgent(ctx, options, input.text);
    }
    const step = ctx.session.step;
    // Topics on screen but nothing chosen or written yet: not a draft worth keeping over a ticket.
    const untouched = step === "topic" && !ctx.session.description && !ctx.session.files?.length;
    if (step && step !== "choose" && !untouched) return continueDraft(ctx, options, input);
    const [open] = await desk.openTickets(ctx.from.id);
    if (!open)
      return untouched ? continueDraft(ctx, options, input) : startDraft(ctx, options, input);
    ctx.session = { step: "choose", pending: input };
    await ctx.reply(ctx.t.addOrNew(open.number), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t.addTo(open.number), `add:${open.number}`)
        .text(ctx.t.newRequest, "new"),
    });
  });
  return feature;
}

async function addTo(
  ctx: BotContext,
  options: ConversationOptions,
  number: number,
  input: Incoming,
) {
  const userId = ctx.from?.id;
  if (!userId) return;
  const result = await options.desk.addToTicket(userId, number, input);
  if (result.ok) {
    ctx.session = {};
    await ctx.reply(ctx.t.added(number));
    return;
  }
  if (result.reason === "conflict") {
    return startDraft(ctx, options, input, ctx.t.closedStartNew(number));
  }
  ctx.session = {};
  await ctx.reply(ctx.t.notFound);
}
