import { existsSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import { loadStaticFiles, type StaticFile, staticResponse } from "../../lib/static-files";
import { entityTag, inlineScriptHashes } from "./app-shell";

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Helpline</title>
<p>The web app is not built yet. Run <code>pnpm build</code> (or start with <code>npm start</code>, which builds it).</p>`;

export interface WebApp {
  files: Map<string, StaticFile>;
  index: StaticFile;
  /** CSP hashes of index.html's own inline scripts. */
  scriptHashes: string[];
  /** index.html's ETag. */
  indexTag: string;
}

/** Loads the built Mini App into memory, or `null` when it has not been built. */
export function loadWebApp(distDir: string | undefined): WebApp | null {
  if (!distDir || !existsSync(join(distDir, "index.html"))) return null;
  const files = loadStaticFiles(distDir);
  const index = files.get("/index.html");
  if (!index) return null;
  return {
    files,
    index,
    scriptHashes: inlineScriptHashes(Buffer.from(index.body).toString()),
    indexTag: entityTag(index.body),
  };
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
/** If-None-Match compares weakly (RFC 9110 13.1.2). */
const matches = (ifNoneMatch: string | undefined, tag: string) =>
  ifNoneMatch
    ?.split(",")
    .some((candidate) => opaque(candidate) === "*" || opaque(candidate) === opaque(tag)) ?? false;

/**
 * Serves the built Mini App. Hashed assets are cached for a year; `index.html` is revalidated on
 * every open (its ETag makes that a 304 without a body), so a deploy reaches every phone on its
 * next open. Any other path gets `index.html` for the client-side router.
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
    // The page carries the first screen's code (apps/web/build/inline-first-screen.ts), so an
    // unchanged one must not be sent again.
    const headers = { "cache-control": "no-cache", etag: web.indexTag, vary: "accept-encoding" };
    if (matches(c.req.header("if-none-match"), web.indexTag)) {
      return new Response(null, { status: 304, headers });
    }
    const response = staticResponse(web.index, accept, "no-cache");
    response.headers.set("etag", web.indexTag);
    return response;
  });
  return app;
}
