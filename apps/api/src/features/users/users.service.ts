import { isLocale, type Locale, resolveLocale } from "@helpline/contracts/locales";
import type { NpsInput } from "@helpline/contracts/tickets";
import {
  type Me,
  STAFF_ROLES,
  type StaffRole,
  type UpdateSettingsInput,
} from "@helpline/contracts/users";
import { toIso } from "@helpline/db";
import { AppError, notFound } from "../../lib/errors";
import type { UsersRepo } from "./users.repo";

const isStaffRole = (role: string): role is StaffRole =>
  (STAFF_ROLES as readonly string[]).includes(role);

const NPS_INTERVAL_DAYS = 90;
const npsWindowStart = (now: number) =>
  new Date(now - NPS_INTERVAL_DAYS * 24 * 60 * 60 * 1000).toISOString();

export function createUsersService(repo: UsersRepo, now: () => number = Date.now) {
  return {
    upsertFromTelegram: repo.upsertFromTelegram,

    async getMe(userId: number): Promise<Me> {
      const [user, roles] = await Promise.all([repo.findById(userId), repo.rolesOf(userId)]);
      if (!user) throw notFound("User");
      return {
        user: {
          id: user.id,
          firstName: user.firstName,
          lastName: user.lastName,
          username: user.username,
          languageCode: user.languageCode,
          isPremium: user.isPremium,
          photoUrl: user.photoUrl,
        },
        settings: {
          language: isLocale(user.language) ? user.language : resolveLocale(user.languageCode),
          timeZone: user.timeZone,
          notificationsEnabled: user.notificationsEnabled,
          quietHours:
            user.quietHoursStart && user.quietHoursEnd
              ? { start: user.quietHoursStart, end: user.quietHoursEnd }
              : null,
          consent:
            user.consentVersion && user.consentAt
              ? { version: user.consentVersion, at: toIso(user.consentAt) }
              : null,
        },
        roles: roles.filter(isStaffRole),
        npsDue: !(await repo.lastNpsSince(userId, npsWindowStart(now()))),
      };
    },

    async updateSettings(userId: number, input: UpdateSettingsInput): Promise<Me> {
      await repo.updateSettings(userId, {
        ...(input.language !== undefined ? { language: input.language } : {}),
        ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
        ...(input.notificationsEnabled !== undefined
          ? { notificationsEnabled: input.notificationsEnabled }
          : {}),
        ...(input.quietHours !== undefined
          ? {
              quietHoursStart: input.quietHours?.start ?? null,
              quietHoursEnd: input.quietHours?.end ?? null,
            }
          : {}),
      });
      return this.getMe(userId);
    },

    async recordConsent(userId: number, version: string): Promise<Me> {
      await repo.recordConsent(userId, version);
      return this.getMe(userId);
    },

    /** A JSON document of what we hold about the person, for "export my data". */
    async exportData(userId: number) {
      const me = await this.getMe(userId);
      const { ticketRows, messageRows, nps } = await repo.exportData(userId);
      return {
        exportedAt: new Date(now()).toISOString(),
        user: me.user,
        settings: me.settings,
        tickets: ticketRows.map((row) => ({
          number: row.number,
          subject: row.subject,
          status: row.status,
          topicId: row.topicId,
          createdAt: toIso(row.createdAt),
          resolvedAt: toIso(row.resolvedAt),
          rating: row.csatScore,
          messages: messageRows
            .filter((message) => message.ticketId === row.id)
            .map((message) => ({
              author: message.author,
              body: message.body,
              at: toIso(message.createdAt),
            })),
        })),
        nps: nps.map((answer) => ({ ...answer, createdAt: toIso(answer.createdAt) })),
      };
    },

    erase: (userId: number) => repo.erase(userId),

    /** NPS is asked at most once every 90 days. */
    async answerNps(userId: number, input: NpsInput): Promise<void> {
      if (await repo.lastNpsSince(userId, npsWindowStart(now()))) {
        throw new AppError("conflict", "You already answered this recently; thank you");
      }
      await repo.insertNps(userId, input.score, input.comment ?? null, input.ticketId ?? null);
    },

    /** The language to answer this user in: their setting, else their Telegram language. */
    async localeOf(userId: number): Promise<Locale> {
      const user = await repo.findById(userId);
      return isLocale(user?.language) ? user.language : resolveLocale(user?.languageCode);
    },

    async rolesOf(userId: number): Promise<StaffRole[]> {
      return (await repo.rolesOf(userId)).filter(isStaffRole);
    },

    /** Makes the people named in ADMIN_TELEGRAM_IDS admins; they may not have opened the app yet. */
    async bootstrapAdmins(ids: readonly number[]): Promise<void> {
      for (const id of ids) await repo.grantRole(id, "admin");
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
