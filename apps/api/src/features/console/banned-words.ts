import { randomUUID } from "node:crypto";
import {
  type BannedMatch,
  bannedWordsDetailsSchema,
  SUPERVISOR_ROLES,
} from "@helpline/contracts/desk";
import type { Locale } from "@helpline/contracts/locales";
import {
  type BannedWord,
  bannedWordCheckInputSchema,
  bannedWordInputSchema,
  bannedWordListSchema,
  bannedWordQuerySchema,
  bannedWordSchema,
} from "@helpline/contracts/macros";
import type { StaffRole } from "@helpline/contracts/users";
import { type Db, schema, toIso } from "@helpline/db";
import { createRoute, z } from "@hono/zod-openapi";
import { asc, eq } from "drizzle-orm";
import { AppError, notFound } from "../../lib/errors";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import { requireRole } from "../../middleware/require-role";
import { type Tx, writeAudit } from "./audit";
import { DESK_ROLE_GUARD } from "./guards";

const { bannedWords } = schema;

// Scripts written without spaces between words: a phrase there matches anywhere.
const NO_WORD_BOUNDARIES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Finds banned phrases in a text: case-insensitive, on word boundaries where the script has
 * them (a phrase edge that is a letter or digit must not touch another letter or digit), and
 * anywhere for Chinese. Offsets are UTF-16, as JavaScript strings and the browser count.
 *
 * @example findBanned("The BEST offer", [{ phrase: "the best", locale: "en" }])
 * // [{ phrase: "the best", locale: "en", start: 0, end: 8 }]
 */
export function findBanned(
  text: string,
  phrases: readonly { phrase: string; locale: string }[],
): BannedMatch[] {
  const matches: BannedMatch[] = [];
  for (const { phrase, locale } of phrases) {
    const trimmed = phrase.trim();
    if (!trimmed) continue;
    // Spaces in a phrase match any run of white space.
    let source = trimmed.split(/\s+/).map(escapeRegExp).join("\\s+");
    if (!NO_WORD_BOUNDARIES.test(trimmed)) {
      if (WORD_CHAR.test(trimmed.at(0) ?? "")) source = `(?<![\\p{L}\\p{N}_])${source}`;
      if (WORD_CHAR.test(trimmed.at(-1) ?? "")) source = `${source}(?![\\p{L}\\p{N}_])`;
    }
    for (const match of text.matchAll(new RegExp(source, "giu"))) {
      matches.push({ phrase, locale, start: match.index, end: match.index + match[0].length });
    }
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

const toBannedWord = (row: typeof bannedWords.$inferSelect): BannedWord => ({
  id: row.id,
  locale: row.locale as Locale,
  phrase: row.phrase,
  createdBy: row.createdBy,
  createdAt: toIso(row.createdAt),
});

export function createBannedWordsService(db: Db) {
  return {
    async list(locale?: Locale): Promise<BannedWord[]> {
      const rows = await db
        .select()
        .from(bannedWords)
        .where(locale ? eq(bannedWords.locale, locale) : undefined)
        .orderBy(asc(bannedWords.locale), asc(bannedWords.phrase));
      return rows.map(toBannedWord);
    },

    /** Every language's list applies: a phrase banned in one market is not sent anywhere. */
    async check(text: string, tx: Tx = db): Promise<BannedMatch[]> {
      const rows = await tx
        .select({ phrase: bannedWords.phrase, locale: bannedWords.locale })
        .from(bannedWords);
      return findBanned(text, rows);
    },

    /**
     * Refuses text with banned phrases (422 with each match), unless a supervisor or admin
     * overrides with a reason: then the override is audited in the caller's transaction.
     */
    async enforce(
      tx: Tx,
      text: string,
      actor: { userId: number; roles: readonly StaffRole[] },
      override: { reason: string } | undefined,
      target: { type: "ticket" | "macro"; id: string },
    ): Promise<void> {
      const matches = await this.check(text, tx);
      if (matches.length === 0) return;
      if (!override) {
        throw new AppError(
          "banned_words",
          "The text contains phrases that must not be sent",
          bannedWordsDetailsSchema.parse({ matches }),
        );
      }
      if (!actor.roles.some((role) => (SUPERVISOR_ROLES as readonly string[]).includes(role))) {
        throw new AppError(
          "forbidden",
          "Only a supervisor or admin may override the banned-words check",
        );
      }
      await writeAudit(tx, {
        actorId: actor.userId,
        action: "banned_words.override",
        targetType: target.type,
        targetId: target.id,
        after: { matches: matches.map(({ phrase, start, end }) => ({ phrase, start, end })) },
        reason: override.reason,
      });
    },

    async create(actorId: number, input: { locale: Locale; phrase: string }): Promise<BannedWord> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(bannedWords)
          .values({
            id: randomUUID(),
            locale: input.locale,
            phrase: input.phrase,
            createdBy: actorId,
          })
          .onConflictDoNothing()
          .returning();
        if (!row) throw new AppError("conflict", "This phrase is already on the list");
        const word = toBannedWord(row);
        await writeAudit(tx, {
          actorId,
          action: "banned_word.create",
          targetType: "banned_word",
          targetId: row.id,
          after: word,
        });
        return word;
      });
    },

    async remove(actorId: number, id: string): Promise<void> {
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("Banned word");
      await db.transaction(async (tx) => {
        const [row] = await tx.delete(bannedWords).where(eq(bannedWords.id, id)).returning();
        if (!row) throw notFound("Banned word");
        await writeAudit(tx, {
          actorId,
          action: "banned_word.delete",
          targetType: "banned_word",
          targetId: id,
          before: toBannedWord(row),
        });
      });
    },
  };
}

