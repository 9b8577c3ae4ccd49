import { z } from "zod";
import { LOCALES } from "./locales";

export const STAFF_ROLES = [
  "agent_l1",
  "agent_l2",
  "vip_concierge",
  "supervisor",
  "content_editor",
  "analyst",
  "admin",
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const userSchema = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  username: z.string().nullable(),
  languageCode: z.string().nullable(),
  isPremium: z.boolean(),
  photoUrl: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const settingsSchema = z.object({
  language: z.enum(LOCALES),
  timeZone: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const meSchema = z.object({
  user: userSchema,
  settings: settingsSchema,
  roles: z.array(z.enum(STAFF_ROLES)),
});
export type Me = z.infer<typeof meSchema>;
