import { randomUUID } from "node:crypto";
import { type Db, schema, toIso } from "@helpline/db";
import { and, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { InitDataUser } from "../../lib/init-data";

const {
  users,
  staffRoles,
  staffMembers,
  tickets,
  messages,
  npsResponses,
  kbSearchLog,
  kbDeflectionEvents,
  kbFeedback,
} = schema;

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
        // An erased profile stays erased: Telegram's copy of the name is not pulled back in.
        .onConflictDoUpdate({
          target: users.id,
          set: { ...changes, updatedAt: sql`now()` },
          setWhere: sql`${users.erasedAt} is null`,
        });
    },

    async findById(id: number): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row
        ? { ...row, createdAt: toIso(row.createdAt), updatedAt: toIso(row.updatedAt) }
        : undefined;
    },

    async rolesOf(userId: number): Promise<string[]> {
      // A deactivated staff member keeps their roles on record but holds none of them.
      const rows = await db
        .select({ role: staffRoles.role })
        .from(staffRoles)
        .where(
          and(
            eq(staffRoles.userId, userId),
            sql`not exists (select 1 from ${staffMembers} where ${staffMembers.userId} = ${userId} and ${staffMembers.deactivatedAt} is not null)`,
          ),
        );
      return rows.map((row) => row.role);
    },

    async updateSettings(
      userId: number,
      changes: Partial<
        Pick<
          UserRow,
          "language" | "timeZone" | "notificationsEnabled" | "quietHoursStart" | "quietHoursEnd"
        >
      >,
    ): Promise<void> {
      if (Object.keys(changes).length === 0) return;
      await db
        .update(users)
        .set({ ...changes, updatedAt: sql`now()` })
        .where(eq(users.id, userId));
    },

    async recordConsent(userId: number, version: string): Promise<void> {
      await db
        .update(users)
        .set({ consentVersion: version, consentAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(users.id, userId));
    },

    /** Everything stored about a person that they can see: their tickets and the conversations. */
    async exportData(userId: number) {
      const ticketRows = await db
        .select()
        .from(tickets)
        .where(eq(tickets.customerId, userId))
        .orderBy(desc(tickets.createdAt));
      const ids = ticketRows.map((row) => row.id);
      const messageRows = ids.length
        ? await db
            .select({
              ticketId: messages.ticketId,
              author: messages.author,
              body: messages.body,
              createdAt: messages.createdAt,
            })
            .from(messages)
            .where(and(inArray(messages.ticketId, ids), eq(messages.internal, false)))
            .orderBy(messages.createdAt)
        : [];
      const nps = await db
        .select({
          score: npsResponses.score,
          comment: npsResponses.comment,
          createdAt: npsResponses.createdAt,
        })
        .from(npsResponses)
        .where(eq(npsResponses.userId, userId));
      return { ticketRows, messageRows, nps };
    },

    /**
     * "Delete my data": names, usernames and every message body in their tickets are erased;
     * the tickets stay as anonymous rows so counts and timings still add up.
     */
    async erase(userId: number): Promise<void> {
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({
            firstName: "Deleted user",
            lastName: null,
            username: null,
            photoUrl: null,
            timeZone: null,
            quietHoursStart: null,
            quietHoursEnd: null,
            erasedAt: sql`now()`,
            updatedAt: sql`now()`,
          })
          .where(eq(users.id, userId));
        const own = tx
          .select({ id: tickets.id })
          .from(tickets)
          .where(eq(tickets.customerId, userId));
        await tx.update(messages).set({ body: "" }).where(inArray(messages.ticketId, own));
        await tx
          .update(tickets)
          .set({ subject: "", csatComment: null, resolutionSummary: null, nextSteps: null })
          .where(eq(tickets.customerId, userId));
        await tx.update(npsResponses).set({ comment: null }).where(eq(npsResponses.userId, userId));
        // Knowledge base traces: what they typed may name them; votes stay as anonymous counts.
        await tx.delete(kbSearchLog).where(eq(kbSearchLog.userId, userId));
        await tx
          .update(kbDeflectionEvents)
          .set({ query: null, userId: null })
          .where(eq(kbDeflectionEvents.userId, userId));
        await tx.update(kbFeedback).set({ comment: null }).where(eq(kbFeedback.userId, userId));
      });
    },

    async lastNpsSince(userId: number, since: string) {
      const [row] = await db
        .select({ id: npsResponses.id })
        .from(npsResponses)
        .where(and(eq(npsResponses.userId, userId), gt(npsResponses.createdAt, since)))
        .limit(1);
      return row;
    },

    async insertNps(
      userId: number,
      score: number,
      comment: string | null,
      ticketId: string | null,
    ) {
      await db.insert(npsResponses).values({ id: randomUUID(), userId, score, comment, ticketId });
    },

    async grantRole(userId: number, role: string): Promise<void> {
      await db.insert(staffRoles).values({ userId, role }).onConflictDoNothing();
    },
  };
}

export type UsersRepo = ReturnType<typeof createUsersRepo>;
