/** The sender of a fake message: the fields Telegram sends that bots usually read. */
export interface FakeUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

/** A Bot API `Update`, loosely typed: this package has no dependencies, grammY types included. */
export type FakeUpdate = { update_id: number } & Record<string, unknown>;

/**
 * Builds the update Telegram sends when a user writes `text` to the bot in a private chat.
 * A leading `/command` gets its `bot_command` entity, which is what makes grammY's
 * `bot.command()` match (it looks at entities, not at the text).
 *
 * @example
 * const update = buildTextUpdate({ id: 42, first_name: "Anna", language_code: "ru" }, "/start ticket_7", {
 *   updateId: 1,
 *   messageId: 1,
 * });
 * await bot.handleUpdate(update);
 */
export function buildTextUpdate(
  from: FakeUser,
  text: string,
  ids: { updateId: number; messageId: number },
): FakeUpdate {
  const command = /^\/\S+/.exec(text)?.[0];
  return {
    update_id: ids.updateId,
    message: {
      message_id: ids.messageId,
      from: { ...from, is_bot: false },
      chat: {
        id: from.id,
        type: "private",
        first_name: from.first_name,
        ...(from.last_name === undefined ? {} : { last_name: from.last_name }),
        ...(from.username === undefined ? {} : { username: from.username }),
      },
      date: Math.floor(Date.now() / 1000),
      text,
      ...(command
        ? { entities: [{ type: "bot_command", offset: 0, length: command.length }] }
        : {}),
    },
  };
}

/**
 * The update Telegram sends for a photo (optionally captioned, optionally a reply to
 * `replyTo`, a message the bot sent). Telegram sends several sizes; bots keep the last, largest.
 *
 * @example buildPhotoUpdate(anna, { fileId: "p1", size: 2048 }, { updateId: 3, messageId: 3 })
 */
export function buildPhotoUpdate(
  from: FakeUser,
  photo: { fileId: string; size?: number; caption?: string },
  ids: { updateId: number; messageId: number },
): FakeUpdate {
  const base = buildTextUpdate(from, "", ids);
  const { text: _text, ...message } = base.message as Record<string, unknown>;
  return {
    update_id: ids.updateId,
    message: {
      ...message,
      photo: [
        {
          file_id: `${photo.fileId}-thumb`,
          file_unique_id: "t",
          width: 90,
          height: 90,
          file_size: 100,
        },
        {
          file_id: photo.fileId,
          file_unique_id: `u-${photo.fileId}`,
          width: 1280,
          height: 960,
          ...(photo.size === undefined ? {} : { file_size: photo.size }),
        },
      ],
      ...(photo.caption === undefined ? {} : { caption: photo.caption }),
    },
  };
}

/**
 * The update Telegram sends for a file sent "as a document".
 *
 * @example buildDocumentUpdate(anna, { fileId: "d1", mimeType: "application/pdf", fileName: "bill.pdf" }, ids)
 */
export function buildDocumentUpdate(
  from: FakeUser,
  document: { fileId: string; mimeType: string; fileName: string; size?: number },
  ids: { updateId: number; messageId: number },
): FakeUpdate {
  const base = buildTextUpdate(from, "", ids);
  const { text: _text, ...message } = base.message as Record<string, unknown>;
  return {
    update_id: ids.updateId,
    message: {
      ...message,
      document: {
        file_id: document.fileId,
        file_unique_id: `u-${document.fileId}`,
        file_name: document.fileName,
        mime_type: document.mimeType,
        ...(document.size === undefined ? {} : { file_size: document.size }),
      },
    },
  };
}

/**
 * The update Telegram sends when a user presses an inline button with `data` under the bot's
 * message `message` (id and text as the bot sent them).
 *
 * @example buildCallbackUpdate(anna, "csat:10001:5", { messageId: 7, text: "Rate us" }, { updateId: 9 })
 */
export function buildCallbackUpdate(
  from: FakeUser,
  data: string,
  message: { messageId: number; text: string },
  ids: { updateId: number; callbackId?: string },
): FakeUpdate {
  return {
    update_id: ids.updateId,
    callback_query: {
      id: ids.callbackId ?? `cb-${ids.updateId}`,
      from: { ...from, is_bot: false },
      chat_instance: `ci-${from.id}`,
      data,
      message: {
        message_id: message.messageId,
        from: { id: 1, is_bot: true, first_name: "Helpline", username: "helpline_test_bot" },
        chat: { id: from.id, type: "private", first_name: from.first_name },
        date: Math.floor(Date.now() / 1000),
        text: message.text,
      },
    },
  };
}

/**
 * `update`'s message marked as a reply to the bot's message `messageId` (with its text), as
 * when a customer swipes to reply to a notification.
 */
export function asReplyTo(
  update: FakeUpdate,
  replyTo: { messageId: number; text: string; botId: number },
): FakeUpdate {
  const message = update.message as Record<string, unknown>;
  return {
    ...update,
    message: {
      ...message,
      reply_to_message: {
        message_id: replyTo.messageId,
        from: {
          id: replyTo.botId,
          is_bot: true,
          first_name: "Helpline",
          username: "helpline_test_bot",
        },
        chat: message.chat,
        date: Math.floor(Date.now() / 1000),
        text: replyTo.text,
      },
    },
  };
}
