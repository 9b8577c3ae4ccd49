import type { Db } from "@helpline/db";
import type { JobHandler } from "../jobs/jobs";
import { createAnalyticsRepo } from "./analytics.repo";
import { createAnalyticsService } from "./analytics.service";
import { RETENTION_JOB, retentionHandler, scheduleRetention } from "./retention";
import { ROLLUP_JOB, rollupHandler, scheduleRollup } from "./rollup";
import { scheduleWeeklyReport, WEEKLY_REPORT_JOB, weeklyReportHandler } from "./weekly-report";

/** The analytics feature as the app wires it: the dashboard service and its three scheduled jobs. */
export function createAnalytics(db: Db, now: () => number = Date.now) {
  return {
    service: createAnalyticsService(createAnalyticsRepo(db), now),
    handlers(): Record<string, JobHandler> {
      return {
        [RETENTION_JOB]: retentionHandler(now),
        [WEEKLY_REPORT_JOB]: weeklyReportHandler(now),
        [ROLLUP_JOB]: rollupHandler(now),
      };
    },
    /** Makes sure the next retention run, weekly report and rollup run are queued; idempotent. */
    async schedule() {
      await scheduleRollup(db, now());
      await scheduleRetention(db, now());
      await scheduleWeeklyReport(db, now());
    },
  };
}
