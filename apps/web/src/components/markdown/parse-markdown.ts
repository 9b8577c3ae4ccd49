/**
 * A small Markdown subset for knowledge-base articles: headings, paragraphs, lists, quotes,
 * code, emphasis, links and images. It only builds a tree; `markdown.tsx` turns the tree into
 * React elements. Raw HTML is never recognised, so `<script>` or `<img onerror>` stays text,
 * and every URL passes `safeUrl` (http, https, mailto, tel or a path on this site).
 */

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong" | "em"; children: Inline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; external: boolean; children: Inline[] }
  | { type: "image"; src: string; alt: string }
  | { type: "br" };

export type Block =
  | { type: "heading"; level: number; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; start: number; items: Block[][] }
  | { type: "quote"; children: Block[] }
  | { type: "code"; text: string }
  | { type: "rule" };

// Deeper nesting than this is flattened to text: no article needs it, and it bounds recursion.
const MAX_DEPTH = 6;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ ]?/;
// Persian and Arabic authors number lists with their own digits (۱. ۲.), so those count too.
const LIST_ITEM = /^( {0,3})([-*+]|[0-9\u06F0-\u06F9\u0660-\u0669]{1,9}[.)])([ \t]+|$)/;
const DIGIT = /[0-9\u06F0-\u06F9\u0660-\u0669]/;

/** "۱۲" or "١٢" as 12. */
function listNumber(marker: string): number {
  const ascii = marker.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) =>
    String((digit.codePointAt(0) ?? 0) & 0xf),
  );
  return Number.parseInt(ascii, 10) || 1;
}

export interface SafeUrl {
  href: string;
  external: boolean;
}

/**
 * The URL if it is safe to put in an `href` or `src`, else null. Parsing with `URL` (rather than
 * matching a prefix) catches `java\tscript:` and other spellings browsers would run.
 */
export function safeUrl(raw: string, kind: "link" | "image" = "link"): SafeUrl | null {
  const value = raw.trim();
  // Whitespace or control characters inside a URL are how `java\tscript:` sneaks past filters.
  if (
    !value ||
    [...value].some(
      (char) => /\s/.test(char) || char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127,
    )
  ) {
    return null;
  }
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) {
    return { href: value, external: false };
  }
  if (kind === "link" && value.startsWith("#")) return { href: value, external: false };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const allowed = kind === "image" ? ["https:", "http:"] : ["https:", "http:", "mailto:", "tel:"];
  return allowed.includes(url.protocol) ? { href: url.href, external: true } : null;
}

