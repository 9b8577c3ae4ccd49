import { AppError } from "../../lib/errors";

/** The Bot API lets a bot download files up to 20 MB; larger ones only exist on Telegram. */
export const TELEGRAM_DOWNLOAD_MAX_BYTES = 20 * 1024 * 1024;

export interface TelegramFiles {
  /** The file's bytes, fetched with `getFile` and the file URL it names. */
  download(fileId: string, knownSize?: number): Promise<Uint8Array>;
}

export const tooBigForBotApi = () =>
  new AppError(
    "payload_too_large",
    "This file is larger than 20 MB, the most a bot can download from Telegram. Ask the customer to send a smaller file or a screenshot.",
    { limitBytes: TELEGRAM_DOWNLOAD_MAX_BYTES },
  );

/**
 * Downloads files customers sent to the bot, through the Bot API (`getFile`, then
 * `<apiRoot>/file/bot<token>/<file_path>`). The size is checked before and while downloading:
 * Telegram answers "file is too big" above 20 MB, and a file_size can be missing.
 *
 * @example
 * const files = createTelegramFiles({ token: env.BOT_TOKEN, apiRoot: "https://api.telegram.org" });
 * const bytes = await files.download(fileId);
 */
export function createTelegramFiles(options: {
  token: string;
  apiRoot?: string;
  fetch?: typeof fetch;
}): TelegramFiles {
  const apiRoot = (options.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const unavailable = () => new AppError("internal", "Telegram did not hand over the file");
  return {
    async download(fileId, knownSize) {
      if (knownSize !== undefined && knownSize > TELEGRAM_DOWNLOAD_MAX_BYTES)
        throw tooBigForBotApi();
      const response = await doFetch(`${apiRoot}/bot${options.token}/getFile`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ file_id: fileId }),
      }).catch(() => undefined);
      const body = (await response?.json().catch(() => undefined)) as
        | { ok: boolean; result?: { file_path?: string; file_size?: number }; description?: string }
        | undefined;
      if (!body?.ok) {
        if (body?.description?.includes("file is too big")) throw tooBigForBotApi();
        throw unavailable();
      }
      const path = body.result?.file_path;
      if (!path) throw unavailable();
      if ((body.result?.file_size ?? 0) > TELEGRAM_DOWNLOAD_MAX_BYTES) throw tooBigForBotApi();
      const file = await doFetch(`${apiRoot}/file/bot${options.token}/${path}`).catch(
        () => undefined,
      );
      if (!file?.ok) throw unavailable();
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes.byteLength > TELEGRAM_DOWNLOAD_MAX_BYTES) throw tooBigForBotApi();
      return bytes;
    },
  };
}
