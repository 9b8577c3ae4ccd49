export { createDb, type Db, type DbHandle, type DbOptions, migrationsFolder, ping } from "./client";
export { DataDirLockedError } from "./pglite-lock";
export * as schema from "./schema";
export {
  DEFAULT_BANNED_WORDS,
  DEMO_MACRO_COUNT,
  seedBannedWords,
  seedDemoMacros,
} from "./seed/console";
export { DEMO_USERS, revokeDemoStaff, seedDemo } from "./seed/demo";
export { DEFAULT_QUEUES, DEFAULT_TOPICS, seedReference } from "./seed/reference";
export { toIso } from "./time";
