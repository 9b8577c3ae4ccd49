export type LogFields = Record<string, unknown>;

/**
 * The logger the bot writes to. Structurally the API's logger, so the API passes its own;
 * the bot never logs message texts or the token, only ids and error summaries.
 */
export interface BotLogger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}
