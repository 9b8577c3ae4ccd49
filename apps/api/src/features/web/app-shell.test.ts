import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app";

// A build shaped like ours (apps/web/build/inline-first-screen.ts): an import map, the early
// script, the first screen's code as an inline module, a lazy chunk by URL.
const IMPORT_MAP = `{"imports":{"/assets/index-abc.js":"/assets/index-abc.from-page.js"}}`;
const BOOT = `window.booted = true;`;
const FIRST_SCREEN = `globalThis.__helplineChunks={};`;
const INDEX = `<!doctype html><html><head><script type="importmap">${IMPORT_MAP}</script>
<script>${BOOT}</script>
<style>body{color:red}</style>
<script type="module">${FIRST_SCREEN}</script>
<script type="module" crossorigin src="/assets/lazy-abc.js"></script>
</head><body><div id="root"></div></body></html>`;
const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

describe("the web app", () => {
  let dist: string;
  let t: TestApp;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "helpline-shell-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), INDEX);
    writeFileSync(join(dist, "assets/index-abc.from-page.js"), "export {}");
    writeFileSync(join(dist, "assets/lazy-abc.js"), "export {}");
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
    expect(scriptSrc?.[1]).toBe(`'self' ${sha(IMPORT_MAP)} ${sha(BOOT)} ${sha(FIRST_SCREEN)}`);
    expect(scriptSrc?.[1]).not.toContain("unsafe-inline");
  });

  it("answers a revalidation of an unchanged page with a 304 and no body", async () => {
    const first = await t.app.request("/", { headers: { "accept-encoding": "gzip" } });
    const tag = first.headers.get("etag") ?? "";
    expect(tag).toMatch(/^W\/"[\w-]{27}"$/);
    // The gzipped page carries the same tag: it is the same page.
    expect((await t.app.request("/settings")).headers.get("etag")).toBe(tag);

    const again = await t.app.request("/tickets/1", { headers: { "if-none-match": tag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(tag);
    expect(again.headers.get("cache-control")).toBe("no-cache");

    const strong = tag.replace(/^W\//, "");
    const listed = await t.app.request("/", { headers: { "if-none-match": `"x", ${strong}` } });
    expect(listed.status).toBe(304);

    const stale = await t.app.request("/", { headers: { "if-none-match": 'W/"an-older-build"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(INDEX);
  });

  it("serves hashed assets for a year and a missing one as a plain 404", async () => {
    const asset = await t.app.request("/assets/lazy-abc.js");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await t.app.request("/assets/nope.js")).status).toBe(404);
  });
});
