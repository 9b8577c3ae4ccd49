import { z } from "zod";

/** What the customer's app may show about a ticket's first-response promise. */
export const ticketSlaSchema = z.object({
  /** The ETA promised at creation. */
  eta: z.string(),
  /** When the first response is due under the queue's SLA. */
  dueAt: z.string(),
  /** The queue was already behind when the ETA was made: the ETA is later than the target. */
  queueBreaching: z.boolean(),
  firstRespondedAt: z.string().nullable(),
  state: z.enum(["waiting", "answered_in_time", "answered_late", "late"]),
});
export type TicketSla = z.infer<typeof ticketSlaSchema>;

const minutes = (max: number) => z.number().int().min(0).max(max);
const WEEK_MINUTES = 1440;

/** A business-hours calendar: weekly wall-clock intervals in an IANA time zone, plus holidays. */
export const slaCalendarSchema = z
  .strictObject({
    timeZone: z
      .string()
      .min(1)
      .max(64)
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat("en-US", { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, "Unknown time zone"),
    /** Seven days, Sunday first; each day a list of [startMinute, endMinute) after midnight. */
    week: z
      .array(
        z
          .array(
            z
              .tuple([minutes(WEEK_MINUTES), minutes(WEEK_MINUTES)])
              .refine(([start, end]) => end > start, "An interval must end after it starts"),
          )
          .max(8),
      )
      .length(7),
    holidays: z
      .array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "A date as YYYY-MM-DD"))
      .max(100)
      .default([]),
  })
  .refine((calendar) => calendar.week.some((day) => day.length > 0), {
    message: "A calendar needs at least one open interval",
    path: ["week"],
  });
export type SlaCalendar = z.infer<typeof slaCalendarSchema>;

/** Statuses that may pause the resolution clock (never resolved/closed: those stop it). */
export const PAUSABLE_STATUSES = ["new", "open", "waiting_customer", "reopened"] as const;

const YEAR = 525_600;

/** What an admin or supervisor sets for a queue: SLA targets, the calendar and automation delays. */
export const slaPolicyInputSchema = z.strictObject({
  firstResponseMinutes: minutes(YEAR).min(1),
  nextResponseMinutes: minutes(YEAR).min(1),
  resolutionMinutes: minutes(YEAR).min(1),
  /** When "due soon" fires, as a share of the target. */
  dueSoonRatio: z.number().gt(0).lt(1),
  pauseStatuses: z.array(z.enum(PAUSABLE_STATUSES)).max(4),
  /** null: around the clock. */
  calendar: slaCalendarSchema.nullable(),
  clarifyReminderMinutes: minutes(YEAR).min(1),
  clarifyAutoCloseMinutes: minutes(YEAR).min(1),
  noReplyMinutes: minutes(YEAR).min(1),
  csatDelayMinutes: minutes(YEAR),
  /** "Did it help?" between 24 and 72 hours after resolution. */
  followUpMinutes: z
    .number()
    .int()
    .min(24 * 60)
    .max(72 * 60),
  autoCloseResolvedMinutes: minutes(YEAR).min(60),
});
export type SlaPolicyInput = z.infer<typeof slaPolicyInputSchema>;

export const slaPolicySchema = slaPolicyInputSchema.extend({
  queueId: z.string(),
  /** false: the built-in defaults, nobody saved this queue's policy yet. */
  custom: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type SlaPolicyView = z.infer<typeof slaPolicySchema>;

export const slaPolicyListSchema = z.object({ items: z.array(slaPolicySchema) });
export type SlaPolicyList = z.infer<typeof slaPolicyListSchema>;

/** A ticket's three clocks, for the staff workspace. */
export const slaClockSchema = z.object({
  target: z.enum(["first_response", "next_response", "resolution"]),
  state: z.enum(["running", "paused", "met", "breached", "idle"]),
  dueAt: z.string().nullable(),
  targetMinutes: z.number(),
  breached: z.boolean(),
});
export type SlaClock = z.infer<typeof slaClockSchema>;
export const ticketClocksSchema = z.object({ items: z.array(slaClockSchema) });
export type TicketClocks = z.infer<typeof ticketClocksSchema>;
