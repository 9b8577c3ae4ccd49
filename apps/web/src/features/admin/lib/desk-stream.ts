import { launchState } from "../../../lib/telegram";

export interface StreamHandle {
  close(): void;
}

/**
 * Follows the staff stream (`GET /api/admin/stream`) with `fetch`, since EventSource cannot send
 * `Authorization: tma …`. Every event means "something in my queues changed": the caller
 * refetches. After three failures in a row `onFallback(true)` asks the caller to poll instead;
 * it keeps retrying with backoff and reports `false` once the stream is back.
 */
export function followDesk(onChange: () => void, onFallback: (polling: boolean) => void) {
  let closed = false;
  let failures = 0;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    const launch = launchState();
    if (closed) return;
    if (launch.kind !== "telegram") {
      onFallback(true);
      return;
    }
    controller = new AbortController();
    try {
      const response = await fetch("/api/admin/stream", {
        headers: { authorization: `tma ${launch.initDataRaw}`, accept: "text/event-stream" },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`stream ${response.status}`);
      failures = 0;
      onFallback(false);
      // Anything may have happened while disconnected: catch up once connected.
      onChange();
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
          // Comment lines (": ping") keep the connection open and mean nothing.
          if (/^(event|data):/m.test(frame)) onChange();
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
  } satisfies StreamHandle;
}
