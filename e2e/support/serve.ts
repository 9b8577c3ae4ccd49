// The server the journeys run against: the real app, started the README's way but with a test
// bot token, a fresh embedded database, and a local fake Telegram Bot API.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeBotApi } from "@helpline/fake-bot-api";
import { E2E_ADMIN, E2E_BOT_TOKEN } from "./constants";

const root = join(import.meta.dirname, "../..");
const dataDir = mkdtempSync(join(tmpdir(), "helpline-e2e-"));
const fake = await startFakeBotApi({ token: E2E_BOT_TOKEN });

const api = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
  cwd: join(root, "apps/api"),
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: process.env.E2E_PORT ?? "3100",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    BOT_TOKEN: E2E_BOT_TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    INIT_DATA_MAX_AGE: "3600",
    SEED_DEMO: "false",
    ADMIN_TELEGRAM_IDS: String(E2E_ADMIN.id),
    LOG_LEVEL: "warn",
  },
});

const stop = async () => {
  api.kill("SIGTERM");
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void stop().then(() => process.exit(0)));
}
api.on("exit", (code) => {
  void fake.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
