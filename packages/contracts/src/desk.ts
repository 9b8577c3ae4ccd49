import { z } from "zod";
import { clientIdSchema, humanText } from "./text";
import { LIMITS, PRIORITIES, QUEUE_IDS, TICKET_STATUSES, type TicketStatus } from "./ticket-values";
import { messageSchema, ticketSchema } from "./tickets";
import type { StaffRole } from "./users";

/**
 * Which queues each staff role works. Supervisors and admins see every queue; content editors
 * and analysts work no queue at all. Security and payment questions need an expert (L2).
 */
export const ROLE_QUEUES: Record<StaffRole, readonly (typeof QUEUE_IDS)[number][]> = {
  agent_l1: ["l1"],
  agent_l2: ["l2", "security"],
  vip_concierge: ["vip"],
  supervisor: QUEUE_IDS,
  admin: QUEUE_IDS,
  content_editor: [],
  analyst: [],
};

export const deskCustomerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  username: z.string().nullable(),
  languageCode: z.string().nullable(),
});

export const deskMessageSchema = messageSchema.extend({
  internal: z.boolean().describe("Internal notes are never shown to the customer"),
});
export type DeskMessage = z.infer<typeof deskMessageSchema>;

/*
 * ─── Agent console API (issue #4) ─────────────────────────────────────────────────────────────
 * Every path is under /api/admin, needs `Authorization: tma <initData>` and a staff role.
 * "Desk roles" = agent_l1, agent_l2, vip_concierge, supervisor, admin (content editors and
 * analysts get 403 on every ticket route). Errors: `{ error: { code, message, details? } }`.
 *
 * Queue and tickets (desk roles; a ticket outside the caller's queues answers 404)
 *   GET  /admin/tickets?view=&queue=&cursor=&limit=   → DeskQueue (items, nextCursor, counts, queues)
 *   GET  /admin/tickets/{id}                          → DeskTicketDetail (+ customer card, active)
 *   POST /admin/tickets/{id}/messages   AgentReplyInput          → 201 DeskMessage
 *          409 conflict   details: ReplyConflictDetails (someone replied since lastSeenMessageId)
 *          422 banned_words details: BannedWordsDetails (override needs supervisor/admin + reason)
 *   POST /admin/tickets/{id}/claim        {}                      → DeskTicketDetail
 *   POST /admin/tickets/{id}/assign       AssignTicketInput       → DeskTicketDetail
 *   GET  /admin/tickets/{id}/assignees                            → AssigneeList (who works its queue)
 *   POST /admin/tickets/{id}/clarify      ClarifyTicketInput      → DeskTicketDetail (waiting_customer)
 *   POST /admin/tickets/{id}/priority     ChangePriorityInput     → DeskTicketDetail
 *   POST /admin/tickets/{id}/escalate     EscalateTicketInput     → DeskTicketDetail (moves, unassigns, notes)
 *   POST /admin/tickets/{id}/resolve      ResolveTicketInput      → DeskTicketDetail
 *   POST /admin/tickets/{id}/close        CloseTicketInput        → DeskTicketDetail
 *   POST /admin/tickets/{id}/merge        MergeTicketInput        → DeskTicketDetail (the target)
 *   POST /admin/tickets/{id}/tags         TagsInput               → DeskTicketDetail
 *   POST /admin/tickets/{id}/presence     PresenceInput           → PresenceList (others active)
 *   POST /admin/tickets/{id}/apply-macro  ApplyMacroInput         → DeskTicketDetail (reply + actions)
 *   GET  /admin/stream                    text/event-stream of DeskStreamEvent ("queue changed")
 *   POST /admin/customers/{id}/tags       TagsInput  → CustomerTags (tag `vip` = VIP customer;
 *                                         only for a customer with a ticket in the caller's queues)
 *
 * Macros (list/search/preview: desk roles; create/update/delete: supervisor, admin) — see macros.ts
 *   GET    /admin/macros?q=&locale=       → MacroList
 *   POST   /admin/macros                  MacroInput        → 201 Macro  (422 banned_words)
 *   PATCH  /admin/macros/{id}             MacroPatch        → Macro
 *   DELETE /admin/macros/{id}                               → 204
 *   POST   /admin/macros/preview          MacroPreviewInput → MacroPreview
 *          400 validation_failed, details.variables: ["eta", "foo"] (unknown or not fillable)
 *
 * Banned words (list/check: desk roles; create/delete: supervisor, admin) — see macros.ts
 *   GET    /admin/banned-words?locale=    → BannedWordList
 *   POST   /admin/banned-words            BannedWordInput   → 201 BannedWord
 *   DELETE /admin/banned-words/{id}                         → 204
 *   POST   /admin/banned-words/check      BannedWordCheckInput → BannedWordsDetails
 *
 * Staff (admin only) — see staff.ts
 *   GET    /admin/staff                   → StaffList (members and pending invites)
 *   POST   /admin/staff/invites           StaffInviteInput  → 201 StaffInvite
 *   DELETE /admin/staff/invites/{id}                        → 204
 *   PATCH  /admin/staff/{userId}          StaffUpdateInput  → StaffMember (roles, queues, active)
 *
 * Audit log (admin only, read only) — see audit.ts
 *   GET    /admin/audit?actorId=&action=&targetType=&targetId=&from=&to=&cursor=&limit= → AuditPage
 */

