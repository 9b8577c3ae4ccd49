import { timestamp } from "drizzle-orm/pg-core";

/** Every timestamp column: with time zone, read as the driver's string (no `Date` per row). */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

export const createdAt = () => ts("created_at").notNull().defaultNow();
