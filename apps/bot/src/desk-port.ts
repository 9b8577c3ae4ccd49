import type { Locale } from "@helpline/contracts/locales";

/** The Telegram user behind an update, as the bot passes it on. */
export interface BotUser {
  id: number;
  firstName: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
}

export interface BotTopic {
  id: string;
  name: string;
  sections: { id: string; name: string }[];
}

export interface BotArticle {
  slug: string;
  title: string;
}

export interface BotTicket {
  id: string;
  number: number;
  subject: string;
  status: string;
  /** ISO time the first reply is expected by (from the SLA plan). */
  eta: string | null;
  createdAt: string;
}

/** A photo or image document the customer sent, kept on Telegram by its file id. */
export interface BotFile {
  fileId: string;
  contentType: "image/jpeg" | "image/png" | "image/webp";
  /** As Telegram reported it; 0 when it did not. */
  size: number;
}

export type DeskResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: "not_found" | "conflict" };

/**
 * What the bot needs from the help desk. The bot never touches the database or the API's
 * code: the API implements this port on top of its services and hands it to `createBot`.
 */
export interface DeskPort {
  /** Records or refreshes the user; returns their language (setting, else Telegram's) and consent. */
  upsertUser(user: BotUser): Promise<{ locale: Locale; consented: boolean }>;
  recordConsent(userId: number): Promise<void>;
  setLanguage(userId: number, locale: Locale): Promise<void>;
  isStaff(userId: number): Promise<boolean>;
  topics(locale: Locale): Promise<BotTopic[]>;
  /** Up to 3 published articles matching `text`, in `locale` where they exist. */
  suggestArticles(userId: number, text: string, locale: Locale): Promise<BotArticle[]>;
  /** The same events the Mini App's new-request form records (shown, solved). */
  recordDeflection(
    userId: number,
    input: {
      sessionId: string;
      event: "shown" | "solved";
      slugs: string[];
      query: string;
      locale: Locale;
    },
  ): Promise<void>;
  /** Whether the text holds a stop phrase ("payment failed", "KYC"…): a person at once. */
  isUrgent(userId: number, text: string): Promise<boolean>;
  /**
   * Opens a ticket through the desk's own ticket creation (routing, SLA, ETA). Without a topic
   * (an urgent message outside the flow) the desk picks the security topic. The same
   * idempotency key returns the same ticket.
   */
  createTicket(
    userId: number,
    input: {
      topicId?: string;
      sectionId?: string;
      description: string;
      files: BotFile[];
      idempotencyKey: string;
    },
  ): Promise<BotTicket>;
  /** Adds the customer's text and/or file to their ticket `number`; refused when closed. */
  addToTicket(
    userId: number,
    number: number,
    input: { text?: string; file?: BotFile },
  ): Promise<DeskResult<BotTicket>>;
  /** The customer's tickets that are not resolved or closed, newest first. */
  openTickets(userId: number): Promise<BotTicket[]>;
  ticket(userId: number, number: number): Promise<BotTicket | undefined>;
  /** The ticket a bot message in this chat was about (the outbox remembers what it sent). */
  ticketOfMessage(chatId: number, telegramMessageId: number): Promise<number | undefined>;
  rate(userId: number, number: number, score: number): Promise<DeskResult<BotTicket>>;
  reopen(userId: number, number: number): Promise<DeskResult<BotTicket>>;
  /** Conversation state per chat, kept by the desk so it survives restarts and processes. */
  sessions: {
    read(key: string): Promise<BotSession | undefined>;
    write(key: string, value: BotSession): Promise<void>;
    delete(key: string): Promise<void>;
  };
}

/** Where a customer is in the bot's "new request" conversation. */
export interface BotSession {
  step?: "topic" | "section" | "describe" | "photo" | "suggest" | "choose";
  /** One per new-request draft: the deflection session and the ticket's idempotency key. */
  draftId?: string;
  topicId?: string;
  sectionId?: string;
  description?: string;
  files?: BotFile[];
  slugs?: string[];
  /** A `/start` deep link sent before consent, followed once the user agrees. */
  startPayload?: string;
  /** A message waiting for "add to #N or start a new request?". */
  pending?: { text?: string; file?: BotFile };
}

/**
 * Thrown by a `DeskPort` when the desk refuses for now (too many requests in a short time); the
 * bot says so in the user's language instead of falling silent.
 */
export class DeskBusyError extends Error {
  constructor(readonly retryAfterSeconds?: number) {
    super("The help desk refused the request for now");
    this.name = "DeskBusyError";
  }
}