export const DESK_VIEWS = [
  "l1",
  "l2",
  "vip",
  "security",
  "mine",
  "unassigned",
  "due_soon_or_breached",
] as const;
export type DeskView = (typeof DESK_VIEWS)[number];

/** Roles that work tickets. Content editors and analysts are staff but not desk staff. */
export const DESK_ROLES = [
  "agent_l1",
  "agent_l2",
  "vip_concierge",
  "supervisor",
  "admin",
] as const satisfies readonly StaffRole[];
/** Roles that manage macros and banned words, and may override the banned-words check. */
export const SUPERVISOR_ROLES = ["supervisor", "admin"] as const satisfies readonly StaffRole[];

export const DUE_STATES = ["ok", "due_soon", "breached"] as const;
export type DueState = (typeof DUE_STATES)[number];

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(32)
  .regex(/^[\p{L}\p{N}_-]+$/u, "Letters, digits, _ and - only");

export const staffRefSchema = z.object({ id: z.number().int(), name: z.string() });
export type StaffRef = z.infer<typeof staffRefSchema>;

/** A queue row: the ticket, its customer, and the console's working fields. */
export const deskTicketSchema = ticketSchema.extend({
  customer: deskCustomerSchema,
  assignee: staffRefSchema.nullable(),
  tags: z.array(z.string()),
  vip: z.boolean().describe("VIP queue or a VIP customer; sorts right after critical"),
  escalationReason: z.string().nullable(),
  mergedIntoId: z.uuid().nullable().describe("Set on a closed duplicate: the ticket it went into"),
  dueState: z
    .enum(DUE_STATES)
    .nullable()
    .describe("First-response clock from `eta`; null once answered or no longer open"),
});
export type DeskTicket = z.infer<typeof deskTicketSchema>;

export const customerCardSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  username: z.string().nullable(),
  language: z.string().describe("The language Helpline speaks with them (en, ru, fa, zh)"),
  timeZone: z.string().nullable(),
  localTime: z
    .string()
    .nullable()
    .describe("Their wall-clock time now, `HH:MM`, from their time zone setting"),
  tags: z.array(z.string()),
  vip: z.boolean(),
  previousTickets: z.array(
    z.object({
      id: z.uuid(),
      number: z.number().int(),
      subject: z.string(),
      status: z.enum(TICKET_STATUSES),
      csatScore: z.number().int().nullable(),
      createdAt: z.string(),
    }),
  ),
  csatHistory: z.array(
    z.object({ ticketNumber: z.number().int(), score: z.number().int(), at: z.string() }),
  ),
});
export type CustomerCard = z.infer<typeof customerCardSchema>;

