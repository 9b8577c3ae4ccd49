import { z } from "zod";

/** A staff member's opt-ins for scheduled bot messages. */
export const notificationPrefsSchema = z.object({
  dailyDigest: z
    .boolean()
    .describe("A morning summary: open, breached, due soon, yesterday's flow"),
  weeklyReport: z.boolean().describe("The analytics weekly report"),
});
export type NotificationPrefs = z.infer<typeof notificationPrefsSchema>;

/** Both flags are required: the settings screen always sends the whole form. */
export const notificationPrefsInputSchema = notificationPrefsSchema.strict();
export type NotificationPrefsInput = z.infer<typeof notificationPrefsInputSchema>;
