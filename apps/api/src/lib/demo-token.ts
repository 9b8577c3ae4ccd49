import { randomBytes, randomInt } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The token demo mode signs initData with. It is made on first start and kept in the data
 * directory, so demo sessions survive a restart. It is not a Telegram token and reaches nowhere.
 */
export function loadDemoToken(dataDir: string): string {
  const file = join(dataDir, "demo-bot-token");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const token = `${randomInt(1_000_000_000, 9_999_999_999)}:${randomBytes(27).toString("base64url")}`;
  writeFileSync(file, token, { mode: 0o600 });
  return token;
}
