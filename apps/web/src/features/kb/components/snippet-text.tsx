import type { KbSnippetPart } from "@helpline/contracts/kb";

/** A search snippet as text parts; matched words are marked, nothing is parsed as HTML. */
export function SnippetText({ parts }: { parts: KbSnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their place
          <mark key={index}>{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
