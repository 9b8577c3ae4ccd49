import type { ErrorBody, ErrorCode } from "@helpline/contracts/errors";
import { launchState } from "./telegram";

/** An API error with the server's code; screens branch on `code`, never on `message`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "network",
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get reason(): string | undefined {
    return (this.details as { reason?: string } | undefined)?.reason;
  }

  /** Field errors of a 400 `validation_failed`, keyed by field. */
  get fields(): Record<string, string[]> {
    return (this.details as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
  }
}

type Listener = (error: ApiError) => void;
const authListeners = new Set<Listener>();

/** Called when the server refuses our Telegram session (expired or invalid). */
export function onAuthError(listener: Listener): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Calls the Helpline API with the Mini App's signed launch data as `Authorization: tma …`.
 *
 * @example const page = await apiRequest<TicketPage>("/api/tickets?limit=20");
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const launch = launchState();
  const headers: Record<string, string> = { ...options.headers };
  if (launch.kind === "telegram") headers.authorization = `tma ${launch.initDataRaw}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "network", "No connection");
  }
  if (response.status === 204) return null as T;
  if (response.ok) return (await response.json()) as T;

  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const error = new ApiError(
    response.status,
    body?.error.code ?? (response.status >= 500 ? "internal" : "validation_failed"),
    body?.error.message ?? response.statusText,
    body?.error.details,
  );
  if (error.code === "unauthorized") for (const listener of authListeners) listener(error);
  throw error;
}
