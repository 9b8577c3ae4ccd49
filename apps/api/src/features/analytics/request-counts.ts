import { type Db, sql } from "@helpline/db";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../app-env";

/** Statuses that mean "turned away": bad or unsigned input, forbidden, oversized. */
const REJECTED = new Set([400, 401, 403, 413]);

/**
 * Counts API requests per UTC day and outcome in memory and adds them to `api_request_counts`
 * on `flush()`: one small upsert a minute instead of a write per request. A crash loses at most
 * the unflushed minute, which a share of traffic can afford.
 */
export class RequestCounter {
  private pending = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  middleware(): MiddlewareHandler<AppEnv> {
    return async (c, next) => {
      await next();
      const status = c.res.status;
      this.add("total");
      if (status === 429) this.add("rate_limited");
      else if (REJECTED.has(status)) this.add("rejected");
    };
  }

  private add(outcome: string) {
    const key = `${new Date(this.now()).toISOString().slice(0, 10)}|${outcome}`;
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  async flush(db: Db): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending].map(([key, count]) => {
      const [day, outcome] = key.split("|");
      return { day, outcome, count };
    });
    this.pending = new Map();
    try {
      await db.execute(sql`
        insert into api_request_counts (day, outcome, count)
        select (x->>'day')::date, x->>'outcome', (x->>'count')::bigint
        from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) x
        on conflict (day, outcome) do update set count = api_request_counts.count + excluded.count`);
    } catch (error) {
      // Put them back: the next flush tries again.
      for (const { day, outcome, count } of batch) {
        const key = `${day}|${outcome}`;
        this.pending.set(key, (this.pending.get(key) ?? 0) + count);
      }
      throw error;
    }
  }
}
