import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt"]);

export interface StaticFile {
  body: Uint8Array;
  gzip: Uint8Array | null;
  type: string;
}

/**
 * Loads a built front end into memory once, gzipped where it pays. The whole customer app is a
 * few hundred kilobytes, so serving from memory costs little and avoids a disk read per request.
 */
export function loadStaticFiles(root: string, prefix = "/"): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const ext = extname(name);
      const body = readFileSync(path);
      const urlPath = prefix + relative(root, path).split(sep).join("/");
      files.set(urlPath, {
        body,
        gzip: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body) : null,
        type: TYPES[ext] ?? "application/octet-stream",
      });
    }
  };
  walk(root);
  return files;
}

/** Builds the response for a file, gzipped when the client accepts it. */
export function staticResponse(
  file: StaticFile,
  acceptEncoding: string | undefined,
  cacheControl: string,
): Response {
  const useGzip = file.gzip !== null && /\bgzip\b/.test(acceptEncoding ?? "");
  const headers: Record<string, string> = {
    "content-type": file.type,
    "cache-control": cacheControl,
    vary: "accept-encoding",
  };
  if (useGzip) headers["content-encoding"] = "gzip";
  const body = useGzip && file.gzip ? file.gzip : file.body;
  return new Response(body as unknown as ConstructorParameters<typeof Response>[0], { headers });
}
