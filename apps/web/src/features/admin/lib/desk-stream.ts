import { followEvents, type StreamHandle } from "../../../lib/ticket-stream";

/**
 * Follows the staff stream (`GET /api/admin/stream`). Every event means "something in my queues
 * changed": the caller refetches, also on each (re)connect to catch up.
 */
export function followDesk(
  onChange: () => void,
  onFallback: (polling: boolean) => void,
): StreamHandle {
  return followEvents("/api/admin/stream", { onEvent: onChange, onOpen: onChange, onFallback });
}
