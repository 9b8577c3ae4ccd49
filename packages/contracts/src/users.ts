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

export const userSchema = z
  .object({
    id: z.number().int(),
    firstName: z.string(),
    lastName: z.string().nullable(),
    username: z.string().nullable(),
    languageCode: z.string().nullable(),
    isPremium: z.boolean(),
    photoUrl: z.string().nullable(),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof userSchema>;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use HH:MM, 24-hour");

export const quietHoursSchema = z.object({ start: clockTime, end: clockTime });

export const settingsSchema = z
  .object({
    language: z.enum(LOCALES),
    timeZone: z.string().nullable(),
    notificationsEnabled: z.boolean(),
    quietHours: quietHoursSchema.nullable(),
    consent: z.object({ version: z.string(), at: z.iso.datetime() }).nullable(),
  })
  .meta({ id: "Settings" });
export type Settings = z.infer<typeof settingsSchema>;

export const meSchema = z
  .object({
    user: userSchema,
    settings: settingsSchema,
    roles: z.array(z.enum(STAFF_ROLES)),
    npsDue: z.boolean().describe("No NPS answer in the last 90 days"),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof meSchema>;

/** Valid IANA zone names only (`Europe/Moscow`, `Asia/Tehran`), checked by the runtime's Intl. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "Unknown time zone");

export const updateSettingsSchema = z
  .strictObject({
    language: z.enum(LOCALES),
    timeZone: timeZoneSchema.nullable(),
    notificationsEnabled: z.boolean(),
    quietHours: quietHoursSchema.nullable(),
  })
  .partial();
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;

/** The privacy notice version customers agree to; bump it when the notice changes. */
export const CONSENT_VERSION = "2026-11";

export const consentSchema = z.strictObject({ version: z.literal(CONSENT_VERSION) });
