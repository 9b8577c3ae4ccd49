#!/usr/bin/env node
// `npm start` / `pnpm start`: install if needed, build the web app, then run the desk (API, web
// app, bot when BOT_TOKEN is set) on one port. Migrations and demo data are applied by the API.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { checkNode, ensureInstalled, root, run } from "./lib.mjs";

checkNode();
ensureInstalled();
if (process.env.SKIP_BUILD !== "1") run(["--filter", "@helpline/web", "build"]);

// The API runs from its own folder so `--import tsx` resolves its own dependency; the data
// directory stays at the repository root unless DATA_DIR says otherwise.
const api = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
  cwd: join(root, "apps/api"),
  stdio: "inherit",
  env: { ...process.env, DATA_DIR: process.env.DATA_DIR ?? join(root, ".data") },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => api.kill(signal));
api.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
