export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

// Field names whose values must never reach a log line, however a caller names them.
const SECRET_KEYS = /authorization|init_?data|token|secret|password|hash|cookie/i;

function redact(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_KEYS.test(key)) out[key] = "[redacted]";
    else if (value instanceof Error) out[key] = { name: value.name, message: value.message };
    else out[key] = value;
  }
  return out;
}

/**
 * One JSON object per line on stdout (stderr for warnings and errors), so logs stay greppable
 * and machine-readable. Secrets are redacted by field name.
 */
export function createLogger(level: LogLevel = "info", write = defaultWrite): Logger {
  const min = ORDER[level];
  const log = (at: Exclude<LogLevel, "silent">) => (message: string, fields?: LogFields) => {
    if (ORDER[at] < min) return;
    const line = JSON.stringify({
      time: new Date().toISOString(),
      level: at,
      msg: message,
      ...(fields ? redact(fields) : {}),
    });
    write(at, line);
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

function defaultWrite(level: LogLevel, line: string) {
  if (level === "warn" || level === "error") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const silentLogger: Logger = createLogger("silent");
