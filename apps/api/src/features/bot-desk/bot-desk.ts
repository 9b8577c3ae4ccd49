import { randomUUID } from "node:crypto";
import {
  type BotFile,
  type BotTicket,
  DeskBusyError,
  type DeskPort,
  type DeskResult,
} from "@helpline/bot";
import { LIMITS, OPEN_STATUSES, type Ticket, type TicketStatus } from "@helpline/contracts/tickets";
import { AppError } from "../../lib/errors";
import type { TicketBus } from "../../lib/ticket-bus";
import type { AttachmentStore } from "../attachments/attachment-store";
import type { StaffService } from "../console/staff";
import type { KbService } from "../kb/kb.service";
import type { RoutingService } from "../routing/routing.service";
import type { TicketsService } from "../tickets/tickets.service";
import type { TopicsService } from "../topics/topics.service";
import type { UsersService } from "../users/users.service";
import type { BotDeskRepo } from "./bot-desk.repo";

export interface BotDeskDeps {
  repo: BotDeskRepo;
  users: UsersService;
  topics: TopicsService;
  tickets: TicketsService;
  kb: KbService;
  routing: RoutingService;
  staff: StaffService;
  attachments: AttachmentStore;
  bus: TicketBus;
  /** The privacy notice version the bot's "I agree" stands for. */
  consentVersion: string;
  now?: () => number;
}

const toBotTicket = (ticket: Ticket): BotTicket => ({
  id: ticket.id,
  number: ticket.number,
  subject: ticket.subject,
  status: ticket.status,
  eta: ticket.eta,
  createdAt: ticket.createdAt,
});

/** The first line of the description, as the subject the console lists. */
export function subjectOf(description: string): string {
  const line = description.trim().split("\n")[0]?.trim() ?? "";
  const subject =
    line.length > LIMITS.subjectMax ? `${line.slice(0, LIMITS.subjectMax - 1).trimEnd()}…` : line;
  return subject.length >= LIMITS.subjectMin
    ? subject
    : description.trim().slice(0, LIMITS.subjectMax);
}

/** Conflicts (a closed ticket) and not-found are answers the bot words itself; the rest throws. */
async function attempt<T>(work: () => Promise<T>): Promise<DeskResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof AppError && (error.code === "conflict" || error.code === "not_found")) {
      return { ok: false, reason: error.code };
    }
    throw error;
  }
}

/**
 * The help desk as the bot sees it (`DeskPort`), on top of the API's own services: tickets
 * are created, answered, rated and reopened exactly as the Mini App does it, and the bot's
 * conversation state lives in the database.
 *
 * @example const bot = createBot(token, { logger, webAppUrl, desk: createBotDesk({ ... }) });
 */
export function createBotDesk(deps: BotDeskDeps): DeskPort {
  return busyOnRateLimit(deskOn(deps));
}

/** The desk's rate limits (AppError `rate_limited`) reach the bot as its own DeskBusyError. */
function busyOnRateLimit(desk: DeskPort): DeskPort {
  const wrapped = { ...desk } as Record<string, unknown>;
  for (const [name, value] of Object.entries(desk)) {
    if (typeof value !== "function") continue;
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await value(...args);
      } catch (error) {
        if (error instanceof AppError && error.code === "rate_limited") {
          const retryAfter = Number(error.headers?.["Retry-After"]);
          throw new DeskBusyError(Number.isFinite(retryAfter) ? retryAfter : undefined);
        }
        throw error;
      }
    };
  }
  return wrapped as unknown as DeskPort;
}

