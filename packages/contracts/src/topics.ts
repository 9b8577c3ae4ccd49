import { z } from "zod";

export const slugSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, "Must be a lowercase identifier");

export const sectionSchema = z.object({ id: slugSchema, name: z.string() }).meta({ id: "Section" });
export const topicSchema = z
  .object({
    id: slugSchema,
    name: z.string(),
    description: z.string(),
    sections: z.array(sectionSchema),
  })
  .meta({ id: "Topic" });
export type Topic = z.infer<typeof topicSchema>;

export const topicsResponseSchema = z.object({ topics: z.array(topicSchema) });
export type TopicsResponse = z.infer<typeof topicsResponseSchema>;
