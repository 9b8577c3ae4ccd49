import { z } from "zod";
import { LOCALES } from "./locales";
import { QUEUE_IDS } from "./ticket-values";
import { slugSchema } from "./topics";

/**
 * Analytics (issue #8): dashboard figures for analysts, supervisors and admins; export; the
 * weekly report; retention.
 *
 *   GET  /api/admin/analytics/{section}?from&to&tz&queue&topic&language&agent
 *        section: sla | quality | volume | efficiency | product | risk
 *   GET  /api/admin/analytics/export?format=csv|xlsx&kind=tickets|conversations&<filters>
 *   GET  /api/admin/analytics/weekly-reports          <- the stored weekly reports, newest first
 *   PUT  /api/admin/analytics/weekly-reports/subscription {subscribed}
 *   GET  /api/admin/analytics/retention / PUT {retentionDays}   (PUT: admins)
 *
 * Every figure is about the tickets created in the range (the viewer's dates, in `tz`), except
 * the time series of breaches and backlog (by the event's own time) and NPS (by answer time).
 */

export const ANALYTICS_SECTIONS = [
  "sla",
  "quality",
  "volume",
  "efficiency",
  "product",
  "risk",
] as const;
export type AnalyticsSection = (typeof ANALYTICS_SECTIONS)[number];

/** The longest range one request may cover: a year and a day, so "last year" always fits. */
export const ANALYTICS_MAX_DAYS = 366;
export const ANALYTICS_DEFAULT_DAYS = 28;
export const RETENTION_DEFAULT_DAYS = 180;

/** Targets the dashboard highlights (product brief). */
export const ANALYTICS_TARGETS = {
  csatAverage: 4.5,
  reopenRateMax: 15,
  fcrMin: 60,
  fcrMax: 75,
} as const;

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

const dateSchema = z.iso.date();

export const analyticsFilterSchema = z
  .strictObject({
    /** First day, inclusive, in `tz`. Default: 27 days before `to`. */
    from: dateSchema.optional(),
    /** Last day, inclusive, in `tz`. Default: today in `tz`. */
    to: dateSchema.optional(),
    tz: z.string().max(64).refine(isTimeZone, "Unknown time zone").default("UTC"),
    queue: z.enum(QUEUE_IDS).optional(),
    topic: slugSchema.optional(),
    language: z.enum(LOCALES).optional(),
    agent: z.coerce.number().int().positive().optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ["from"],
    message: "from must not be after to",
  });
export type AnalyticsFilterInput = z.input<typeof analyticsFilterSchema>;
export type AnalyticsFilter = z.infer<typeof analyticsFilterSchema>;

export const exportQuerySchema = z
  .strictObject({
    format: z.enum(["csv", "xlsx"]).default("csv"),
    kind: z.enum(["tickets", "conversations"]).default("tickets"),
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    tz: z.string().max(64).refine(isTimeZone, "Unknown time zone").default("UTC"),
    queue: z.enum(QUEUE_IDS).optional(),
    topic: slugSchema.optional(),
    language: z.enum(LOCALES).optional(),
    agent: z.coerce.number().int().positive().optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    path: ["from"],
    message: "from must not be after to",
  });
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** The resolved range every answer echoes: dates in `tz` and the instants they cover. */
export const analyticsRangeSchema = z.object({
  from: z.string(),
  to: z.string(),
  tz: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
});

const percentiles = z.object({
  count: z.number().int(),
  /** Minutes; null without data. */
  p50: z.number().nullable(),
  p90: z.number().nullable(),
});

const attainment = z.object({
  /** Tickets whose outcome is known: answered (resolved), or past due without it. */
  total: z.number().int(),
  met: z.number().int(),
  /** 0–100 with one decimal; null when total is 0. */
  percent: z.number().nullable(),
});

export const slaFiguresSchema = z.object({
  range: analyticsRangeSchema,
  firstResponse: percentiles,
  resolution: percentiles,
  attainment: z.array(
    z.object({ queue: z.string(), firstResponse: attainment, resolution: attainment }),
  ),
  attainmentByTarget: z.object({ firstResponse: attainment, resolution: attainment }),
  breaches: z.array(z.object({ date: z.string(), queue: z.string(), count: z.number().int() })),
});
export type SlaFigures = z.infer<typeof slaFiguresSchema>;

