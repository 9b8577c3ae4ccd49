import { randomUUID } from "node:crypto";
import { DESK_ROLES, SUPERVISOR_ROLES } from "@helpline/contracts/desk";
import type { Locale } from "@helpline/contracts/locales";
import {
  type Macro,
  type MacroActions,
  macroInputSchema,
  macroListQuerySchema,
  macroListSchema,
  macroPatchSchema,
  macroPreviewInputSchema,
  macroPreviewSchema,
  macroSchema,
  macroVariableDetailsSchema,
} from "@helpline/contracts/macros";
import type { StaffRole } from "@helpline/contracts/users";
import { type Db, schema, toIso } from "@helpline/db";
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, ilike, or } from "drizzle-orm";
import { AppError, notFound } from "../../lib/errors";
import { AUTH_ERRORS, errorResponses, jsonBody, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import { requireRole } from "../../middleware/require-role";
import type { DeskService } from "../tickets/desk.service";
import { writeAudit } from "./audit";
import type { BannedWordsService } from "./banned-words";
import { renderMacro } from "./macro-render";

const { macros } = schema;

const toMacro = (row: typeof macros.$inferSelect): Macro => ({
  id: row.id,
  name: row.name,
  shortcut: row.shortcut,
  locale: row.locale as Locale,
  body: row.body,
  actions: row.actions as MacroActions,
  createdBy: row.createdBy,
  updatedBy: row.updatedBy,
  createdAt: toIso(row.createdAt),
  updatedAt: toIso(row.updatedAt),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** A macro's own variables must be ones the console can fill; `{field}` is caught when saved. */
function assertKnownVariables(body: string) {
  const all = { name: "x", ticket: "x", eta: "x", local_time: "x", topic: "x", agent: "x" };
  const rendered = renderMacro(body, all);
  if (!rendered.ok) {
    throw new AppError("validation_failed", "The macro uses unknown variables", {
      fields: { body: rendered.missing.map((name) => `Unknown variable {${name}}`) },
      form: [],
      variables: rendered.missing,
    });
  }
}

export function createMacrosService(db: Db, banned: BannedWordsService) {
  const duplicate = () =>
    new AppError("conflict", "Another macro of this language has this shortcut");

  return {
    async list(query: { q?: string; locale?: Locale }): Promise<Macro[]> {
      const rows = await db
        .select()
        .from(macros)
        .where(
          and(
            query.locale ? eq(macros.locale, query.locale) : undefined,
            query.q
              ? or(
                  ilike(macros.name, likePattern(query.q)),
                  ilike(macros.shortcut, likePattern(query.q)),
                )
              : undefined,
          ),
        )
        .orderBy(asc(macros.locale), asc(macros.shortcut));
      return rows.map(toMacro);
    },

    async create(
      actor: { userId: number; roles: StaffRole[] },
      input: z.output<typeof macroInputSchema>,
    ): Promise<Macro> {
      assertKnownVariables(input.body);
      const id = randomUUID();
      return db.transaction(async (tx) => {
        await banned.enforce(tx, input.body, actor, input.override, { type: "macro", id });
        const [row] = await tx
          .insert(macros)
          .values({
            id,
            name: input.name,
            shortcut: input.shortcut,
            locale: input.locale,
            body: input.body,
            actions: input.actions,
            createdBy: actor.userId,
            updatedBy: actor.userId,
          })
          .onConflictDoNothing()
          .returning();
        if (!row) throw duplicate();
        const macro = toMacro(row);
        await writeAudit(tx, {
          actorId: actor.userId,
          action: "macro.create",
          targetType: "macro",
          targetId: id,
          after: macro,
        });
        return macro;
      });
    },

    async update(
      actor: { userId: number; roles: StaffRole[] },
      id: string,
      input: z.output<typeof macroPatchSchema>,
    ): Promise<Macro> {
      if (!UUID.test(id)) throw notFound("Macro");
      if (input.body) assertKnownVariables(input.body);
      return db.transaction(async (tx) => {
        const [current] = await tx.select().from(macros).where(eq(macros.id, id)).for("update");
        if (!current) throw notFound("Macro");
        const { override, ...changes } = input;
        if (changes.body) {
          await banned.enforce(tx, changes.body, actor, override, { type: "macro", id });
        }
        const clash = await tx
          .select({ id: macros.id })
          .from(macros)
          .where(
            and(
              eq(macros.locale, changes.locale ?? current.locale),
              eq(macros.shortcut, changes.shortcut ?? current.shortcut),
            ),
          );
        if (clash.some((row) => row.id !== id)) throw duplicate();
        const [row] = await tx
          .update(macros)
          .set({ ...changes, updatedBy: actor.userId, updatedAt: new Date().toISOString() })
          .where(eq(macros.id, id))
          .returning();
        if (!row) throw notFound("Macro");
        const macro = toMacro(row);
        await writeAudit(tx, {
          actorId: actor.userId,
          action: "macro.update",
          targetType: "macro",
          targetId: id,
          before: toMacro(current),
          after: macro,
        });
        return macro;
      });
    },

    async remove(actorId: number, id: string): Promise<void> {
      if (!UUID.test(id)) throw notFound("Macro");
      await db.transaction(async (tx) => {
        const [row] = await tx.delete(macros).where(eq(macros.id, id)).returning();
        if (!row) throw notFound("Macro");
        await writeAudit(tx, {
          actorId,
          action: "macro.delete",
          targetType: "macro",
          targetId: id,
          before: toMacro(row),
        });
      });
    },
  };
}

export type MacrosService = ReturnType<typeof createMacrosService>;

const TAG = "Console: macros";
const desk = requireRole(...DESK_ROLES);
const supervisors = requireRole(...SUPERVISOR_ROLES);
const idParams = z.object({ id: z.string().max(64) });

export const macroListRoute = createRoute({
  method: "get",
  path: "/admin/macros",
  tags: [TAG],
  summary: "Macros, searchable by name or shortcut",
  security: tmaSecurity,
  middleware: desk,
  request: { query: macroListQuerySchema },
  responses: {
    200: jsonContent(macroListSchema, "Matching macros"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed"),
  },
});

export const macroCreateRoute = createRoute({
  method: "post",
  path: "/admin/macros",
  tags: [TAG],
  summary: "Create a macro (supervisor, admin)",
  description:
    "422 `banned_words` when the body has a banned phrase, unless `override.reason` is given.",
  security: tmaSecurity,
  middleware: supervisors,
  request: { body: jsonBody(macroInputSchema) },
  responses: {
    201: jsonContent(macroSchema, "The macro"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed", "conflict", "banned_words"),
  },
});

export const macroUpdateRoute = createRoute({
  method: "patch",
  path: "/admin/macros/{id}",
  tags: [TAG],
  summary: "Change a macro (supervisor, admin)",
  security: tmaSecurity,
  middleware: supervisors,
  request: { params: idParams, body: jsonBody(macroPatchSchema) },
  responses: {
    200: jsonContent(macroSchema, "The macro as now"),
    ...errorResponses(
      ...AUTH_ERRORS,
      "forbidden",
      "not_found",
      "validation_failed",
      "conflict",
      "banned_words",
    ),
  },
});

export const macroDeleteRoute = createRoute({
  method: "delete",
  path: "/admin/macros/{id}",
  tags: [TAG],
  summary: "Delete a macro (supervisor, admin)",
  security: tmaSecurity,
  middleware: supervisors,
  request: { params: idParams },
  responses: {
    204: { description: "Deleted" },
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found"),
  },
});

export const macroPreviewRoute = createRoute({
  method: "post",
  path: "/admin/macros/preview",
  tags: [TAG],
  summary: "A macro or draft with its variables filled from a ticket",
  description:
    "Filled in the customer's language and time zone. 400 `validation_failed` with `details.variables` when a variable is unknown or cannot be filled (e.g. `{local_time}` with no time zone).",
  security: tmaSecurity,
  middleware: desk,
  request: { body: jsonBody(macroPreviewInputSchema) },
  responses: {
    200: jsonContent(macroPreviewSchema, "The filled text and the macro's actions"),
    400: jsonContent(
      z.object({
        error: z.object({
          code: z.literal("validation_failed"),
          message: z.string(),
          details: macroVariableDetailsSchema,
        }),
      }),
      "A variable cannot be filled",
    ),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "not_found"),
  },
});

export function macrosRouter(service: MacrosService, deskService: DeskService) {
  const actor = (c: { get(key: "staff"): { userId: number; roles: StaffRole[] } }) => {
    const staff = c.get("staff");
    return { userId: staff.userId, roles: staff.roles };
  };
  return createRouter()
    .openapi(macroListRoute, async (c) =>
      c.json({ items: await service.list(c.req.valid("query")) }, 200),
    )
    .openapi(macroPreviewRoute, async (c) =>
      c.json(await deskService.preview(c.get("staff"), c.req.valid("json")), 200),
    )
    .openapi(macroCreateRoute, async (c) =>
      c.json(await service.create(actor(c), c.req.valid("json")), 201),
    )
    .openapi(macroUpdateRoute, async (c) =>
      c.json(await service.update(actor(c), c.req.valid("param").id, c.req.valid("json")), 200),
    )
    .openapi(macroDeleteRoute, async (c) => {
      await service.remove(c.get("staff").userId, c.req.valid("param").id);
      return c.body(null, 204);
    });
}
