import { createHash } from "node:crypto";

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/**
 * CSP source expressions (`'sha256-…'`) for the inline scripts of the built index.html, so the
 * page's own small bootstrap runs while `script-src` still refuses any other inline code.
 */
export function inlineScriptHashes(indexHtml: string): string[] {
  const hashes = new Set<string>();
  for (const match of indexHtml.matchAll(INLINE_SCRIPT)) {
    const code = match[1] ?? "";
    hashes.add(`'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}