export function parseMarkdown(source: string): Block[] {
  return parseBlocks(source.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n"), 0);
}

function startsBlock(line: string): boolean {
  return (
    FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || isItem(line)
  );
}

function isItem(line: string): boolean {
  const match = LIST_ITEM.exec(line);
  // "1." alone or "-" alone opens an empty item; a bare number in prose ("2024.") does not.
  return match !== null && (match[3] !== "" || line.trim().length <= 2);
}

function parseBlocks(lines: string[], depth: number): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (!line.trim()) {
      i += 1;
      continue;
    }

    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] ?? "```";
      const body: string[] = [];
      i += 1;
      while (i < lines.length) {
        const current = lines[i] ?? "";
        if (current.trim().startsWith(marker)) break;
        body.push(current);
        i += 1;
      }
      i += 1;
      blocks.push({ type: "code", text: body.join("\n") });
      continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({
        type: "heading",
        level: heading[1]?.length ?? 1,
        children: parseInline(heading[2] ?? "", depth),
      });
      i += 1;
      continue;
    }

    if (RULE.test(line)) {
      blocks.push({ type: "rule" });
      i += 1;
      continue;
    }

    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i] ?? "")) {
        inner.push((lines[i] ?? "").replace(QUOTE, ""));
        i += 1;
      }
      blocks.push(
        depth < MAX_DEPTH
          ? { type: "quote", children: parseBlocks(inner, depth + 1) }
          : { type: "paragraph", children: [{ type: "text", text: inner.join(" ") }] },
      );
      continue;
    }

    if (isItem(line)) {
      const first = LIST_ITEM.exec(line);
      const ordered = DIGIT.test(first?.[2] ?? "");
      const items: string[][] = [];
      while (i < lines.length) {
        const current = lines[i] ?? "";
        const item = LIST_ITEM.exec(current);
        if (item && isItem(current) && DIGIT.test(item[2] ?? "") === ordered) {
          const indent = item[0].length;
          const content = [current.slice(indent)];
          i += 1;
          // The item goes on while lines are indented, or are blank with an indented line next.
          while (i < lines.length) {
            const next = lines[i] ?? "";
            if (next.trim() === "") {
              if (!/^\s{2,}\S/.test(lines[i + 1] ?? "")) break;
              content.push("");
              i += 1;
              continue;
            }
            if (/^\s{2,}\S/.test(next)) {
              content.push(next.replace(/^ {1,4}/, ""));
              i += 1;
              continue;
            }
            if (startsBlock(next)) break;
            // A lazy continuation of the item's paragraph.
            content.push(next);
            i += 1;
          }
          items.push(content);
          continue;
        }
        const after = lines[i + 1] ?? "";
        const nextItem = LIST_ITEM.exec(after);
        if (current.trim() === "" && nextItem && isItem(after)) {
          if (DIGIT.test(nextItem[2] ?? "") === ordered) {
            i += 1;
            continue;
          }
        }
        break;
      }
      blocks.push({
        type: "list",
        ordered,
        start: ordered ? listNumber(first?.[2] ?? "1") : 1,
        items: items.map((content) =>
          depth < MAX_DEPTH
            ? parseBlocks(content, depth + 1)
            : [{ type: "paragraph", children: [{ type: "text", text: content.join(" ") }] }],
        ),
      });
      continue;
    }

    const paragraph: string[] = [];
    while (i < lines.length) {
      const current = lines[i] ?? "";
      if (!current.trim() || (paragraph.length > 0 && startsBlock(current))) break;
      paragraph.push(current);
      i += 1;
    }
    blocks.push({ type: "paragraph", children: parseInline(paragraph.join("\n"), depth) });
  }
  return blocks;
}

const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const BARE_URL = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** Finds the `]` that closes a `[` at `open`, skipping nested brackets and escapes. */
function closingBracket(text: string, open: number): number {
  let level = 0;
  for (let i = open; i < text.length; i += 1) {
    const char = text[i];
    if (char === "\\") i += 1;
    else if (char === "[") level += 1;
    else if (char === "]") {
      level -= 1;
      if (level === 0) return i;
    }
  }
  return -1;
}

/** Reads `(url "title")` at `at`; returns the URL and where the destination ends. */
function destination(text: string, at: number): { url: string; end: number } | null {
  if (text[at] !== "(") return null;
  const close = text.indexOf(")", at);
  if (close === -1) return null;
  const inside = text.slice(at + 1, close).trim();
  const url = /^<([^>]*)>/.exec(inside)?.[1] ?? inside.split(/\s+/)[0] ?? "";
  return { url, end: close + 1 };
}

function pushText(out: Inline[], text: string) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.type === "text") last.text += text;
  else out.push({ type: "text", text });
}

/** Turns bare http(s) URLs in plain text into links, as chat messages do. */
function linkBareUrls(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type !== "text") {
      out.push(node);
      continue;
    }
    let last = 0;
    for (const match of node.text.matchAll(BARE_URL)) {
      const index = match.index ?? 0;
      const url = safeUrl(match[0]);
      if (!url) continue;
      pushText(out, node.text.slice(last, index));
      out.push({ type: "link", ...url, children: [{ type: "text", text: match[0] }] });
      last = index + match[0].length;
    }
    pushText(out, node.text.slice(last));
  }
  return out;
}

export function parseInline(text: string, depth = 0): Inline[] {
  return linkBareUrls(inline(text, depth, false));
}

