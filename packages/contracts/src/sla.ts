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
