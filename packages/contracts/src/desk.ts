import { z } from "zod";
import { clientIdSchema, humanText } from "./text";
import { LIMITS, QUEUE_IDS } from "./ticket-values";
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

export const deskTicketSchema = ticketSchema.extend({ customer: deskCustomerSchema });
export type DeskTicket = z.infer<typeof deskTicketSchema>;

export const deskMessageSchema = messageSchema.extend({
  internal: z.boolean().describe("Internal notes are never shown to the customer"),
});
export type DeskMessage = z.infer<typeof deskMessageSchema>;

export const deskTicketDetailSchema = deskTicketSchema.extend({
  messages: z.array(deskMessageSchema),
});
export type DeskTicketDetail = z.infer<typeof deskTicketDetailSchema>;

export const deskQueueSchema = z.object({
  items: z.array(deskTicketSchema),
  queues: z.array(z.enum(QUEUE_IDS)).describe("The queues this person works"),
});
export type DeskQueue = z.infer<typeof deskQueueSchema>;

export const deskQueueQuerySchema = z.strictObject({
  queue: z.enum(QUEUE_IDS).optional(),
});

export const agentReplySchema = z.strictObject({
  body: humanText(1, LIMITS.messageMax),
  internal: z.boolean().default(false),
  clientId: clientIdSchema.optional(),
});
export type AgentReplyInput = z.infer<typeof agentReplySchema>;

export const resolveTicketSchema = z.strictObject({
  summary: humanText(3, 2000).describe("What was done, in the customer's words"),
  nextSteps: z.array(humanText(1, 300)).max(5).default([]),
});
export type ResolveTicketInput = z.infer<typeof resolveTicketSchema>;
