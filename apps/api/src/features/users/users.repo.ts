import { type Db, schema, toIso } from "@helpline/db";
import { eq, sql } from "drizzle-orm";
import type { InitDataUser } from "../../lib/init-data";

const { users, staffRoles } = schema;

export type UserRow = typeof users.$inferSelect;

export function createUsersRepo(db: Db) {
  return {
    /** Creates the user or refreshes what Telegram says about them. */
    async upsertFromTelegram(user: InitDataUser): Promise<void> {
      const values = {
        id: user.id,
        firstName: user.first_name,
        lastName: user.last_name ?? null,
        username: user.username ?? null,
        languageCode: user.language_code ?? null,
        isPremium: user.is_premium ?? false,
        photoUrl: user.photo_url ?? null,
      };
      const { id: _id, ...changes } = values;
      await db
        .insert(users)
        .values(values)
        .onConflictDoUpdate({ target: users.id, set: { ...changes, updatedAt: sql`now()` } });
    },

    async findById(id: number): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row
        ? { ...row, createdAt: toIso(row.createdAt), updatedAt: toIso(row.updatedAt) }
        : undefined;
    },

    async rolesOf(userId: number): Promise<string[]> {
      const rows = await db
        .select({ role: staffRoles.role })
        .from(staffRoles)
        .where(eq(staffRoles.userId, userId));
      return rows.map((row) => row.role);
    },

    async grantRole(userId: number, role: string): Promise<void> {
      await db.insert(staffRoles).values({ userId, role }).onConflictDoNothing();
    },
  };
}

export type UsersRepo = ReturnType<typeof createUsersRepo>;