export const PRESENCE_STATES = ["viewing", "typing"] as const;
export const presenceSchema = z.object({
  userId: z.number().int(),
  name: z.string(),
  state: z.enum(PRESENCE_STATES),
  at: z.string(),
});
export type Presence = z.infer<typeof presenceSchema>;
export const presenceListSchema = z.object({ active: z.array(presenceSchema) });
export type PresenceList = z.infer<typeof presenceListSchema>;
export const presenceInputSchema = z.strictObject({ state: z.enum(PRESENCE_STATES) });
export type PresenceInput = z.infer<typeof presenceInputSchema>;
/** A heartbeat is forgotten after this many seconds; send one every ~10 s while on a ticket. */
export const PRESENCE_TTL_SECONDS = 30;

export const deskEventSchema = z.object({
  fromStatus: z.enum(TICKET_STATUSES).nullable(),
  toStatus: z.enum(TICKET_STATUSES),
  actor: z.enum(["customer", "agent", "system"]),
  actorId: z.number().int().nullable(),
  at: z.string(),
});

export const deskTicketDetailSchema = deskTicketSchema.extend({
  messages: z.array(deskMessageSchema),
  events: z.array(deskEventSchema),
  card: customerCardSchema,
  active: z.array(presenceSchema).describe("Other staff viewing or typing on this ticket now"),
  mergedFrom: z
    .array(z.object({ id: z.uuid(), number: z.number().int() }))
    .describe("Duplicates merged into this ticket; their messages are in `messages`"),
});
export type DeskTicketDetail = z.infer<typeof deskTicketDetailSchema>;

export const deskQueueSchema = z.object({
  items: z.array(deskTicketSchema),
  nextCursor: z.string().nullable(),
  view: z.enum(DESK_VIEWS).nullable(),
  counts: z
    .record(z.string(), z.number().int())
    .describe("Open tickets per view the caller may see, e.g. `{ l1: 12, mine: 2 }`"),
  queues: z.array(z.enum(QUEUE_IDS)).describe("The queues this person works"),
});
export type DeskQueue = z.infer<typeof deskQueueSchema>;

