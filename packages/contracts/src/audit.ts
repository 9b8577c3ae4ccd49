import { z } from "zod";

/** What the audit log records. Append-only: there is no route to change or delete an entry. */
export const AUDIT_ACTIONS = [
  "ticket.claim",
  "ticket.assign",
  "ticket.reply",
  "ticket.note",
  "ticket.clarify",
  "ticket.priority",
  "ticket.escalate",
  "ticket.reroute",
  "ticket.resolve",
  "ticket.close",
  "ticket.merge",
  "ticket.tags",
  "ticket.macro",
  "customer.tags",
  "macro.create",
  "macro.update",
  "macro.delete",
  "banned_word.create",
  "banned_word.delete",
  "banned_words.override",
  "staff.invite",
  "staff.invite_cancel",
  "staff.invite_accept",
  "staff.update",
  "analytics.export",
  "analytics.retention",
  "sla_policy.update",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGETS = [
  "ticket",
  "customer",
  "macro",
  "banned_word",
  "staff",
  "invite",
  "export",
  "settings",
  "sla_policy",
] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];

export const auditEntrySchema = z.object({
  id: z.uuid(),
  actorId: z.number().int().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  targetType: z.enum(AUDIT_TARGETS),
  targetId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

export const auditQuerySchema = z.strictObject({
  actorId: z.coerce.number().int().optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  targetType: z.enum(AUDIT_TARGETS).optional(),
  targetId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
