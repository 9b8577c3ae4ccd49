import { isLocale, type Locale, resolveLocale } from "@helpline/contracts/locales";
import { type Me, STAFF_ROLES, type StaffRole } from "@helpline/contracts/users";
import { notFound } from "../../lib/errors";
import type { UsersRepo } from "./users.repo";

const isStaffRole = (role: string): role is StaffRole =>
  (STAFF_ROLES as readonly string[]).includes(role);

export function createUsersService(repo: UsersRepo) {
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
        },
        roles: roles.filter(isStaffRole),
      };
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
