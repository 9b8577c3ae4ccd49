import { type NodePath, parseSync, traverse, type types } from "@babel/core";
import type { Plugin } from "vite";

/**
 * Puts the code and CSS of the first screen into index.html, so a first visit costs one round
 * trip for the app instead of two (docs/decisions/010-preact-runtime-and-first-render.md).
 *
 * The chunks the entry needs before it can run are written into the page as inline module
 * scripts. They cannot import each other by URL (an inline module has none), so each one hands
 * its exports to the next through `globalThis.__helplineChunks`. The lazy chunks (settings, the
 * thread, the console…) still import `./format-….js` by URL; an import map sends those URLs to
 * small "from the page" modules that re-export what the page already ran, so the app keeps one
 * Preact and one query cache. The original chunk files stay in `dist/` for webviews without
 * import maps, which skip the inline modules and load the entry by URL.
 */

const REGISTRY = "globalThis.__helplineChunks";
const LEGACY = "globalThis.__helplineWithoutImportMaps";

export interface BuiltChunk {
  fileName: string;
  code: string;
  /** Chunks it imports statically. */
  imports: string[];
}

export interface InlinedPage {
  html: string;
  /** `assets/x.from-page.js` → its source, to be emitted next to the chunks. */
  bridges: Map<string, string>;
}

const json = (value: unknown) => JSON.stringify(value);
const scriptSafe = (code: string, where: string) => {
  // Inside <script>, "</script" ends the element and "<!--" changes how the parser reads on.
  if (/<\/script|<!--/i.test(code))
    throw new Error(`${where} cannot be inlined: it holds "</script" or "<!--"`);
  return code;
};

/** A chunk's file name as a URL path (`assets/a.js` → `/assets/a.js`). */
const urlOf = (base: string, fileName: string) => `${base}${fileName}`;

/** Resolves `./b.js` written in `assets/a.js` to `assets/b.js`. */
function resolveChunk(from: string, specifier: string): string {
  const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/") + 1) : "";
  if (!specifier.startsWith("./")) throw new Error(`${from}: unexpected import "${specifier}"`);
  return dir + specifier.slice(2);
}

function bridgeName(fileName: string) {
  return fileName.replace(/\.js$/, ".from-page.js");
}

/** The chunk rewritten to run inline (no static imports or exports), and its export names. */
export function toInlineModule(
  chunk: BuiltChunk,
  initial: ReadonlySet<string>,
  base: string,
): { code: string; exports: string[] } {
  const ast = parseSync(chunk.code, { sourceType: "module", configFile: false, babelrc: false });
  if (!ast) throw new Error(`${chunk.fileName}: could not parse`);
  const edits: { start: number; end: number; text: string }[] = [];
  const exports: string[] = [];
  const exportedLocals: string[] = [];

  for (const node of ast.program.body) {
    if (node.type === "ImportDeclaration") {
      const target = resolveChunk(chunk.fileName, node.source.value);
      if (!initial.has(target)) throw new Error(`${chunk.fileName} imports ${target} statically`);
      const from = `${REGISTRY}[${json(target)}]`;
      const named: string[] = [];
      let text = "";
      for (const spec of node.specifiers) {
        if (spec.type === "ImportNamespaceSpecifier") text += `const ${spec.local.name}=${from};`;
        else {
          const imported =
            spec.type === "ImportDefaultSpecifier"
              ? "default"
              : spec.imported.type === "Identifier"
                ? spec.imported.name
                : spec.imported.value;
          named.push(`${json(imported)}:${spec.local.name}`);
        }
      }
      if (named.length > 0) text += `const{${named.join(",")}}=${from};`;
      edits.push({ start: node.start ?? 0, end: node.end ?? 0, text });
    } else if (node.type === "ExportNamedDeclaration" && !node.declaration && !node.source) {
      const entries: string[] = [];
      for (const spec of node.specifiers) {
        if (spec.type !== "ExportSpecifier")
          throw new Error(`${chunk.fileName}: unexpected export`);
        const name = spec.exported.type === "Identifier" ? spec.exported.name : spec.exported.value;
        exports.push(name);
        exportedLocals.push(spec.local.name);
        entries.push(`${json(name)}:${spec.local.name}`);
      }
      const text = `(${REGISTRY}??={})[${json(chunk.fileName)}]=Object.freeze({${entries.join(",")}});`;
      edits.push({ start: node.start ?? 0, end: node.end ?? 0, text });
    } else if (node.type.startsWith("Export")) {
      throw new Error(`${chunk.fileName}: ${node.type} is not a chunk export this build expects`);
    }
  }
  if (exports.length === 0) {
    // Still register it, so a lazy chunk that imports it for its side effects finds it.
    edits.push({
      start: chunk.code.length,
      end: chunk.code.length,
      text: `;(${REGISTRY}??={})[${json(chunk.fileName)}]=Object.freeze({});`,
    });
  }

  traverse(ast, {
    Program(path: NodePath<types.Program>) {
      // The lazy chunks receive these values once, when they load. A binding that the chunk
      // reassigns later would go stale in them, so the build refuses it.
      for (const local of exportedLocals) {
        const binding = path.scope.getBinding(local);
        if (binding && binding.constantViolations.length > 0) {
          throw new Error(
            `${chunk.fileName}: exported binding ${local} is reassigned; it cannot be handed to lazy chunks from the page`,
          );
        }
      }
    },
    // Relative dynamic imports would resolve against the page's URL (e.g. /tickets/12), not
    // the chunk's: make them absolute.
    CallExpression(path: NodePath<types.CallExpression>) {
      if (path.node.callee.type !== "Import") return;
      const source = path.node.arguments[0];
      const specifier =
        source?.type === "StringLiteral"
          ? source.value
          : source?.type === "TemplateLiteral" && source.expressions.length === 0
            ? source.quasis[0]?.value.cooked
            : undefined;
      if (specifier === undefined || !source) {
        throw new Error(
          `${chunk.fileName}: a dynamic import with a computed path cannot be inlined`,
        );
      }
      if (!specifier.startsWith("./")) return;
      edits.push({
        start: source.start ?? 0,
        end: source.end ?? 0,
        text: json(urlOf(base, resolveChunk(chunk.fileName, specifier))),
      });
    },
  });

  let code = chunk.code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  }
  return { code: scriptSafe(code, chunk.fileName), exports };
}