function deskOn(deps: BotDeskDeps): DeskPort {
  const { tickets, users } = deps;

  async function findTicket(userId: number, number: number): Promise<Ticket | undefined> {
    const result = await attempt(() => tickets.getByNumber(number, userId));
    return result.ok ? result.value : undefined;
  }

  /** A photo on Telegram becomes a message of the thread with the file attached by id. */
  async function attachFile(ticketId: string, userId: number, file: BotFile, clientId: string) {
    const { message, created } = await tickets.addMessage(ticketId, userId, {
      body: "Image",
      clientId,
    });
    if (!created) return;
    await deps.attachments.saveTelegramFile({
      id: randomUUID(),
      ticketId,
      messageId: message.id,
      uploaderId: userId,
      contentType: file.contentType,
      size: file.size,
      fileId: file.fileId,
    });
    deps.bus.publish({ type: "message", ticketId });
  }

  // Telegram file ids are long; a client id (max 64, [A-Za-z0-9_-]) derived from one makes a
  // redelivered photo attach once.
  const fileClientId = (file: BotFile) =>
    `tg-${Buffer.from(file.fileId).toString("base64url").slice(-60)}`;

  return {
    async upsertUser(user) {
      await users.upsertFromTelegram({
        id: user.id,
        first_name: user.firstName,
        last_name: user.lastName,
        username: user.username,
        language_code: user.languageCode,
      });
      // Writing to the bot proves the chat works again (it was unblocked): the outbox resumes.
      await deps.repo.markReachable(user.id);
      const me = await users.getMe(user.id);
      return { locale: me.settings.language, consented: me.settings.consent !== null };
    },

    async recordConsent(userId) {
      await users.recordConsent(userId, deps.consentVersion);
    },

    async setLanguage(userId, locale) {
      await users.updateSettings(userId, { language: locale });
    },

    async isStaff(userId) {
      const access = await deps.staff.access(userId);
      return access.active && access.roles.length > 0;
    },

    async topics(locale) {
      const { topics } = await deps.topics.list(locale);
      return topics.map((topic) => ({ id: topic.id, name: topic.name, sections: topic.sections }));
    },

    async suggestArticles(userId, text, locale) {
      const query = text.slice(0, 200);
      const { results } = await deps.kb.search(
        userId,
        false,
        { q: query, locale, limit: 3 },
        "suggest",
      );
      return results.slice(0, 3).map((hit) => ({ slug: hit.slug, title: hit.title }));
    },

    async recordDeflection(userId, input) {
      await deps.kb.deflection(userId, false, {
        sessionId: input.sessionId,
        event: input.event,
        slugs: input.slugs,
        query: input.query,
        locale: input.locale,
      });
    },

    async isUrgent(userId, text) {
      const topicId = (await deps.repo.urgentTopic()) ?? "other";
      const decision = await deps.routing.decide(userId, {
        topicId,
        sectionId: null,
        text,
        topicPriority: "normal",
      });
      return decision.reason.kind === "stop_phrase";
    },

    async createTicket(userId, input) {
      const topicId = input.topicId ?? (await deps.repo.urgentTopic());
      if (!topicId) throw new AppError("conflict", "No active topic to file the request under");
      const { ticket, created } = await tickets.create(
        userId,
        {
          topicId,
          ...(input.sectionId ? { sectionId: input.sectionId } : {}),
          subject: subjectOf(input.description),
          description: input.description,
        },
        { idempotencyKey: input.idempotencyKey, channel: "bot" },
      );
      if (created) {
        for (const file of input.files)
          await attachFile(ticket.id, userId, file, fileClientId(file));
      }
      return toBotTicket(ticket);
    },

    async addToTicket(userId, number, input) {
      const ticket = await findTicket(userId, number);
      if (!ticket) return { ok: false, reason: "not_found" };
      return attempt(async () => {
        if (input.text) {
          await tickets.addMessage(ticket.id, userId, {
            body: input.text.slice(0, LIMITS.messageMax),
          });
        }
        if (input.file) await attachFile(ticket.id, userId, input.file, fileClientId(input.file));
        return toBotTicket(ticket);
      });
    },

    async openTickets(userId) {
      const page = await tickets.list(userId, {
        status: [...OPEN_STATUSES] as TicketStatus[],
        limit: 20,
      });
      return page.items.map(toBotTicket);
    },

    async ticket(userId, number) {
      const ticket = await findTicket(userId, number);
      return ticket ? toBotTicket(ticket) : undefined;
    },

    ticketOfMessage: (chatId, messageId) => deps.repo.ticketOfMessage(chatId, messageId),

    async rate(userId, number, score) {
      const ticket = await findTicket(userId, number);
      if (!ticket) return { ok: false, reason: "not_found" };
      return attempt(async () => toBotTicket(await tickets.rate(ticket.id, userId, { score })));
    },

    async reopen(userId, number) {
      const ticket = await findTicket(userId, number);
      if (!ticket) return { ok: false, reason: "not_found" };
      return attempt(async () => toBotTicket(await tickets.reopen(ticket.id, userId, {})));
    },

    sessions: {
      read: (key) => deps.repo.readSession(key),
      write: (key, value) => deps.repo.writeSession(key, value),
      delete: (key) => deps.repo.deleteSession(key),
    },
  };
}
