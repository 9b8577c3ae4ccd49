import { randomUUID } from "node:crypto";
import {
  type AuditAction,
  type AuditEntry,
  type AuditPage,
  type AuditQuery,
  type AuditTarget,
  auditPageSchema,
  auditQuerySchema,
} from "@helpline/contracts/audit";
import { type Db, schema, toIso } from "@helpline/db";
import { createRoute } from "@hono/zod-openapi";
import { and, desc, eq, gte, lt, lte, or, type SQL } from "drizzle-orm";
import { AppError } from "../../lib/errors";
import { AUTH_ERRORS, errorResponses, jsonContent, tmaSecurity } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import { requireRole } from "../../middleware/require-role";

const { auditLog } = schema;

/** A database or a transaction: audit entries are written in the same transaction as the change. */
export type Tx = Pick<Db, "insert" | "select" | "update" | "delete" | "execute">;

export interface AuditInput {
  actorId: number | null;
  action: AuditAction;
  targetType: AuditTarget;
  targetId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Appends one entry to the audit log, inside the caller's transaction. */
export async function writeAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    id: randomUUID(),
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  });
}

const encode = (at: string, id: string) => Buffer.from(`${at}|${id}`).toString("base64url");
function decode(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new AppError("validation_failed", "The request has invalid fields", {
      fields: { cursor: ["Invalid cursor"] },
      form: [],
    });
  }
  return { at, id };
}

export async function listAudit(db: Db, query: AuditQuery): Promise<AuditPage> {
  const where: (SQL | undefined)[] = [];
  if (query.actorId !== undefined) where.push(eq(auditLog.actorId, query.actorId));
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.targetType) where.push(eq(auditLog.targetType, query.targetType));
  if (query.targetId) where.push(eq(auditLog.targetId, query.targetId));
  if (query.from) where.push(gte(auditLog.at, query.from));
  if (query.to) where.push(lte(auditLog.at, query.to));
  if (query.cursor) {
    const { at, id } = decode(query.cursor);
    where.push(or(lt(auditLog.at, at), and(eq(auditLog.at, at), lt(auditLog.id, id))));
  }
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(
      (row): AuditEntry => ({
        id: row.id,
        actorId: row.actorId,
        action: row.action as AuditAction,
        targetType: row.targetType as AuditTarget,
        targetId: row.targetId,
        before: row.before ?? null,
        after: row.after ?? null,
        reason: row.reason,
        at: toIso(row.at),
      }),
    ),
    nextCursor: rows.length > query.limit && last ? encode(last.at, last.id) : null,
  };
}

export const auditListRoute = createRoute({
  method: "get",
  path: "/admin/audit",
  tags: ["Console: audit (admin)"],
  summary: "The audit log of staff actions, newest first",
  description:
    "Append-only: there is no route to change or delete an entry. Filters combine with AND; page with `nextCursor`.",
  security: tmaSecurity,
  middleware: requireRole("admin"),
  request: { query: auditQuerySchema },
  responses: {
    200: jsonContent(auditPageSchema, "A page of entries"),
    ...errorResponses(...AUTH_ERRORS, "forbidden", "validation_failed"),
  },
});

export function auditRouter(db: Db) {
  return createRouter().openapi(auditListRoute, async (c) =>
    c.json(await listAudit(db, c.req.valid("query")), 200),
  );
}
