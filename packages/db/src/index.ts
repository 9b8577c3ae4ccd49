export { sql } from "drizzle-orm";
export { createDb, type Db, type DbHandle, type DbOptions, migrationsFolder, ping } from "./client";
export * from "./kb/search";
export { expandSynonyms } from "./kb/synonyms";
export * from "./kb/text";
export * from "./kb/write";
export { DataDirLockedError } from "./pglite-lock";
export * as schema from "./schema";
export {
  DEFAULT_BANNED_WORDS,
  DEMO_MACRO_COUNT,
  seedBannedWords,
  seedDemoMacros,
} from "./seed/console";
export { DEMO_USERS, revokeDemoStaff, seedDemo } from "./seed/demo";
export { DEMO_KB_ARTICLES, type DemoKbArticle } from "./seed/kb";
export { seedKbDemo } from "./seed/kb-demo";
export { DEFAULT_QUEUES, DEFAULT_TOPICS, seedReference } from "./seed/reference";
export { DEFAULT_ROUTING_RULES, DEFAULT_STOP_PHRASES, seedRouting } from "./seed/routing";
export { toIso } from "./time";
