import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  topFrames: { frame: string; selfMs: number; percent: number }[];
  byArea: { area: string; selfMs: number; percent: number }[];
}

/** Where a frame's code lives: a package, the Helpline source, Node itself or V8. */
function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  if (url.startsWith("node:")) return "node internals";
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm?.[1]) return pnpm[1];
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plain?.[1]) return plain[1];
  const own = /\/(apps|packages)\/([^/]+)\//.exec(url);
  if (own) return `helpline ${own[1]}/${own[2]}`;
  return url;
}

function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\/.*?node_modules\/\.pnpm\/[^/]+\/node_modules\//, "")
    .replace(/^file:\/\/.*?\/(apps|packages)\//, "$1/");
}

/**
 * The main thread's profile. Node writes one per thread, `CPU.<date>.<time>.<pid>.<tid>.<n>`,
 * and under tsx the module loader runs on a thread of its own (tid 1) that is idle under load.
 */
function mainThreadProfile(dir: string): string | undefined {
  const files = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"));
  return files.find((name) => name.split(".")[4] === "0") ?? files.sort().at(0);
}

/** Self time per frame and per package, from the server's main-thread `.cpuprofile`. */
export function summarizeProfile(dir: string, top = 25): ProfileSummary {
  const file = mainThreadProfile(dir);
  if (!file) throw new Error(`No .cpuprofile in ${dir}`);
  const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const frames = new Map<string, number>();
  const areas = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += us;
    const name = `${frame.functionName || "(anonymous)"} ${shortUrl(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    frames.set(name, (frames.get(name) ?? 0) + us);
    const area = areaOf(frame.url, frame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
  }
  const rank = (entries: Map<string, number>, limit: number) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([key, us]) => ({ key, selfMs: us / 1000, percent: (us / total) * 100 }));
  return {
    totalMs: total / 1000,
    topFrames: rank(frames, top).map(({ key, ...rest }) => ({ frame: key, ...rest })),
    byArea: rank(areas, 20).map(({ key, ...rest }) => ({ area: key, ...rest })),
  };
}

export function profileMarkdown(summary: ProfileSummary): string {
  const lines = [
    `Sampled ${(summary.totalMs / 1000).toFixed(1)} s of server CPU time (self time; idle included).`,
    "",
    "| area | self ms | % |",
    "|---|---|---|",
    ...summary.byArea.map(
      (row) => `| ${row.area} | ${row.selfMs.toFixed(0)} | ${row.percent.toFixed(1)} |`,
    ),
    "",
    "| frame | self ms | % |",
    "|---|---|---|",
    ...summary.topFrames.map(
      (row) =>
        `| \`${row.frame.replaceAll("|", "\\|")}\` | ${row.selfMs.toFixed(0)} | ${row.percent.toFixed(1)} |`,
    ),
  ];
  return lines.join("\n");
}