export const qualityFiguresSchema = z.object({
  range: analyticsRangeSchema,
  csat: z.object({
    count: z.number().int(),
    average: z.number().nullable(),
    /** Counts of 1..5 stars, index 0 is one star. */
    distribution: z.array(z.number().int()).length(5),
  }),
  nps: z.object({
    count: z.number().int(),
    promoters: z.number().int(),
    passives: z.number().int(),
    detractors: z.number().int(),
    /** −100..100; null without answers. */
    score: z.number().nullable(),
  }),
  reopen: z.object({
    resolved: z.number().int(),
    reopened: z.number().int(),
    percent: z.number().nullable(),
  }),
  fcr: z.object({
    resolved: z.number().int(),
    firstContact: z.number().int(),
    percent: z.number().nullable(),
  }),
});
export type QualityFigures = z.infer<typeof qualityFiguresSchema>;

const countRow = z.object({ key: z.string(), count: z.number().int() });

export const volumeFiguresSchema = z.object({
  range: analyticsRangeSchema,
  total: z.number().int(),
  perDay: z.array(z.object({ date: z.string(), count: z.number().int() })),
  byTopic: z.array(countRow),
  byQueue: z.array(countRow),
  byChannel: z.array(countRow),
  /** 7 rows (Monday first) of 24 hourly arrival counts, in `tz`. */
  heatmap: z.array(z.array(z.number().int()).length(24)).length(7),
  /** Open tickets at the end of each day. */
  backlog: z.array(z.object({ date: z.string(), open: z.number().int() })),
});
export type VolumeFigures = z.infer<typeof volumeFiguresSchema>;

export const efficiencyFiguresSchema = z.object({
  range: analyticsRangeSchema,
  selfService: z.object({
    kbSolved: z.number().int(),
    botResolved: z.number().int(),
    agentResolved: z.number().int(),
    /** Self-service share of everything resolved, 0–100; null without any. */
    percent: z.number().nullable(),
  }),
  /** Supervisors and admins only; null for analysts. */
  agents: z
    .array(
      z.object({
        agentId: z.number().int(),
        name: z.string(),
        handled: z.number().int(),
        frtP50: z.number().nullable(),
        csatAverage: z.number().nullable(),
      }),
    )
    .nullable(),
});
export type EfficiencyFigures = z.infer<typeof efficiencyFiguresSchema>;

export const productFiguresSchema = z.object({
  range: analyticsRangeSchema,
  /** Top topics and sections, this range against the range of equal length just before. */
  topReasons: z.array(
    z.object({
      topicId: z.string(),
      sectionId: z.string().nullable(),
      count: z.number().int(),
      previous: z.number().int(),
    }),
  ),
  topTags: z.array(countRow),
});
export type ProductFigures = z.infer<typeof productFiguresSchema>;

export const riskFiguresSchema = z.object({
  range: analyticsRangeSchema,
  requests: z.object({
    total: z.number().int(),
    rejected: z.number().int(),
    rateLimited: z.number().int(),
    /** Rejected and rate-limited as a share of all API requests, 0–100; null without traffic. */
    percent: z.number().nullable(),
  }),
  privacy: z.object({
    exports: z.number().int(),
    erasures: z.number().int(),
    purgedTickets: z.number().int(),
  }),
});
export type RiskFigures = z.infer<typeof riskFiguresSchema>;

export const weeklyReportFiguresSchema = z.object({
  from: z.string(),
  to: z.string(),
  created: z.number().int(),
  resolved: z.number().int(),
  frtP50Minutes: z.number().nullable(),
  frtP90Minutes: z.number().nullable(),
  csatAverage: z.number().nullable(),
  topReasons: z.array(z.object({ name: z.string(), count: z.number().int() })),
});

export const weeklyReportSchema = z.object({
  id: z.uuid(),
  from: z.string(),
  to: z.string(),
  current: weeklyReportFiguresSchema,
  previous: weeklyReportFiguresSchema,
  /** Topics with the slowest median first response this week (at least one answered ticket). */
  worstServed: z.array(
    z.object({
      topicId: z.string(),
      frtP50Minutes: z.number(),
      csatAverage: z.number().nullable(),
    }),
  ),
  createdAt: z.string(),
});
export type WeeklyReport = z.infer<typeof weeklyReportSchema>;

export const weeklyReportsSchema = z.object({
  items: z.array(weeklyReportSchema),
  subscribed: z.boolean(),
});

export const subscriptionInputSchema = z.strictObject({ subscribed: z.boolean() });

export const retentionSettingsSchema = z.object({
  retentionDays: z.number().int(),
  updatedAt: z.string().nullable(),
});
export const retentionInputSchema = z.strictObject({
  retentionDays: z.number().int().min(30).max(3650),
});
