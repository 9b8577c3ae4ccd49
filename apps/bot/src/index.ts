export { ALLOWED_UPDATES, type BotDeps, createBot } from "./bot";
export { BOT_COMMANDS, type BotCommandName, commandsFor } from "./bot-commands";
export type { BotContext } from "./context";
export type {
  BotArticle,
  BotFile,
  BotSession,
  BotTicket,
  BotTopic,
  BotUser,
  DeskPort,
  DeskResult,
} from "./desk-port";
export { DeskBusyError } from "./desk-port";
export type { BotLogger } from "./lib/logger";
export { type BotRunner, type BotRunnerState, type StartBotOptions, startBot } from "./start-bot";
export { webhookSecret } from "./webhook-secret";
