import { z } from "zod";

/**
 * Human text from a form: trimmed, within limits, and free of NUL characters, which PostgreSQL
 * cannot store (they would turn a bad input into a server error instead of a field error).
 *
 * @example humanText(3, 120) // a subject
 */
export const humanText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !value.includes("\u0000"), "Must not contain NUL characters");

/** A client-chosen id that makes a retried send store one message. */
export const clientIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
