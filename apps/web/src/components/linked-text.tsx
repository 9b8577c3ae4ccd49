import { Fragment } from "react";

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/**
 * Shows user text as text: React escapes it, and only http(s) URLs become links, which open
 * outside the app without handing it a window reference.
 */
export function LinkedText({ text }: { text: string }) {
  // Each part is keyed by where it starts in the text, which is stable for a given message.
  const parts: { at: number; text: string; url?: string }[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ at: last, text: text.slice(last, index) });
    parts.push({ at: index, text: match[0], url: match[0] });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push({ at: last, text: text.slice(last) });
  return (
    <>
      {parts.map((part) =>
        part.url ? (
          <a key={part.at} href={part.url} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ) : (
          <Fragment key={part.at}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
