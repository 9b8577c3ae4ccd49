// The load generator's own process: autocannon here never shares an event loop with the server
// or with the harness that samples the server's CPU and memory.
import autocannon from "autocannon";
import type { LoadJob, LoadMessage, LoadRequest, LoadResult } from "./load-types";

type Request = autocannon.Request;

const send = (message: LoadMessage) => process.send?.(message);

// One counter for the whole job, so warm-up and measured requests never reuse a key.
let sequence = 0;
const createdIds: string[] = [];

const authHeader = (auths: readonly string[], n: number) => ({
  authorization: `tma ${auths[n % auths.length]}`,
});

function requestFor(spec: LoadRequest): Request {
  switch (spec.kind) {
    case "get":
      return {
        method: "GET",
        path: spec.path,
        setupRequest: (request) => {
          const n = sequence++;
          const path = spec.paths ? (spec.paths[n % spec.paths.length] ?? spec.path) : spec.path;
          return spec.auths
            ? { ...request, path, headers: authHeader(spec.auths, n) }
            : { ...request, path };
        },
      };
    case "create-ticket":
      return {
        method: "POST",
        path: "/api/tickets",
        // What the server acknowledged, to look each one up in the database afterwards.
        onResponse: (status, body) => {
          if (status === 201) createdIds.push(String((JSON.parse(body) as { id: unknown }).id));
        },
        setupRequest: (request) => {
          const n = sequence++;
          return {
            ...request,
            headers: {
              ...authHeader(spec.auths, n),
              "content-type": "application/json",
              "idempotency-key": `${spec.keyPrefix}${n}`,
            },
            body: JSON.stringify({
              topicId: "orders",
              sectionId: "order-status",
              subject: "Order has not arrived",
              description: `My order has not arrived and tracking has not moved for a week (${n}).`,
            }),
          };
        },
      };
    case "add-message":
      return {
        method: "POST",
        setupRequest: (request) => {
          const n = sequence++;
          const i = n % spec.auths.length;
          return {
            ...request,
            path: `/api/tickets/${spec.ticketIds[i]}/messages`,
            headers: { ...authHeader(spec.auths, i), "content-type": "application/json" },
            body: JSON.stringify({
              body: "Any news about my order? The courier has not called.",
              clientId: `${spec.keyPrefix}-${n}`,
            }),
          };
        },
      };
  }
}

function summarize(result: autocannon.Result): LoadResult {
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = stats.count ?? 0;
  }
  const requests = result.requests.total;
  return {
    requests,
    seconds: result.duration,
    requestsPerSecond: result.duration > 0 ? requests / result.duration : 0,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.mean,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
  };
}

function run(job: LoadJob, options: { duration?: number; amount?: number; request: Request }) {
  return autocannon({
    url: job.url,
    // autocannon refuses more connections than requests.
    connections: Math.min(job.connections, options.amount ?? job.connections),
    ...(options.duration ? { duration: options.duration } : {}),
    ...(options.amount ? { amount: options.amount } : {}),
    requests: [options.request],
  });
}

async function main(job: LoadJob) {
  let primed = 0;
  const auths = job.request.auths;
  if (job.primePath && auths) {
    const prime = await run(job, {
      amount: auths.length,
      request: { method: "GET", path: job.primePath, setupRequest: primer(auths) },
    });
    primed = prime["2xx"];
  }
  const warmup = await run(job, { duration: job.warmupSeconds, request: requestFor(job.request) });
  send({ type: "measuring" });
  const measured = await run(job, {
    duration: job.durationSeconds,
    request: requestFor(job.request),
  });
  send({
    type: "done",
    warmup: summarize(warmup),
    measured: summarize(measured),
    primed,
    createdIds,
  });
}

function primer(auths: readonly string[]) {
  let n = 0;
  return (request: Request): Request => ({ ...request, headers: authHeader(auths, n++) });
}

process.once("message", (job: LoadJob) => {
  main(job).then(
    () => process.disconnect(),
    (error: unknown) => {
      send({
        type: "failed",
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      process.disconnect();
    },
  );
});
// The harness went away: stop rather than hammer a server nobody measures.
process.on("disconnect", () => process.exit(0));
