export * from "./desk";
export * from "./errors";
export * from "./kb";
export * from "./locales";
export * from "./tickets";
export * from "./topics";
export * from "./users";
