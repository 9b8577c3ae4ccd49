import { createElement, type ReactNode, useMemo } from "react";
import { Link } from "wouter";
import { type Block, type Inline, parseMarkdown } from "./parse-markdown";

interface MarkdownProps {
  source: string;
  /** The article's language direction; Persian reads right to left. */
  dir?: "ltr" | "rtl" | "auto";
  /** The page's own heading level: Markdown `#` becomes the next one down. */
  baseLevel?: number;
  /** Said for an image whose author wrote no alt text. */
  imageFallbackAlt: string;
  className?: string;
}

/**
 * Renders Markdown as React elements built one by one from an allow-list: no HTML string ever
 * reaches the DOM (no dangerouslySetInnerHTML), so article text cannot carry script or event
 * handlers. External links open outside the app without a window reference.
 */
export function Markdown({
  source,
  dir = "auto",
  baseLevel = 1,
  imageFallbackAlt,
  className,
}: MarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <div className={className ?? "markdown"} dir={dir}>
      {renderBlocks(blocks, { baseLevel, imageFallbackAlt })}
    </div>
  );
}

interface Options {
  baseLevel: number;
  imageFallbackAlt: string;
}

// Keys are positions in a tree rebuilt only when the source changes, so they are stable.
function renderBlocks(blocks: Block[], options: Options): ReactNode[] {
  return blocks.map((block, index) => {
    const key = `${block.type}-${index}`;
    switch (block.type) {
      case "heading": {
        const level = Math.min(6, block.level + options.baseLevel);
        return createElement(`h${level}`, { key }, renderInline(block.children, options));
      }
      case "paragraph":
        return <p key={key}>{renderInline(block.children, options)}</p>;
      case "list": {
        const items = block.items.map((item, itemIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity but their place
          <li key={itemIndex}>{renderItem(item, options)}</li>
        ));
        return block.ordered ? (
          <ol key={key} start={block.start === 1 ? undefined : block.start}>
            {items}
          </ol>
        ) : (
          <ul key={key}>{items}</ul>
        );
      }
      case "quote":
        return <blockquote key={key}>{renderBlocks(block.children, options)}</blockquote>;
      case "code":
        return (
          <pre key={key} dir="ltr">
            <code>{block.text}</code>
          </pre>
        );
      case "rule":
        return <hr key={key} />;
    }
    return null;
  });
}

/** A tight list item (one paragraph) shows its text without a paragraph's margins. */
function renderItem(blocks: Block[], options: Options): ReactNode {
  const [first, ...rest] = blocks;
  if (first?.type === "paragraph") {
    return [
      <span key="text">{renderInline(first.children, options)}</span>,
      ...renderBlocks(rest, options),
    ];
  }
  return renderBlocks(blocks, options);
}

function renderInline(nodes: Inline[], options: Options): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${node.type}-${index}`;
    switch (node.type) {
      case "text":
        return node.text;
      case "br":
        return <br key={key} />;
      case "code":
        return (
          <code key={key} dir="ltr">
            {node.text}
          </code>
        );
      case "strong":
        return <strong key={key}>{renderInline(node.children, options)}</strong>;
      case "em":
        return <em key={key}>{renderInline(node.children, options)}</em>;
      case "image":
        return (
          <img
            key={key}
            src={node.src}
            alt={node.alt.trim() || options.imageFallbackAlt}
            loading="lazy"
            decoding="async"
            referrerPolicy="no-referrer"
          />
        );
      case "link":
        if (!node.external) {
          // A path on this site stays inside the app ("~" escapes a nested router's base).
          return (
            <Link key={key} href={node.href.startsWith("#") ? node.href : `~${node.href}`}>
              {renderInline(node.children, options)}
            </Link>
          );
        }
        return (
          <a key={key} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(node.children, options)}
          </a>
        );
    }
    return null;
  });
}
