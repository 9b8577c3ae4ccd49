import { randomUUID } from "node:crypto";
import type { RoutingRuleInput, StopPhraseInput } from "@helpline/contracts/routing";
import { type Db, schema } from "@helpline/db";
import { asc, eq } from "drizzle-orm";

const { routingRules, stopPhrases, users } = schema;

export function createRoutingRepo(db: Db) {
  return {
    listRules: () => db.select().from(routingRules).orderBy(asc(routingRules.position)),

    async createRule(input: RoutingRuleInput) {
      const [row] = await db
        .insert(routingRules)
        .values({ id: randomUUID(), ...input })
        .returning();
      return row;
    },

    async updateRule(id: string, input: RoutingRuleInput) {
      const [row] = await db
        .update(routingRules)
        .set(input)
        .where(eq(routingRules.id, id))
        .returning();
      return row;
    },

    async deleteRule(id: string): Promise<boolean> {
      const rows = await db
        .delete(routingRules)
        .where(eq(routingRules.id, id))
        .returning({ id: routingRules.id });
      return rows.length > 0;
    },

    listPhrases: () =>
      db.select().from(stopPhrases).orderBy(asc(stopPhrases.language), asc(stopPhrases.phrase)),

    /** Adds a phrase; the same phrase twice in one language is kept once. */
    async addPhrase(input: StopPhraseInput) {
      await db
        .insert(stopPhrases)
        .values({ id: randomUUID(), ...input })
        .onConflictDoNothing();
      const rows = await db.select().from(stopPhrases).where(eq(stopPhrases.phrase, input.phrase));
      return rows.find((row) => row.language === input.language);
    },

    async deletePhrase(id: string): Promise<boolean> {
      const rows = await db
        .delete(stopPhrases)
        .where(eq(stopPhrases.id, id))
        .returning({ id: stopPhrases.id });
      return rows.length > 0;
    },

    /**
     * What routing needs to know of the customer, in one read: their tags as staff set them in
     * the console (`users.tags`; `vip` among them) and the language they chose, else Telegram's.
     */
    async customerOf(userId: number): Promise<{ tags: string[]; language: string | null }> {
      const [row] = await db
        .select({ tags: users.tags, language: users.language, languageCode: users.languageCode })
        .from(users)
        .where(eq(users.id, userId));
      return { tags: row?.tags ?? [], language: row?.language ?? row?.languageCode ?? null };
    },
  };
}

export type RoutingRepo = ReturnType<typeof createRoutingRepo>;
