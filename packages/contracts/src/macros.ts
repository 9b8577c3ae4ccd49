import { z } from "zod";
import { ESCALATION_TARGETS, overrideSchema, tagSchema } from "./desk";
import { LOCALES } from "./locales";
import { humanText } from "./text";
import { LIMITS } from "./ticket-values";

/**
 * Macros: reply templates per language with `{variables}` and optional actions. Endpoints are
 * listed in desk.ts. Variables are filled from the ticket, in the customer's language and time
 * zone; a variable that is unknown or cannot be filled is an error, never sent as `{eta}`.
 */
export const MACRO_VARIABLES = ["name", "ticket", "eta", "local_time", "topic", "agent"] as const;
export type MacroVariable = (typeof MACRO_VARIABLES)[number];

/** Statuses a macro may set: asking for something, or marking the ticket done. */
export const MACRO_STATUSES = ["waiting_customer", "open", "resolved"] as const;

export const macroActionsSchema = z.strictObject({
  setStatus: z.enum(MACRO_STATUSES).optional(),
  addTags: z.array(tagSchema).max(5).optional(),
  escalate: z.enum(ESCALATION_TARGETS).optional(),
});
export type MacroActions = z.infer<typeof macroActionsSchema>;

export const macroSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  shortcut: z.string().describe("Typed after `/` in the reply box, e.g. `/eta`"),
  locale: z.enum(LOCALES),
  body: z.string(),
  actions: macroActionsSchema,
  createdBy: z.number().int().nullable(),
  updatedBy: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Macro = z.infer<typeof macroSchema>;

export const macroListSchema = z.object({ items: z.array(macroSchema) });
export type MacroList = z.infer<typeof macroListSchema>;

export const macroListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional().describe("Part of the name or shortcut"),
  locale: z.enum(LOCALES).optional(),
});

const shortcutSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(32)
  .regex(/^[a-z0-9_-]+$/, "Latin letters, digits, _ and - only");

export const macroInputSchema = z.strictObject({
  name: humanText(1, 80),
  shortcut: shortcutSchema,
  locale: z.enum(LOCALES),
  body: humanText(1, LIMITS.messageMax),
  actions: macroActionsSchema.default({}),
  override: overrideSchema.optional(),
});
export type MacroInput = z.input<typeof macroInputSchema>;

export const macroPatchSchema = z.strictObject({
  name: humanText(1, 80).optional(),
  shortcut: shortcutSchema.optional(),
  locale: z.enum(LOCALES).optional(),
  body: humanText(1, LIMITS.messageMax).optional(),
  actions: macroActionsSchema.optional(),
  override: overrideSchema.optional(),
});
export type MacroPatch = z.input<typeof macroPatchSchema>;

export const macroPreviewInputSchema = z
  .strictObject({
    ticketId: z.uuid(),
    macroId: z.uuid().optional(),
    body: humanText(1, LIMITS.messageMax).optional().describe("Preview unsaved text instead"),
  })
  .refine((value) => Boolean(value.macroId) !== Boolean(value.body), "Give macroId or body");
export type MacroPreviewInput = z.infer<typeof macroPreviewInputSchema>;

export const macroPreviewSchema = z.object({
  body: z.string().describe("The text with every variable filled"),
  locale: z.enum(LOCALES),
  actions: macroActionsSchema,
  variables: z.record(z.string(), z.string()).describe("The values used"),
});
export type MacroPreview = z.infer<typeof macroPreviewSchema>;

/** `details` of the 400 a preview or apply answers when a variable cannot be filled. */
export const macroVariableDetailsSchema = z.object({
  fields: z.record(z.string(), z.array(z.string())),
  form: z.array(z.string()),
  variables: z.array(z.string()).describe("Names without braces, e.g. `eta`"),
});

// ─── Banned words ───────────────────────────────────────────────────────────────────────────

export const bannedWordSchema = z.object({
  id: z.uuid(),
  locale: z.enum(LOCALES),
  phrase: z.string(),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
});
export type BannedWord = z.infer<typeof bannedWordSchema>;
export const bannedWordListSchema = z.object({ items: z.array(bannedWordSchema) });
export type BannedWordList = z.infer<typeof bannedWordListSchema>;
export const bannedWordQuerySchema = z.strictObject({ locale: z.enum(LOCALES).optional() });
export const bannedWordInputSchema = z.strictObject({
  locale: z.enum(LOCALES),
  phrase: humanText(1, 100),
});
export type BannedWordInput = z.infer<typeof bannedWordInputSchema>;
export const bannedWordCheckInputSchema = z.strictObject({
  text: z.string().max(LIMITS.messageMax),
});
export type BannedWordCheckInput = z.infer<typeof bannedWordCheckInputSchema>;