function inline(text: string, depth: number, inLink: boolean): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? "";

    if (char === "\\" && i + 1 < text.length) {
      const next = text[i + 1] ?? "";
      if (next === "\n") {
        out.push({ type: "br" });
        i += 2;
        continue;
      }
      if (PUNCTUATION.test(next)) {
        pushText(out, next);
        i += 2;
        continue;
      }
    }

    if (char === "\n") {
      // Two trailing spaces before a newline are a hard line break; otherwise a space.
      const last = out[out.length - 1];
      if (last?.type === "text" && / {2,}$/.test(last.text)) {
        last.text = last.text.replace(/ +$/, "");
        out.push({ type: "br" });
      } else pushText(out, "\n");
      i += 1;
      continue;
    }

    if (char === "`") {
      const run = /^`+/.exec(text.slice(i))?.[0] ?? "`";
      const close = text.indexOf(run, i + run.length);
      if (close !== -1) {
        out.push({ type: "code", text: text.slice(i + run.length, close).trim() });
        i = close + run.length;
        continue;
      }
      pushText(out, run);
      i += run.length;
      continue;
    }

    if (char === "!" && text[i + 1] === "[") {
      const close = closingBracket(text, i + 1);
      const target = close === -1 ? null : destination(text, close + 1);
      if (target) {
        const alt = text.slice(i + 2, close).replace(/[*_`\\]/g, "");
        const url = safeUrl(target.url, "image");
        if (url) out.push({ type: "image", src: url.href, alt });
        else pushText(out, alt);
        i = target.end;
        continue;
      }
    }

    if (char === "[" && !inLink) {
      const close = closingBracket(text, i);
      const target = close === -1 ? null : destination(text, close + 1);
      if (target) {
        const children =
          depth < MAX_DEPTH
            ? inline(text.slice(i + 1, close), depth + 1, true)
            : [{ type: "text" as const, text: text.slice(i + 1, close) }];
        const url = safeUrl(target.url);
        // An unsafe link keeps its words and loses its target: inert, nothing to click.
        if (url) out.push({ type: "link", ...url, children });
        else out.push(...children);
        i = target.end;
        continue;
      }
    }

    if (char === "<" && !inLink) {
      const auto = /^<((?:https?|mailto):[^\s<>]+)>/.exec(text.slice(i));
      const url = auto?.[1] ? safeUrl(auto[1]) : null;
      if (auto && url) {
        out.push({ type: "link", ...url, children: [{ type: "text", text: auto[1] ?? "" }] });
        i += auto[0].length;
        continue;
      }
    }

    if (char === "*" || char === "_") {
      const double = text[i + 1] === char;
      const marker = double ? char + char : char;
      const start = i + marker.length;
      const before = text[i - 1] ?? " ";
      const opensWord = /\S/.test(text[start] ?? " ");
      // Underscores inside words (snake_case, file_name) are not emphasis.
      const intraword = char === "_" && /[\p{L}\p{N}]/u.test(before);
      if (opensWord && !intraword && depth < MAX_DEPTH) {
        let close = text.indexOf(marker, start + 1);
        while (close !== -1) {
          const after = text[close + marker.length] ?? " ";
          const closesWord = /\S/.test(text[close - 1] ?? " ");
          const singleOk = double || text[close + 1] !== char;
          const wordOk = char !== "_" || !/[\p{L}\p{N}]/u.test(after);
          if (closesWord && singleOk && wordOk) break;
          close = text.indexOf(marker, close + 1);
        }
        if (close !== -1) {
          out.push({
            type: double ? "strong" : "em",
            children: inline(text.slice(start, close), depth + 1, inLink),
          });
          i = close + marker.length;
          continue;
        }
      }
      pushText(out, marker);
      i += marker.length;
      continue;
    }

    pushText(out, char);
    i += 1;
  }
  return out;
}

/** The article's words without markup, for previews and search-free places. */
export function plainText(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      if (node.type === "text" || node.type === "code") return node.text;
      if (node.type === "image") return node.alt;
      if (node.type === "br") return "\n";
      return plainText(node.children);
    })
    .join("");
}
