import { describe, expect, it } from "vitest";
import { type BuiltChunk, fillCatalogues, inlinePage } from "./inline-first-screen";

// Chunks shaped like the build's: a shared chunk holding the runtime, an entry that imports it
// and starts a lazy screen, and that lazy screen importing both by URL.
const shared: BuiltChunk = {
  fileName: "assets/shared-1.js",
  imports: [],
  code: `let n=0;function count(){return++n}class Store{}var store=new Store;export{count as a,store as b,Store as default};`,
};
const entry: BuiltChunk = {
  fileName: "assets/index-1.js",
  imports: ["assets/shared-1.js"],
  code: `import{a as c,b as s}from"./shared-1.js";import D from"./shared-1.js";c();const lazy=()=>import(\`./lazy-1.js\`);export{lazy as l,s as t,D as d};`,
};
const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <script>const catalogues = {};</script>
    <title>Helpline</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shared-1.js">
    <link rel="stylesheet" crossorigin href="/assets/index-1.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

const build = (chunks: BuiltChunk[] = [shared, entry], css = "body{color:red}") =>
  inlinePage({
    html: HTML,
    chunks: new Map(chunks.map((chunk) => [chunk.fileName, chunk])),
    entry: "assets/index-1.js",
    css: new Map([["assets/index-1.css", css]]),
  });

const inlineModules = (html: string) =>
  [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");

type Scope = {
  __helplineChunks?: Record<string, Record<string, unknown>>;
  __helplineWithoutImportMaps?: boolean;
};
const asModule = (code: string) => `data:text/javascript,${encodeURIComponent(code)}`;

/** Runs the page's inline modules in order, as the browser does, and returns what they registered. */
async function runInline(html: string, withImportMaps = true) {
  const scope = globalThis as Scope;
  delete scope.__helplineChunks;
  scope.__helplineWithoutImportMaps = !withImportMaps;
  for (const code of inlineModules(html)) await import(asModule(code));
  return scope.__helplineChunks;
}

describe("inlining the first screen into index.html", () => {
  it("replaces the entry's script, preload and stylesheet with inline code and an import map", () => {
    const { html } = build();
    expect(html).not.toContain('crossorigin src="/assets/index-1.js"');
    expect(html).not.toContain("modulepreload");
    expect(html).toContain("<style>body{color:red}</style>");
    const map = /<script type="importmap">(.*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(map ?? "{}")).toEqual({
      imports: {
        "/assets/shared-1.js": "/assets/shared-1.from-page.js",
        "/assets/index-1.js": "/assets/index-1.from-page.js",
      },
    });
    // Before the early script, which may start a module fetch of its own.
    expect(html.indexOf("importmap")).toBeLessThan(html.indexOf("const catalogues"));
    // The shared chunk runs first; nothing is imported by a URL the page does not have.
    const [first, second] = inlineModules(html);
    expect(first).toContain("class Store");
    expect(second).not.toMatch(/\bfrom\s*"/);
    expect(second).toContain('import("/assets/lazy-1.js")');
  });

  it("hands lazy chunks the very objects the page created, not a second copy", async () => {
    const { html, bridges } = build();
    const registry: Record<string, Record<string, unknown>> = (await runInline(html)) ?? {};
    // A lazy chunk's `import … from "./shared-1.js"`, sent to the bridge by the import map.
    const fromPage = await import(asModule(bridges.get("assets/shared-1.from-page.js") ?? ""));
    // The entry called count() once while the page ran; the bridge sees that same counter.
    expect(fromPage.a()).toBe(2);
    expect(fromPage.b).toBe(registry["assets/shared-1.js"]?.b);
    expect(fromPage.b).toBeInstanceOf(fromPage.default);
    expect(registry["assets/index-1.js"]?.t).toBe(fromPage.b);
  });

  it("leaves a webview without import maps to load the entry by URL, running nothing inline", async () => {
    const { html } = build();
    const fallback = /<script>(if\(!HTMLScriptElement[^<]*)<\/script>/.exec(html)?.[1] ?? "";
    expect(fallback).toContain('s.src="/assets/index-1.js"');
    expect(html.indexOf(fallback)).toBeLessThan(html.indexOf('<script type="module">'));
    expect(await runInline(html, false)).toBeUndefined();
  });

  it("refuses an exported binding that changes after the page ran, which a bridge would freeze", () => {
    const mutable = { ...shared, code: `let v=1;function set(){v=2}export{v as a,set as b};` };
    expect(() => build([mutable, entry])).toThrow(/exported binding v is reassigned/);
  });

  it("refuses code that would end the script element early", () => {
    const closing = { ...shared, code: `${shared.code}const s="</script>";` };
    expect(() => build([closing, entry])).toThrow(/cannot be inlined/);
  });

  it("refuses CSS with a relative url(), which would point elsewhere from the page", () => {
    expect(() => build(undefined, "a{background:url(./x.png)}")).toThrow(/relative url/);
    expect(() => build(undefined, "a{background:url(data:image/png;base64,AA)}")).not.toThrow();
  });

  it("fills the early script's table of language chunks", () => {
    const html = fillCatalogues(HTML, { fa: "/assets/fa-1.js" });
    expect(html).toContain('const catalogues = {"fa":"/assets/fa-1.js"};');
    expect(() => fillCatalogues("<html></html>", {})).toThrow(/no "const catalogues/);
  });
});
