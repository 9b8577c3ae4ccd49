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
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

interface EarlyRequests {
  initData: string;
  responses: Record<string, Promise<Response> | undefined>;
}

/**
 * The response to a GET that index.html's inline script started before the app loaded, if it was
 * made with the same launch data; each is handed out once, later calls fetch afresh.
 */
function takeEarlyResponse(path: string, initDataRaw: string): Promise<Response> | undefined {
  const early = (globalThis as { __helplineEarly?: EarlyRequests }).__helplineEarly;
  if (!early || early.initData !== initDataRaw) return undefined;
  const response = early.responses[path];
  delete early.responses[path];
  return response;
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
  const early =
    launch.kind === "telegram" && (options.method ?? "GET") === "GET"
      ? takeEarlyResponse(path, launch.initDataRaw)
      : undefined;
  let response: Response | undefined = await early?.catch(() => undefined);
  try {
    response ??= await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "network", "No connection");
  }
  // 204 No Content (feedback, events, deletions) has no body to parse.
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
