import { createDb } from "@helpline/db";
const h = await createDb({ dataDir: process.argv[2]! });
await h.migrate();
await h.db.execute("analyze");
await h.close();
