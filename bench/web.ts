// `pnpm bench:web`: builds the web app and weighs what a customer downloads before the first
// screen, against the budget. BENCH_ENFORCE=1 makes an overrun fail the command.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { measureFirstRender, type Runs } from "./first-render";
import { ROOT } from "./server";

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const KiB = 1024;
const BUDGET = { initialJs: 120 * KiB, initialCss: 20 * KiB };
const WEB = join(ROOT, "apps/web");
const DIST = join(WEB, "dist");

const gzipSize = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;

/** A chunk and everything it imports statically: what loads before it can run. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) staticClosure(manifest, next, seen);
  return seen;
}

function weigh(manifest: Manifest, keys: Iterable<string>) {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
  }
  const sum = (files: Set<string>) => [...files].reduce((total, file) => total + gzipSize(file), 0);
  return { js: sum(js), css: sum(css), files: [...js, ...css] };
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    execFileSync("pnpm", ["--filter", "@helpline/web", "build"], { cwd: ROOT, stdio: "inherit" });
  }
  const manifestFile = join(DIST, ".vite/manifest.json");
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: is build.manifest on in apps/web/vite.config.ts?`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error("The manifest has no entry chunk");

  const initialKeys = staticClosure(manifest, entryKey);
  const initial = weigh(manifest, initialKeys);
  const lazyKeys = Object.keys(manifest).filter(
    (key) => manifest[key]?.isDynamicEntry && !initialKeys.has(key),
  );
  // A lazy chunk costs its own file plus the shared chunks it pulls in beyond the initial ones.
  const lazy = lazyKeys.map((key) => {
    const extra = [...staticClosure(manifest, key)].filter((k) => !initialKeys.has(k));
    return { name: manifest[key]?.src ?? key, ...weigh(manifest, extra) };
  });

  // The build writes the initial JS and CSS into index.html (apps/web/build/inline-first-screen.ts):
  // this is the whole first response of a first visit.
  const page = gzipSize("index.html");
  const rows = [
    ["initial customer JS (entry + static imports)", kib(initial.js), `≤ ${kib(BUDGET.initialJs)}`],
    ["initial CSS", kib(initial.css), `≤ ${kib(BUDGET.initialCss)}`],
    ["index.html, the JS and CSS above inlined (first response)", kib(page), "one request"],
    ...lazy.map((chunk) => [
      `lazy: ${chunk.name}${/admin/.test(chunk.name) ? " (admin)" : ""}`,
      kib(chunk.js + chunk.css),
      "on demand",
    ]),
  ];
  const jsOver = initial.js > BUDGET.initialJs;
  const cssOver = initial.css > BUDGET.initialCss;
  process.stdout.write(
    `\n| bundle (gzip -9) | size | budget |\n|---|---|---|\n${rows.map((row) => `| ${row.join(" | ")} |`).join("\n")}\n\n` +
      `Initial JS ${jsOver ? "OVER" : "within"} budget, CSS ${cssOver ? "OVER" : "within"} budget. ` +
      `Initial files: ${initial.files.join(", ")}\n`,
  );
  if (process.env.BENCH_SKIP_RENDER !== "1") {
    // Timing is printed, not enforced: on a shared 2-core machine it is too noisy for a gate.
    const render = await measureFirstRender(Number(process.env.BENCH_RENDER_PORT ?? 3390));
    const row = (label: string, runs: Runs) =>
      `| ${label} | ${runs.medianMs} ms | ${runs.runsMs.join(", ")} ms | ≤ 1500 ms ${runs.medianMs <= 1500 ? "✓" : "✗"} |`;
    process.stdout.write(
      `\n| "My requests" with 8 tickets painted (390×844, 4× CPU, Fast 3G) | median | runs | target |\n|---|---|---|---|\n` +
        `${row("first visit (fresh profile)", render.cold)}\n${row("next open (same profile)", render.warm)}\n`,
    );
  }
  if ((jsOver || cssOver) && process.env.BENCH_ENFORCE === "1") process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
