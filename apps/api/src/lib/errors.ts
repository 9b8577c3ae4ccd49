import {
  ERROR_STATUS,
  type ErrorBody,
  type ErrorCode,
  type UnauthorizedReason,
  type ValidationDetails,
} from "@helpline/contracts/errors";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import type { Logger } from "./logger";

/**
 * The one error type services throw. `onError` turns it into the documented JSON shape, so
 * handlers never build error responses by hand.
 *
 * @example throw new AppError("not_found", "Ticket not found");
 */
export class AppError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = ERROR_STATUS[code] as ContentfulStatusCode;
  }
}

export const unauthorized = (reason: UnauthorizedReason, message: string) =>
  new AppError("unauthorized", message, { reason });

export const notFound = (what = "Resource") => new AppError("not_found", `${what} not found`);

function push(record: Record<string, string[]>, key: string, message: string) {
  const list = record[key] ?? [];
  list.push(message);
  record[key] = list;
}

/** Field errors keyed by dotted path (`sections.0.id`), plus errors about the whole input. */
export function validationDetails(error: ZodError, prefix?: string): ValidationDetails {
  const details: ValidationDetails = { fields: {}, form: [] };
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const field = [path, key].filter(Boolean).join(".");
        push(details.fields, field, "Unknown field");
      }
      continue;
    }
    if (!path) details.form.push(issue.message);
    else push(details.fields, path, issue.message);
  }
  return details;
}

export function validationFailed(error: ZodError, prefix?: string): AppError {
  return new AppError(
    "validation_failed",
    "The request has invalid fields",
    validationDetails(error, prefix),
  );
}

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** The app's single error handler: known errors keep their code, anything else is a bare 500. */
export function handleError(logger: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof AppError) {
      if (error.headers)
        for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(errorBody(error.code, error.message, error.details), error.status);
    }
    if (error instanceof HTTPException) {
      // Body parsing problems (malformed JSON, a body that is not JSON) are bad input like any
      // other: 400 validation_failed with a form-level message, not 415 or a bare 400.
      if (error.status === 400 || error.status === 415) {
        const message =
          error.status === 415
            ? "Send the body as JSON with Content-Type: application/json"
            : error.message || "The body is not valid JSON";
        return c.json(
          errorBody("validation_failed", "The request body could not be read", {
            fields: {},
            form: [message],
          }),
          400,
        );
      }
      const code = codeForStatus(error.status);
      return c.json(errorBody(code, error.message || defaultMessage(code)), error.status);
    }
    logger.error("Unhandled error", {
      method: c.req.method,
      path: c.req.path,
      error: { name: error.name, message: withoutQueryParams(error.message) },
    });
    return c.json(errorBody("internal", "Something went wrong on our side"), 500);
  };
}

function codeForStatus(status: number): ErrorCode {
  const match = Object.entries(ERROR_STATUS).find(([, value]) => value === status);
  return (
    (match?.[0] as ErrorCode | undefined) ?? (status >= 500 ? "internal" : "validation_failed")
  );
}

function defaultMessage(code: ErrorCode): string {
  return code === "internal" ? "Something went wrong on our side" : code.replace(/_/g, " ");
}

/**
 * Database errors quote the failed query with its parameters (ids, message text): personal data
 * that has no place in a log line. Keep the query shape, drop the values.
 */
export function withoutQueryParams(message: string): string {
  const cut = message.indexOf("\nparams:");
  return (cut === -1 ? message : message.slice(0, cut)).slice(0, 500);
}
