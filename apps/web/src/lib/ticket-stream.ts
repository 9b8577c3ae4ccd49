import { launchState } from "./telegram";

export interface StreamHandle {
  close(): void;
}

interface FollowOptions {
  /** Each event's name (`message` when the frame names none); comment frames are skipped. */
  onEvent: (event: string) => void;
  /** Called each time the stream (re)connects. */
  onOpen?: () => void;
  /** `true` after three failures in a row: poll instead; `false` once the stream is back. */
  onFallback: (polling: boolean) => void;
}

/**
 * Follows server-sent events with `fetch`, because EventSource cannot send the
 * `Authorization: tma …` header. Reconnects with backoff when the stream drops; after several
 * failures in a row `onFallback(true)` tells the caller to poll instead until it recovers.
 */
export function followEvents(path: string, options: FollowOptions): StreamHandle {
  let closed = false;
  let failures = 0;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    const launch = launchState();
    if (closed) return;
    if (launch.kind !== "telegram") {
      options.onFallback(true);
      return;
    }
    controller = new AbortController();
    try {
      const response = await fetch(path, {
        headers: { authorization: `tma ${launch.initDataRaw}`, accept: "text/event-stream" },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) throw new Error(`stream ${response.status}`);
      failures = 0;
      options.onFallback(false);
      options.onOpen?.();
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
          if (/^(event|data):/m.test(frame)) {
            options.onEvent(/^event: (.*)$/m.exec(frame)?.[1] ?? "message");
          }
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      if (closed) return;
      failures += 1;
      if (failures >= 3) options.onFallback(true);
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

/** A ticket's stream: a new message or status, and a catch-up once (re)connected. */
export function followTicket(
  ticketId: string,
  onChange: () => void,
  onFallback: (polling: boolean) => void,
): StreamHandle {
  return followEvents(`/api/tickets/${encodeURIComponent(ticketId)}/stream`, {
    onEvent: (event) => {
      // `ready` comes on connect: anything may have happened while disconnected.
      if (event === "message" || event === "status" || event === "ready") onChange();
    },
    onFallback,
  });
}
