import type { ServerResponse } from "node:http";
import type { FakeFile } from "./telegram-methods";

const FILE_ROUTE = /^\/file\/bot([^/]+)\/(.+)$/;

/**
 * Telegram's file download route, `/file/bot<token>/<file_path>`: answers and returns true when
 * `pathname` is one, so the method router never sees it.
 */
export function serveFile(
  pathname: string,
  token: string,
  files: Map<string, FakeFile>,
  res: ServerResponse,
): boolean {
  const match = FILE_ROUTE.exec(pathname);
  if (!match) return false;
  const file =
    decodeURIComponent(match[1] ?? "") === token
      ? [...files.values()].find((each) => each.path === match[2])
      : undefined;
  if (!file) {
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
    return true;
  }
  res.writeHead(200, { "content-type": "application/octet-stream" });
  res.end(Buffer.from(file.bytes));
  return true;
}
