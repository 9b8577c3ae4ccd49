/** A Bot API answer, as Telegram sends it. */
export type ApiResponse =
  | { ok: true; result: unknown; description?: string }
  | {
      ok: false;
      error_code: number;
      description: string;
      parameters?: { retry_after?: number; migrate_to_chat_id?: number };
    };

export interface WebhookState {
  url: string;
  secretToken: string | undefined;
  allowedUpdates: unknown;
}

/** What the fake remembers between calls, so that reads answer what writes set. */
export interface FakeState {
  botUser: { id: number; is_bot: true; first_name: string; username: string };
  nextMessageId: number;
  webhook: WebhookState | undefined;
  commands: Map<string, unknown>;
  menuButtons: Map<string, unknown>;
  /** Names of users seen in pushed updates, so that answers carry a realistic private chat. */
  userNames: Map<number, string>;
  /** Files users "sent", by file id, for `getFile` and the file download route. */
  files: Map<string, FakeFile>;
  /** Drops every queued update (`drop_pending_updates`). */
  dropPendingUpdates(): void;
  pendingUpdateCount(): number;
}

/** A file on the fake's "servers"; `size` is what getFile reports (the bytes' length by default). */
export interface FakeFile {
  bytes: Uint8Array;
  size: number;
  path: string;
}

/** Telegram's getFile refuses files above 20 MB: bots cannot download them. */
const DOWNLOAD_MAX_BYTES = 20 * 1024 * 1024;

type MethodHandler = (payload: Record<string, unknown>, state: FakeState) => ApiResponse;

const MAX_TEXT_LENGTH = 4096;
const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

export const badRequest = (description: string): ApiResponse => ({
  ok: false,
  error_code: 400,
  description: `Bad Request: ${description}`,
});

const ok = (result: unknown, description?: string): ApiResponse =>
  description === undefined ? { ok: true, result } : { ok: true, result, description };

// Telegram accepts `true` and `"true"` alike, since form-encoded payloads only carry strings.
const flag = (value: unknown) => value === true || value === "true";

function chatFor(chatId: unknown, state: FakeState): Record<string, unknown> | undefined {
  if (typeof chatId === "string" && chatId.startsWith("@")) {
    return { id: -1_000_000_000_001, type: "channel", title: chatId.slice(1), username: chatId };
  }
  const id = Number(chatId);
  if (chatId === undefined || chatId === "" || !Number.isSafeInteger(id)) return undefined;
  if (id > 0) return { id, type: "private", first_name: state.userNames.get(id) ?? "Test user" };
  return { id, type: id < -1_000_000_000_000 ? "supergroup" : "group", title: "Test group" };
}

/** Telegram refuses `web_app` buttons that do not open an https page. */
function invalidWebAppUrl(replyMarkup: unknown): string | undefined {
  if (typeof replyMarkup !== "object" || replyMarkup === null) return undefined;
  const rows =
    (replyMarkup as { inline_keyboard?: unknown; keyboard?: unknown }).inline_keyboard ??
    (replyMarkup as { keyboard?: unknown }).keyboard;
  if (!Array.isArray(rows)) return undefined;
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    for (const button of row) {
      const url = (button as { web_app?: { url?: unknown } } | null)?.web_app?.url;
      if (url !== undefined && !(typeof url === "string" && url.startsWith("https://"))) {
        return `inline keyboard button Web App URL '${String(url)}' is invalid: Only HTTPS links are allowed`;
      }
    }
  }
  return undefined;
}

function checkText(text: unknown, replyMarkup: unknown): ApiResponse | undefined {
  if (typeof text !== "string" || text.trim() === "") return badRequest("message text is empty");
  if (text.length > MAX_TEXT_LENGTH) return badRequest("message is too long");
  const invalidButton = invalidWebAppUrl(replyMarkup);
  return invalidButton === undefined ? undefined : badRequest(invalidButton);
}

function message(
  state: FakeState,
  chat: Record<string, unknown>,
  payload: Record<string, unknown>,
  messageId: number,
): Record<string, unknown> {
  return {
    message_id: messageId,
    from: state.botUser,
    chat,
    date: Math.floor(Date.now() / 1000),
    text: payload.text,
    ...(payload.entities === undefined ? {} : { entities: payload.entities }),
    ...(payload.reply_markup === undefined ? {} : { reply_markup: payload.reply_markup }),
  };
}

