import { createDb } from "@helpline/db";
const h = await createDb({ dataDir: process.argv[2]! });
const q = async (s: string) => console.log(s, JSON.stringify((await h.db.execute(s)).rows));
await q("delete from outbox returning 1");
await h.close();
