import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app";

// A build shaped like Vite's: a small inline script in the page, an entry module, a stylesheet.
const BOOT = `window.booted = true;`;
const INDEX = `<!doctype html><html><head><script>${BOOT}</script>
<script type="module" crossorigin src="/assets/index-abc.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index-abc.css">
</head><body><div id="root"></div></body></html>`;
const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

describe("the web app", () => {
  let dist: string;
  let t: TestApp;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "helpline-shell-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), INDEX);
    writeFileSync(join(dist, "assets/index-abc.js"), "export {}");
    writeFileSync(join(dist, "assets/index-abc.css"), "body{color:red}");
    t = await createTestApp({ webDist: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("allows the page's own inline script by its hash, and no other inline code", async () => {
    const res = await t.app.request("/tickets/some-id");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const scriptSrc = /script-src ([^;]+)/.exec(res.headers.get("content-security-policy") ?? "");
    expect(scriptSrc?.[1]).toBe(`'self' ${sha(BOOT)}`);
  });

  it("serves hashed assets for a year and a missing one as a plain 404", async () => {
    const asset = await t.app.request("/assets/index-abc.js");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await t.app.request("/assets/nope.js")).status).toBe(404);
  });
});
