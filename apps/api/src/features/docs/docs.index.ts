import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { Hono } from "hono";
import { type StaticFile, staticResponse } from "../../lib/static-files";

const INDEX = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Helpline API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

// A file rather than an inline script, so the page works under a strict script-src CSP.
const INIT = `window.ui = SwaggerUIBundle({
  url: "/api/openapi.json",
  dom_id: "#reference",
  deepLinking: true,
  tryItOutEnabled: false,
  persistAuthorization: false
});`;

/**
 * The rendered API reference at `/api/docs`, served from the swagger-ui-dist package in
 * node_modules: it must work on a machine with no internet, where a CDN script would not load.
 */
export function docsRouter() {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve("swagger-ui-dist/package.json"));
  const cache = new Map<string, StaticFile>();
  // Loaded on first use: the reference is opened rarely and the bundle is large.
  const load = (name: string, type: string): StaticFile => {
    let file = cache.get(name);
    if (!file) {
      const body = readFileSync(join(dist, name));
      file = { body, gzip: gzipSync(body), type };
      cache.set(name, file);
    }
    return file;
  };
  const app = new Hono();
  app.get("/docs", (c) => c.html(INDEX));
  app.get("/docs/init.js", (c) => c.body(INIT, 200, { "content-type": "text/javascript" }));
  app.get("/docs/swagger-ui.css", (c) =>
    staticResponse(
      load("swagger-ui.css", "text/css; charset=utf-8"),
      c.req.header("accept-encoding"),
      "public, max-age=86400",
    ),
  );
  app.get("/docs/swagger-ui-bundle.js", (c) =>
    staticResponse(
      load("swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
      c.req.header("accept-encoding"),
      "public, max-age=86400",
    ),
  );
  return app;
}
