import { z } from "zod";
import { PRIORITIES, QUEUE_IDS } from "./ticket-values";

const shortText = (max: number) => z.string().trim().min(1).max(max);

/** A routing rule as admins edit it: null conditions match anything. */
export const routingRuleInputSchema = z.object({
  position: z.number().int().min(0).max(10_000),
  name: shortText(80),
  topicId: shortText(64).nullable().default(null),
  sectionId: shortText(64).nullable().default(null),
  language: z.enum(["en", "ru", "fa", "zh"]).nullable().default(null),
  customerTag: shortText(32).nullable().default(null),
  keywords: z.array(shortText(80)).max(50).nullable().default(null),
  queueId: z.enum(QUEUE_IDS),
  priority: z.enum(PRIORITIES).nullable().default(null),
  active: z.boolean().default(true),
});
export type RoutingRuleInput = z.infer<typeof routingRuleInputSchema>;

export const routingRuleSchema = routingRuleInputSchema.extend({ id: z.string().uuid() });
export type RoutingRule = z.infer<typeof routingRuleSchema>;

export const stopPhraseInputSchema = z.object({
  language: z.enum(["en", "ru", "fa", "zh"]),
  phrase: shortText(80),
});
export type StopPhraseInput = z.infer<typeof stopPhraseInputSchema>;

export const stopPhraseSchema = stopPhraseInputSchema.extend({ id: z.string().uuid() });
export type StopPhrase = z.infer<typeof stopPhraseSchema>;

export const routingConfigSchema = z.object({
  rules: z.array(routingRuleSchema),
  stopPhrases: z.array(stopPhraseSchema),
});
export type RoutingConfig = z.infer<typeof routingConfigSchema>;
