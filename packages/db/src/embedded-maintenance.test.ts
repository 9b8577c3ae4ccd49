import { describe, expect, it } from "vitest";
import { createDb } from "./client";
import { seedReference } from "./seed/reference";

// What only the embedded database offers (ADR 017): a change feed of customers' tickets and the
// maintenance autovacuum would do on a server. Both are absent on PostgreSQL by design.
describe("the embedded database's extras", () => {
  it("vacuums and analyses the churning tables on request", async () => {
    const handle = await createDb({});
    try {
      await handle.migrate();
      const stats = async () =>
        (
          (await handle.db.execute(
            "select last_vacuum, last_analyze from pg_stat_user_tables where relname = 'jobs'",
          )) as unknown as { rows: { last_vacuum: string | null; last_analyze: string | null }[] }
        ).rows[0];
      expect(await stats()).toMatchObject({ last_vacuum: null, last_analyze: null });
      await handle.maintain?.({ analyze: false });
      expect((await stats())?.last_vacuum).not.toBeNull();
      expect((await stats())?.last_analyze).toBeNull();
      await handle.maintain?.({ analyze: true });
      expect((await stats())?.last_analyze).not.toBeNull();
    } finally {
      await handle.close();
    }
  });

  it("reports each customer whose ticket a commit changed, before the commit returns", async () => {
    const handle = await createDb({});
    try {
      await handle.migrate();
      const seen: number[] = [];
      await handle.onTicketsChanged?.((customerId) => seen.push(customerId));
      await seedReference(handle.db);
      await handle.db.execute("insert into users (id, first_name) values (501, 'A'), (502, 'B')");
      expect(seen).toEqual([]);
      await handle.db.transaction(async (tx) => {
        await tx.execute(
          "insert into tickets (id, customer_id, topic_id, subject, queue_id, eta) values (gen_random_uuid(), 501, 'orders', 'Late parcel', 'l1', now())",
        );
        // Not yet: a rolled-back change must not count.
        expect(seen).toEqual([]);
      });
      expect(seen).toEqual([501]);
      await handle.db.execute("update tickets set customer_id = 502");
      expect(seen).toEqual([501, 501, 502]);
    } finally {
      await handle.close();
    }
  });
});
