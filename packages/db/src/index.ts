export { createDb, type Db, type DbHandle, type DbOptions, migrationsFolder, ping } from "./client";
export { DataDirLockedError } from "./pglite-lock";
export * as schema from "./schema";
export { DEMO_USERS, revokeDemoStaff, seedDemo } from "./seed/demo";
export { DEFAULT_QUEUES, DEFAULT_TOPICS, seedReference } from "./seed/reference";
export { DEFAULT_ROUTING_RULES, DEFAULT_STOP_PHRASES, seedRouting } from "./seed/routing";
export { toIso } from "./time";
