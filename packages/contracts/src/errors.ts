import { z } from "zod";

/**
 * Every error the API answers with has this code set. The web app and integrators branch on
 * `code` (never on `message`, which is English prose for humans and may change).
 */
export const ERROR_CODES = [
  "unauthorized",
  "forbidden",
  "not_found",
  "validation_failed",
  "payload_too_large",
  "rate_limited",
  "conflict",
  "banned_words",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why an `Authorization: tma …` header was refused (`details.reason` on a 401). */
export const UNAUTHORIZED_REASONS = ["missing", "malformed", "bad_signature", "expired"] as const;
export type UnauthorizedReason = (typeof UNAUTHORIZED_REASONS)[number];

/** `details` of a 400 `validation_failed`: messages per dotted field path, and form-level ones. */
export const validationDetailsSchema = z
  .object({
    fields: z.record(z.string(), z.array(z.string())),
    form: z.array(z.string()),
  })
  .meta({ id: "ValidationDetails" });
export type ValidationDetails = z.infer<typeof validationDetailsSchema>;

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "Error" });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The HTTP status that goes with each code, so server and clients agree. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  validation_failed: 400,
  payload_too_large: 413,
  rate_limited: 429,
  conflict: 409,
  banned_words: 422,
  internal: 500,
};
