export * from "./desk";
export * from "./errors";
export * from "./locales";
export * from "./tickets";
export * from "./topics";
export * from "./users";