export const deskQueueQuerySchema = z.strictObject({
  view: z.enum(DESK_VIEWS).optional(),
  queue: z.enum(QUEUE_IDS).optional().describe("Old spelling of view=<queue>"),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** Given by a supervisor or admin to send text the banned-words check refused. */
export const overrideSchema = z.strictObject({ reason: humanText(3, 500) });

export const agentReplySchema = z.strictObject({
  body: humanText(1, LIMITS.messageMax),
  internal: z.boolean().default(false),
  clientId: clientIdSchema.optional(),
  lastSeenMessageId: z
    .uuid()
    .optional()
    .describe("The newest message the agent saw; 409 with the newer ones if someone else wrote"),
  override: overrideSchema.optional(),
});
export type AgentReplyInput = z.input<typeof agentReplySchema>;

/** `details` of a 409 on reply: what was written since `lastSeenMessageId`. */
export const replyConflictDetailsSchema = z.object({
  reason: z.literal("new_messages"),
  messages: z.array(deskMessageSchema),
});
export type ReplyConflictDetails = z.infer<typeof replyConflictDetailsSchema>;

export const bannedMatchSchema = z.object({
  phrase: z.string().describe("The banned phrase as listed"),
  locale: z.string(),
  start: z.number().int().describe("UTF-16 offset in the text, as JavaScript strings count"),
  end: z.number().int(),
});
export type BannedMatch = z.infer<typeof bannedMatchSchema>;
/** `details` of a 422 `banned_words`: each match with its position, so the UI can mark it. */
export const bannedWordsDetailsSchema = z.object({ matches: z.array(bannedMatchSchema) });
export type BannedWordsDetails = z.infer<typeof bannedWordsDetailsSchema>;

export const resolveTicketSchema = z.strictObject({
  summary: humanText(3, 2000).describe("What was done, in the customer's words"),
  nextSteps: z.array(humanText(1, 300)).max(5).default([]),
});
export type ResolveTicketInput = z.infer<typeof resolveTicketSchema>;

export const assignTicketSchema = z.strictObject({
  assigneeId: z.number().int().nullable().describe("null unassigns"),
});
export type AssignTicketInput = z.infer<typeof assignTicketSchema>;
export const assigneeListSchema = z.object({ items: z.array(staffRefSchema) });
export type AssigneeList = z.infer<typeof assigneeListSchema>;

export const clarifyTicketSchema = z.strictObject({
  body: humanText(1, LIMITS.messageMax).describe("What the customer should send"),
  clientId: clientIdSchema.optional(),
  lastSeenMessageId: z.uuid().optional(),
  override: overrideSchema.optional(),
});
export type ClarifyTicketInput = z.input<typeof clarifyTicketSchema>;

export const changePrioritySchema = z.strictObject({ priority: z.enum(PRIORITIES) });
export type ChangePriorityInput = z.infer<typeof changePrioritySchema>;

export const ESCALATION_TARGETS = ["l2", "vip"] as const;
export const escalateTicketSchema = z.strictObject({
  to: z.enum(ESCALATION_TARGETS),
  reason: humanText(3, 500),
});
export type EscalateTicketInput = z.infer<typeof escalateTicketSchema>;

export const closeTicketSchema = z.strictObject({ reason: humanText(1, 500).optional() });
export type CloseTicketInput = z.infer<typeof closeTicketSchema>;

export const mergeTicketSchema = z.strictObject({
  targetId: z.uuid().describe("The ticket that stays; this one is closed and points to it"),
});
export type MergeTicketInput = z.infer<typeof mergeTicketSchema>;

export const tagsInputSchema = z
  .strictObject({
    add: z.array(tagSchema).max(10).default([]),
    remove: z.array(tagSchema).max(10).default([]),
  })
  .refine((value) => value.add.length + value.remove.length > 0, "Add or remove at least one tag");
export type TagsInput = z.input<typeof tagsInputSchema>;

export const customerTagsSchema = z.object({
  customerId: z.number().int(),
  tags: z.array(z.string()),
  vip: z.boolean(),
  moved: z
    .array(
      z.object({
        ticketId: z.uuid(),
        number: z.number().int(),
        from: z.enum(QUEUE_IDS),
        to: z.enum(QUEUE_IDS),
      }),
    )
    .describe("Open tickets of the customer the change routed to another queue"),
});
export type CustomerTags = z.infer<typeof customerTagsSchema>;

export const applyMacroSchema = z.strictObject({
  macroId: z.uuid(),
  clientId: clientIdSchema.optional(),
  lastSeenMessageId: z.uuid().optional(),
  override: overrideSchema.optional(),
});
export type ApplyMacroInput = z.input<typeof applyMacroSchema>;

/** A server-sent event on the staff stream: a ticket in one of the caller's queues changed. */
export const deskStreamEventSchema = z.object({
  type: z.literal("queue"),
  queue: z.enum(QUEUE_IDS),
  ticketId: z.uuid(),
});
export type DeskStreamEvent = z.infer<typeof deskStreamEventSchema>;

/**
 * Allowed status moves. `new → open` is a claim; `waiting_customer ↔ open`; `resolved → closed`;
 * `resolved/closed → reopened` is the customer's; any open status may be closed by staff (spam,
 * duplicate).
 */
export const STATUS_TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ["open", "waiting_customer", "resolved", "closed"],
  open: ["waiting_customer", "resolved", "closed"],
  reopened: ["open", "waiting_customer", "resolved", "closed"],
  waiting_customer: ["open", "resolved", "closed"],
  resolved: ["closed", "reopened"],
  closed: ["reopened"],
};
