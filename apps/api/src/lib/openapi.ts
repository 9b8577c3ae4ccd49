import { ERROR_STATUS, type ErrorCode, errorBodySchema } from "@helpline/contracts/errors";
import type { z } from "zod";

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { "application/json": { schema } },
  required: true,
});

const ERROR_DESCRIPTIONS: Record<ErrorCode, string> = {
  unauthorized: "Missing, malformed, tampered or expired `tma` authorization (`details.reason`)",
  forbidden: "Signed in, but this role may not do this",
  not_found: "No such resource for this caller",
  validation_failed: "Invalid input; `details.fields` lists the problems per field",
  payload_too_large: "The body is larger than this endpoint accepts",
  rate_limited: "Too many requests; see the `Retry-After` header",
  conflict: "The request conflicts with the current state",
  banned_words: "The text contains banned phrases; `details.matches` lists each with its position",
  internal: "Unexpected server error",
};

/** The error responses a route can give, documented with the shared error body. */
export function errorResponses(...codes: ErrorCode[]) {
  return Object.fromEntries(
    codes.map((code) => [
      ERROR_STATUS[code],
      jsonContent(errorBodySchema, ERROR_DESCRIPTIONS[code]),
    ]),
  ) as Record<number, ReturnType<typeof jsonContent<typeof errorBodySchema>>>;
}

/** Every authenticated route can answer these. */
export const AUTH_ERRORS = [
  "unauthorized",
  "rate_limited",
  "internal",
] as const satisfies ErrorCode[];

export const tmaSecurity = [{ tma: [] }];
