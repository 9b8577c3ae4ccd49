import type { Attachment } from "@helpline/contracts/tickets";
import { useEffect, useState } from "react";
import { launchState } from "../lib/telegram";

/**
 * An attached image. It is fetched with the `tma` header (an <img src> cannot send one) and
 * shown from a blob URL, with the message text as its alternative text.
 */
export function AttachmentImage({ attachment, alt }: { attachment: Attachment; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const launch = launchState();
    if (launch.kind !== "telegram") return;
    const controller = new AbortController();
    let objectUrl: string | null = null;
    fetch(`/api/attachments/${attachment.id}`, {
      headers: { authorization: `tma ${launch.initDataRaw}` },
      signal: controller.signal,
    })
      .then((response) =>
        response.ok ? response.blob() : Promise.reject(new Error(String(response.status))),
      )
      .then((blob) => {
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attachment.id]);
  if (failed) return <span className="attachment attachment-missing">{alt}</span>;
  if (!url) return <span className="attachment attachment-loading" role="img" aria-label={alt} />;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="attachment">
      <img src={url} alt={alt} loading="lazy" />
    </a>
  );
}
