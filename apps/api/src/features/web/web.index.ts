import { existsSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import { loadStaticFiles, type StaticFile, staticResponse } from "../../lib/static-files";
import { inlineScriptHashes } from "./app-shell";

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Helpline</title>
<p>The web app is not built yet. Run <code>pnpm build</code> (or start with <code>npm start</code>, which builds it).</p>`;

export interface WebApp {
  files: Map<string, StaticFile>;
  index: StaticFile;
  /** CSP hashes of index.html's own inline scripts. */
  scriptHashes: string[];
}

/** Loads the built Mini App into memory, or `null` when it has not been built. */
export function loadWebApp(distDir: string | undefined): WebApp | null {
  if (!distDir || !existsSync(join(distDir, "index.html"))) return null;
  const files = loadStaticFiles(distDir);
  const index = files.get("/index.html");
  if (!index) return null;
  return { files, index, scriptHashes: inlineScriptHashes(Buffer.from(index.body).toString()) };
}

/**
 * Serves the built Mini App. Hashed assets are cached for a year; `index.html` never is, so a
 * deploy reaches every phone on its next open. Any other path gets `index.html` for the
 * client-side router.
 */
export function webRouter(web: WebApp | null) {
  const app = new Hono();
  app.get("*", (c) => {
    if (!web) return c.html(NOT_BUILT, 503);
    const accept = c.req.header("accept-encoding");
    const file = web.files.get(c.req.path);
    if (file && c.req.path !== "/index.html") {
      const immutable = c.req.path.startsWith("/assets/");
      return staticResponse(
        file,
        accept,
        immutable ? "public, max-age=31536000, immutable" : "public, max-age=3600",
      );
    }
    // A missing asset is a real 404; only page routes fall back to the app shell.
    if (c.req.path.startsWith("/assets/")) return c.notFound();
    return staticResponse(web.index, accept, "no-cache");
  });
  return app;
}
