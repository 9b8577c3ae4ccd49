import type { BotLogger, LogFields } from "./lib/logger";

export interface LogLine {
  level: "info" | "warn" | "error";
  msg: string;
  fields: LogFields | undefined;
}

/** A logger for tests that keeps every line, so tests can count and inspect them. */
export function recordingLogger(): BotLogger & {
  lines: LogLine[];
  of(level: LogLine["level"]): LogLine[];
} {
  const lines: LogLine[] = [];
  const at = (level: LogLine["level"]) => (msg: string, fields?: LogFields) => {
    lines.push({ level, msg, fields });
  };
  return {
    lines,
    of: (level) => lines.filter((line) => line.level === level),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
  };
}
