/** What the harness asks the load process to do (sent over IPC, so plain data only). */
export interface LoadJob {
  url: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Run each signed initData through the server once first (the auth cache warms up). */
  primePath?: string;
  request: LoadRequest;
}

export type LoadRequest =
  /** With `paths`, request n asks for `paths[n % paths.length]` instead of `path`. */
  | { kind: "get"; path: string; paths?: string[]; auths?: string[] }
  | { kind: "create-ticket"; auths: string[]; keyPrefix: string }
  | { kind: "add-message"; auths: string[]; ticketIds: string[]; keyPrefix: string };

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

/** Messages from the load process. */
export type LoadMessage =
  | { type: "measuring" }
  | {
      type: "done";
      warmup: LoadResult;
      measured: LoadResult;
      primed: number;
      /** Ids from the 201 answers of the create scenario (warm-up included). */
      createdIds: string[];
    }
  | { type: "failed"; message: string };
