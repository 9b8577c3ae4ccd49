import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LoadJob, LoadMessage, LoadResult } from "./load-types";

const WORKER = fileURLToPath(new URL("./load-worker.ts", import.meta.url));

export interface LoadOutcome {
  warmup: LoadResult;
  measured: LoadResult;
  primed: number;
  createdIds: string[];
}

/**
 * Runs one scenario from a separate Node process. `onMeasuring` fires when the warm-up is over
 * and the measured run begins; `onDone` right after it ends, before anything else happens.
 */
export function runLoad(
  job: LoadJob,
  hooks: { onMeasuring: () => void; onDone: () => void },
): Promise<LoadOutcome> {
  const child = fork(WORKER, [], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const primeBudget = job.request.auths ? 60 : 0;
  const limitMs = (job.warmupSeconds + job.durationSeconds + primeBudget + 60) * 1000;
  return new Promise<LoadOutcome>((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, outcome?: LoadOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill("SIGKILL");
      if (error || !outcome) reject(error ?? new Error("The load process ended without a result"));
      else resolve(outcome);
    };
    const timer = setTimeout(
      () => finish(new Error(`The load process did not finish within ${limitMs / 1000} s`)),
      limitMs,
    );
    child.on("message", (message: LoadMessage) => {
      try {
        if (message.type === "measuring") hooks.onMeasuring();
        else if (message.type === "done") {
          hooks.onDone();
          finish(undefined, message);
        } else finish(new Error(`The load process failed: ${message.message}`));
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    });
    child.on("error", (error) => finish(error));
    child.on("exit", (code) => finish(new Error(`The load process exited with ${code}`)));
    child.send(job);
  });
}
