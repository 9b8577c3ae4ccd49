import type { StaffRole } from "@helpline/contracts/users";
import { schema } from "@helpline/db";
import { expect } from "vitest";
import { createJobRunner, type JobRunner } from "../features/jobs/jobs";
import type { InitDataUser } from "../lib/init-data";
import { silentLogger } from "../lib/logger";
import { createTestApp, type TestApp } from "./test-app";

const MIN = 60_000;

/** The real app on a fake clock, with its own durable-job runner (SLA timers, triggers). */
export interface ClockedDesk {
  t: TestApp;
  runner: JobRunner;
  /**
   * Where `at` counts from: a whole minute, so arithmetic in assertions stays exact (a test may
   * move it, to start on a given date).
   */
  start: number;
  /** The desk's clock now; a test may set it. */
  clock: number;
  /** Moves the clock to `offset` after the start and runs every job due by then. */
  at(offset: number): Promise<number>;
  /** A request signed at the clock's time, so hours later the session is still fresh. */
  call(
    method: string,
    path: string,
    user: InitDataUser,
    body?: unknown,
  ): ReturnType<TestApp["call"]>;
  close(): Promise<void>;
}

/**
 * A desk whose clock a test moves by hand, with these staff. The runner runs the app's own job
 * handlers (as main.ts does), so what a job changes reaches the app's live streams too.
 */
export async function createClockedDesk(
  staff: readonly (readonly [InitDataUser, StaffRole])[],
): Promise<ClockedDesk> {
  const start = Math.ceil(Date.now() / MIN) * MIN;
  const desk = { clock: start } as ClockedDesk;
  const t = await createTestApp({ now: () => desk.clock });
  for (const [user, role] of staff) {
    await t.handle.db.insert(schema.staffRoles).values({ userId: user.id, role });
  }
  const runner = createJobRunner({
    db: t.handle.db,
    handlers: t.services.sla.handlers(),
    logger: silentLogger,
    now: () => desk.clock,
  });
  return Object.assign(desk, {
    t,
    runner,
    start,
    async at(offset: number) {
      desk.clock = desk.start + offset;
      let done = 0;
      for (;;) {
        const result = await runner.tick();
        expect(result.failed).toBe(0);
        done += result.done;
        if (result.done === 0) return done;
      }
    },
    call(method: string, path: string, user: InitDataUser, body?: unknown) {
      const authorization = t.auth(user, { authDate: Math.floor(desk.clock / 1000) });
      return t.call(method, path, { body, headers: { authorization } });
    },
    close: () => t.close(),
  });
}
