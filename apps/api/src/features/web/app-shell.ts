import { createHash } from "node:crypto";

// The page's own scripts: classic, module and import map. One with a `src` is not inline.
const INLINE_SCRIPT = /<script(?:\s+type="(?:module|importmap)")?>([\s\S]*?)<\/script>/g;

/**
 * CSP source expressions (`'sha256-…'`) for the inline scripts of the built index.html (the early
 * requests, the import map and the first screen's modules, see apps/web/build), so the page's
 * own code runs while `script-src` still refuses any other inline code.
 */
export function inlineScriptHashes(indexHtml: string): string[] {
  const hashes = new Set<string>();
  for (const match of indexHtml.matchAll(INLINE_SCRIPT)) {
    const code = match[1] ?? "";
    hashes.add(`'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * The page's validator, so a return visit revalidates it for a 304 without a body. Weak: the
 * gzipped and plain bodies are the same page but not the same bytes.
 */
export function entityTag(body: Uint8Array): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}