function deleteWebhook(payload: Record<string, unknown>, state: FakeState): ApiResponse {
  if (flag(payload.drop_pending_updates)) state.dropPendingUpdates();
  const had = state.webhook !== undefined;
  state.webhook = undefined;
  return ok(true, had ? "Webhook was deleted" : "Webhook is already deleted");
}

const commandsKey = (payload: Record<string, unknown>) =>
  `${JSON.stringify(payload.scope ?? { type: "default" })}|${String(payload.language_code ?? "")}`;

/**
 * The methods the fake understands, keyed by lower-cased name (Telegram ignores the case of
 * method names). Anything else answers `true`. `getUpdates` lives in the server: it waits.
 */
export const METHODS: Record<string, MethodHandler> = {
  getme: (_payload, state) => ok({ ...state.botUser, ...BOT_CAPABILITIES }),

  sendmessage: (payload, state) => {
    const chat = chatFor(payload.chat_id, state);
    if (!chat) return badRequest("chat_id is empty");
    const invalid = checkText(payload.text, payload.reply_markup);
    if (invalid) return invalid;
    return ok(message(state, chat, payload, state.nextMessageId++));
  },

  editmessagetext: (payload, state) => {
    const invalid = checkText(payload.text, payload.reply_markup);
    if (invalid) return invalid;
    if (payload.inline_message_id !== undefined) return ok(true);
    const chat = chatFor(payload.chat_id, state);
    if (!chat) return badRequest("chat_id is empty");
    const messageId = Number(payload.message_id);
    if (!Number.isSafeInteger(messageId) || messageId <= 0) {
      return badRequest("message to edit not found");
    }
    return ok({
      ...message(state, chat, payload, messageId),
      edit_date: Math.floor(Date.now() / 1000),
    });
  },

  getfile: (payload, state) => {
    const fileId = String(payload.file_id ?? "");
    const file = state.files.get(fileId);
    if (!file) return badRequest("invalid file_id");
    if (file.size > DOWNLOAD_MAX_BYTES) return badRequest("file is too big");
    return ok({
      file_id: fileId,
      file_unique_id: `u-${fileId}`,
      file_size: file.size,
      file_path: file.path,
    });
  },

  answercallbackquery: (payload) =>
    payload.callback_query_id === undefined ? badRequest("query is too old") : ok(true),

  setmycommands: (payload, state) => {
    if (!Array.isArray(payload.commands)) return badRequest("commands must be an array");
    state.commands.set(commandsKey(payload), payload.commands);
    return ok(true);
  },
  getmycommands: (payload, state) => ok(state.commands.get(commandsKey(payload)) ?? []),
  deletemycommands: (payload, state) => {
    state.commands.delete(commandsKey(payload));
    return ok(true);
  },

  setchatmenubutton: (payload, state) => {
    state.menuButtons.set(
      String(payload.chat_id ?? ""),
      payload.menu_button ?? { type: "default" },
    );
    return ok(true);
  },
  getchatmenubutton: (payload, state) =>
    ok(state.menuButtons.get(String(payload.chat_id ?? "")) ?? { type: "commands" }),

  setwebhook: (payload, state) => {
    const url = typeof payload.url === "string" ? payload.url : "";
    // An empty URL is how Telegram clients remove a webhook through setWebhook.
    if (url === "") return deleteWebhook(payload, state);
    if (!url.startsWith("https://")) {
      return badRequest("bad webhook: An HTTPS URL must be provided for webhook");
    }
    const secretToken = payload.secret_token;
    if (
      secretToken !== undefined &&
      !(typeof secretToken === "string" && SECRET_TOKEN.test(secretToken))
    ) {
      return badRequest("secret token contains unallowed characters");
    }
    if (flag(payload.drop_pending_updates)) state.dropPendingUpdates();
    state.webhook = { url, secretToken, allowedUpdates: payload.allowed_updates };
    return ok(true, "Webhook was set");
  },
  deletewebhook: deleteWebhook,
  getwebhookinfo: (_payload, state) =>
    ok({
      url: state.webhook?.url ?? "",
      has_custom_certificate: false,
      pending_update_count: state.pendingUpdateCount(),
      ...(Array.isArray(state.webhook?.allowedUpdates)
        ? { allowed_updates: state.webhook.allowedUpdates }
        : {}),
    }),
};

const BOT_CAPABILITIES = {
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
};