export type BannedWordsService = ReturnType<typeof createBannedWordsService>;

const TAG = "Console: banned words";
const supervisors = requireRole(...SUPERVISOR_ROLES);
const idParams = z.object({ id: z.string().max(64) });

export const bannedListRoute = createRoute({
  method: "get",
  path: "/admin/banned-words",
  tags: [TAG],
  summary: "Banned phrases, per language",
  security: tmaSecurity,
  middleware: DESK_ROLE_GUARD,
  request: { query: bannedWordQuerySchema },
  responses: {
    200: jsonContent(bannedWordListSchema, "The list"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed"),
  },
});

export const bannedCheckRoute = createRoute({
  method: "post",
  path: "/admin/banned-words/check",
  tags: [TAG],
  summary: "Find banned phrases in a draft, with their positions",
  security: tmaSecurity,
  middleware: DESK_ROLE_GUARD,
  request: { body: jsonBody(bannedWordCheckInputSchema) },
  responses: {
    200: jsonContent(bannedWordsDetailsSchema, "Matches (empty when the text is fine)"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed"),
  },
});

export const bannedCreateRoute = createRoute({
  method: "post",
  path: "/admin/banned-words",
  tags: [TAG],
  summary: "Add a banned phrase (supervisor, admin)",
  security: tmaSecurity,
  middleware: supervisors,
  request: { body: jsonBody(bannedWordInputSchema) },
  responses: {
    201: jsonContent(bannedWordSchema, "The new entry"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed", "conflict"),
  },
});

export const bannedDeleteRoute = createRoute({
  method: "delete",
  path: "/admin/banned-words/{id}",
  tags: [TAG],
  summary: "Remove a banned phrase (supervisor, admin)",
  security: tmaSecurity,
  middleware: supervisors,
  request: { params: idParams },
  responses: {
    204: { description: "Removed" },
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found"),
  },
});

export function bannedWordsRouter(service: BannedWordsService) {
  return createRouter()
    .openapi(bannedListRoute, async (c) =>
      c.json({ items: await service.list(c.req.valid("query").locale) }, 200),
    )
    .openapi(bannedCheckRoute, async (c) =>
      c.json({ matches: await service.check(c.req.valid("json").text) }, 200),
    )
    .openapi(bannedCreateRoute, async (c) =>
      c.json(await service.create(c.get("auth").userId, c.req.valid("json")), 201),
    )
    .openapi(bannedDeleteRoute, async (c) => {
      await service.remove(c.get("auth").userId, c.req.valid("param").id);
      return c.body(null, 204);
    });
}
