import { z } from "zod";

const BOT_TOKEN_FORMAT = /^\d{5,}:[A-Za-z0-9_-]{30,}$/;

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const httpsUrl = (name: string) =>
  optionalString
    .pipe(z.url({ protocol: /^https$/, error: `${name} must be an https:// URL` }).optional())
    .transform((value) => value?.replace(/\/+$/, ""));

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalString.pipe(
    z
      .url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" })
      .optional(),
  ),
  DATA_DIR: z.string().default(".data"),
  BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(BOT_TOKEN_FORMAT, "BOT_TOKEN does not look like a token from @BotFather")
      .optional(),
  ),
  PUBLIC_URL: httpsUrl("PUBLIC_URL"),
  WEBAPP_URL: httpsUrl("WEBAPP_URL"),
  ADMIN_TELEGRAM_IDS: optionalString.transform((value, ctx) => {
    if (!value) return [] as number[];
    const ids = value.split(",").map((part) => Number(part.trim()));
    if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
      ctx.addIssue({
        code: "custom",
        message: "ADMIN_TELEGRAM_IDS must be a comma-separated list of Telegram user ids",
      });
      return z.NEVER;
    }
    return ids;
  }),
  INIT_DATA_MAX_AGE: z.coerce.number().int().min(60).default(86_400),
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  SEED_DEMO: z
    .enum(["true", "false", "auto"])
    .default("auto")
    .describe("Load demo people and tickets; auto = only in demo mode (no BOT_TOKEN)"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  JOBS_KEEP_DAYS: z.coerce
    .number({ error: "JOBS_KEEP_DAYS must be a whole number of days" })
    .int("JOBS_KEEP_DAYS must be a whole number of days")
    .min(1, "JOBS_KEEP_DAYS must be at least 1")
    .max(3650, "JOBS_KEEP_DAYS must be at most 3650")
    .default(14),
  WEB_DIST: optionalString,
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

/**
 * Reads and checks the configuration once, at start-up. Nothing else in the API reads
 * `process.env`.
 */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "env"}: ${issue.message}`),
    );
  }
  return result.data;
}
