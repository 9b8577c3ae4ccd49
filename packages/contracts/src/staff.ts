import { z } from "zod";
import { QUEUE_IDS } from "./ticket-values";
import { STAFF_ROLES } from "./users";

/**
 * Staff management (admins only; endpoints listed in desk.ts). Queue membership decides which
 * queues an agent sees; when none is given it defaults from the roles (ROLE_QUEUES).
 * Supervisors and admins see every queue whatever their membership.
 */
export const staffMemberSchema = z.object({
  userId: z.number().int(),
  name: z.string().nullable().describe("null until the person has opened the app"),
  username: z.string().nullable(),
  roles: z.array(z.enum(STAFF_ROLES)),
  queues: z.array(z.enum(QUEUE_IDS)).describe("The queues they work (effective)"),
  active: z.boolean(),
  since: z.string().nullable(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffInviteSchema = z.object({
  id: z.uuid(),
  telegramUserId: z.number().int().nullable(),
  username: z.string().nullable(),
  roles: z.array(z.enum(STAFF_ROLES)),
  queues: z.array(z.enum(QUEUE_IDS)).nullable(),
  invitedBy: z.number().int(),
  createdAt: z.string(),
});
export type StaffInvite = z.infer<typeof staffInviteSchema>;

export const staffListSchema = z.object({
  members: z.array(staffMemberSchema),
  invites: z.array(staffInviteSchema).describe("Pending: accepted when the person opens the app"),
});
export type StaffList = z.infer<typeof staffListSchema>;

const rolesSchema = z.array(z.enum(STAFF_ROLES)).min(1).max(STAFF_ROLES.length);
const queuesSchema = z.array(z.enum(QUEUE_IDS)).max(QUEUE_IDS.length);

export const staffInviteInputSchema = z
  .strictObject({
    telegramUserId: z.number().int().positive().optional(),
    username: z
      .string()
      .trim()
      .regex(/^@?[A-Za-z0-9_]{5,32}$/, "A Telegram @username")
      .transform((value) => value.replace(/^@/, "").toLowerCase())
      .optional(),
    roles: rolesSchema,
    queues: queuesSchema.optional().describe("Omit for the default of the roles"),
  })
  .refine(
    (value) => Boolean(value.telegramUserId) !== Boolean(value.username),
    "Give telegramUserId or username",
  );
export type StaffInviteInput = z.input<typeof staffInviteInputSchema>;

export const staffUpdateInputSchema = z
  .strictObject({
    roles: rolesSchema.optional(),
    queues: queuesSchema.nullable().optional().describe("null: back to the roles' default"),
    active: z.boolean().optional().describe("false: loses access at once"),
  })
  .refine((value) => Object.keys(value).length > 0, "Change at least one thing");
export type StaffUpdateInput = z.input<typeof staffUpdateInputSchema>;
