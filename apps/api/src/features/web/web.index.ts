import { existsSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import { loadStaticFiles, staticResponse } from "../../lib/static-files";

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Helpline</title>
<p>The web app is not built yet. Run <code>pnpm build</code> (or start with <code>npm start</code>, which builds it).</p>`;

/**
 * Serves the built Mini App. Hashed assets are cached for a year; `index.html` never is, so a
 * deploy reaches every phone on its next open. Any other path gets `index.html` for the
 * client-side router.
 */
export function webRouter(distDir: string | undefined) {
  const app = new Hono();
  const files =
    distDir && existsSync(join(distDir, "index.html")) ? loadStaticFiles(distDir) : null;
  const index = files?.get("/index.html");
  app.get("*", (c) => {
    if (!files || !index) return c.html(NOT_BUILT, 503);
    const accept = c.req.header("accept-encoding");
    const file = files.get(c.req.path);
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
    return staticResponse(index, accept, "no-cache");
  });
  return app;
}
