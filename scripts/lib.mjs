// Shared by start.mjs and pnpm.mjs: find pnpm (or fetch the pinned one with npx) and install
// dependencies when they are missing, so a fresh clone needs nothing but Node.js.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const pinned = pkg.packageManager.replace(/^pnpm@/, "");

export function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Helpline needs Node.js 20.19 or newer; this is ${process.version}.`);
    process.exit(1);
  }
}

let command;
/** `pnpm` when the pinned major is on PATH, else the pinned version through npx. */
export function pnpmCommand() {
  if (command) return command;
  const probe = spawnSync("pnpm", ["--version"], {
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (probe.status === 0 && probe.stdout.trim().split(".")[0] === pinned.split(".")[0]) {
    command = ["pnpm"];
  } else {
    // Corepack would be the usual route, but its signature check fails against some registry
    // mirrors and it is gone from Node 25; npx works everywhere npm does.
    command = ["npx", "--yes", `pnpm@${pinned}`];
  }
  return command;
}

export function run(args, options = {}) {
  const [bin, ...pre] = pnpmCommand();
  const result = spawnSync(bin, [...pre, ...args], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
    ...options,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Installs when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = join(root, "node_modules", ".modules.yaml");
  const lock = join(root, "pnpm-lock.yaml");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.info("Installing dependencies (first run)…");
  run(["install", "--frozen-lockfile"], { env: { ...process.env, CI: process.env.CI ?? "" } });
}