/** A module at the chunk's URL's stand-in that re-exports what the page registered. */
export function bridgeModule(fileName: string, exports: string[]): string {
  const locals = exports.map((name, i) => `e${i}=m[${json(name)}]`);
  return (
    `// ${fileName} already ran inline in index.html; these are its exports.\n` +
    `const m=${REGISTRY}[${json(fileName)}];` +
    (locals.length > 0 ? `const ${locals.join(",")};` : "") +
    `export{${exports.map((name, i) => `e${i} as ${json(name)}`).join(",")}};\n`
  );
}

/** The entry's static imports first, each chunk before the ones that import it. */
export function initialOrder(chunks: Map<string, BuiltChunk>, entry: string): string[] {
  const order: string[] = [];
  const visit = (fileName: string) => {
    if (order.includes(fileName)) return;
    const chunk = chunks.get(fileName);
    if (!chunk) throw new Error(`missing chunk ${fileName}`);
    for (const next of chunk.imports) visit(next);
    order.push(fileName);
  };
  visit(entry);
  return order;
}

/**
 * Rewrites Vite's index.html: the entry's `<script src>` and its modulepreload links become an
 * import map and inline modules, the entry's stylesheet a `<style>` element.
 */
export function inlinePage(options: {
  html: string;
  chunks: Map<string, BuiltChunk>;
  entry: string;
  css: Map<string, string>;
  base?: string;
}): InlinedPage {
  const base = options.base ?? "/";
  const order = initialOrder(options.chunks, options.entry);
  const initial = new Set(order);
  const bridges = new Map<string, string>();
  const imports: Record<string, string> = {};
  const modules: string[] = [];
  for (const fileName of order) {
    const chunk = options.chunks.get(fileName);
    if (!chunk) continue;
    const inline = toInlineModule(chunk, initial, base);
    // A webview without import maps takes the entry by URL instead (see `fallback` below).
    modules.push(`<script type="module">if(!${LEGACY}){${inline.code}\n}</script>`);
    bridges.set(bridgeName(fileName), bridgeModule(fileName, inline.exports));
    imports[urlOf(base, fileName)] = urlOf(base, bridgeName(fileName));
  }

  let html = options.html;
  const take = (pattern: RegExp, what: string) => {
    const before = html;
    html = html.replace(pattern, "");
    if (html === before) throw new Error(`index.html has no ${what}`);
  };
  const escaped = (fileName: string) =>
    urlOf(base, fileName).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  take(
    new RegExp(`\\s*<script type="module" crossorigin src="${escaped(options.entry)}"></script>`),
    `entry script for ${options.entry}`,
  );
  for (const fileName of order) {
    if (fileName === options.entry) continue;
    take(
      new RegExp(`\\s*<link rel="modulepreload" crossorigin href="${escaped(fileName)}">`),
      `modulepreload link for ${fileName}`,
    );
  }
  const styles: string[] = [];
  for (const [fileName, css] of options.css) {
    take(
      new RegExp(`\\s*<link rel="stylesheet" crossorigin href="${escaped(fileName)}">`),
      `stylesheet link for ${fileName}`,
    );
    // The page is not in /assets/: a relative url() would point elsewhere once inlined.
    if (/url\(\s*["']?(?!data:|\/|https?:)/.test(css)) {
      throw new Error(`${fileName} has a relative url(); it cannot be inlined`);
    }
    styles.push(`<style>${css.replace(/<\/style/gi, "<\\/style")}</style>`);
  }
  // The import map must come before any module is fetched, so it opens <head>.
  const importMap = `<script type="importmap">${json({ imports })}</script>`;
  // Without import maps (Safari before 16.4, older Chromium) the lazy chunks would load a second
  // copy of the runtime, so such a webview skips the inline modules and loads the entry by URL.
  const fallback =
    `<script>if(!HTMLScriptElement.supports?.("importmap")){${LEGACY}=true;` +
    `const s=document.createElement("script");s.type="module";s.src=${json(urlOf(base, options.entry))};` +
    `document.head.append(s)}</script>`;
  if (!/<meta charset="UTF-8" \/>/.test(html)) throw new Error("index.html has no charset meta");
  html = html.replace(
    /<meta charset="UTF-8" \/>/,
    (meta) => `${meta}\n    ${importMap}\n    ${fallback}`,
  );
  html = html.replace(
    /\s*<\/head>/,
    () => `\n    ${[...styles, ...modules].join("\n    ")}\n  </head>`,
  );
  return { html, bridges };
}

/**
 * Fills the early script's table of language catalogues (`const catalogues = {}`), so it can
 * start fetching the customer's language while the page is still arriving.
 */
export function fillCatalogues(html: string, catalogues: Record<string, string>): string {
  const marker = "const catalogues = {};";
  if (!html.includes(marker)) throw new Error(`index.html's early script has no "${marker}"`);
  return html.replace(marker, () => `const catalogues = ${json(catalogues)};`);
}

/** The Vite plugin: runs on `vite build` only; the dev server keeps plain module scripts. */
export function inlineFirstScreen(): Plugin {
  let base = "/";
  return {
    name: "helpline:inline-first-screen",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      base = config.base;
    },
    // Last, once Vite has filled in its preload lists and written the page.
    generateBundle: {
      order: "post",
      handler(_, bundle) {
        const page = bundle["index.html"];
        if (page?.type !== "asset") throw new Error("no index.html in the bundle");
        const chunks = new Map<string, BuiltChunk>();
        const catalogues: Record<string, string> = {};
        let entry: string | undefined;
        let entryCss: string[] = [];
        for (const output of Object.values(bundle)) {
          if (output.type !== "chunk") continue;
          chunks.set(output.fileName, {
            fileName: output.fileName,
            code: output.code,
            imports: output.imports,
          });
          if (output.isEntry) {
            entry = output.fileName;
            entryCss = [...(output.viteMetadata?.importedCss ?? [])];
          }
          const locale = /\/src\/locales\/(\w+)\.ts$/.exec(output.facadeModuleId ?? "")?.[1];
          if (locale) catalogues[locale] = urlOf(base, output.fileName);
        }
        if (!entry) throw new Error("no entry chunk");
        const css = new Map<string, string>();
        for (const fileName of entryCss) {
          const asset = bundle[fileName];
          if (asset?.type !== "asset") throw new Error(`missing ${fileName}`);
          css.set(fileName, String(asset.source));
        }
        const inlined = inlinePage({ html: String(page.source), chunks, entry, css, base });
        page.source = fillCatalogues(inlined.html, catalogues);
        for (const [fileName, source] of inlined.bridges) {
          this.emitFile({ type: "asset", fileName, source });
        }
      },
    },
  };
}
