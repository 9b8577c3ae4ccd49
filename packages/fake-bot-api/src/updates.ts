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
