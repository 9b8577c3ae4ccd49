import { launchState } from "./telegram";

export interface StreamHandle {
  close(): void;
}

/**
 * Follows a ticket's server-sent events with `fetch`, because EventSource cannot send the
 * `Authorization: tma …` header. Reconnects with backoff when the stream drops; after several
 * failures in a row `onFallback(true)` tells the caller to poll instead until it recovers.
 */
export function followTicket(
  ticketId: string,
  onChange: () => void,
  onFallback: (polling: boolean) => void,
): StreamHandle {
  let closed = false;
  let failures = 0;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    const launch = launchState();
    if (closed || launch.kind !== "telegram") return;
    controller = new AbortController();
    try {
      const response = await fetch(`/api/tickets/${encodeURIComponent(ticketId)}/stream`, {
        headers: { authorization: `tma ${launch.initDataRaw}`, accept: "text/event-stream" },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`stream ${response.status}`);
      failures = 0;
      onFallback(false);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end !== -1) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          if (event === "message" || event === "status") onChange();
          // Anything may have happened while disconnected: catch up once connected.
          if (event === "ready") onChange();
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      if (closed) return;
      failures += 1;
      if (failures >= 3) onFallback(true);
    }
    if (closed) return;
    const delay = Math.min(30_000, 1000 * 2 ** Math.min(failures, 5));
    timer = setTimeout(() => void connect(), delay);
  };

  void connect();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      controller?.abort();
    },
  };
}
