import type { TicketPage } from "@helpline/contracts/tickets";
import type { TypedResponse } from "hono";
import { streamSSE } from "hono/streaming";
import { createRouter } from "../../lib/router";
import type { TicketBus } from "../../lib/ticket-bus";
import {
  attachRoute,
  createMessageRoute,
  createTicketRoute,
  getAttachmentRoute,
  getTicketByNumberRoute,
  getTicketRoute,
  listTicketsRoute,
  rateTicketRoute,
  reopenTicketRoute,
  ticketStreamRoute,
} from "./tickets.routes";
import type { TicketsService } from "./tickets.service";

const PING_MS = 15_000;

export function ticketsRouter(
  tickets: TicketsService,
  bus: TicketBus,
  staffQueuesOf: (userId: number) => Promise<readonly string[]>,
) {
  return createRouter()
    .openapi(attachRoute, async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const message = await tickets.attach(
        c.req.valid("param").id,
        c.get("auth").userId,
        bytes,
        c.req.valid("query").alt,
      );
      return c.json(message, 201);
    })
    .openapi(getAttachmentRoute, async (c) => {
      const userId = c.get("auth").userId;
      const file = await tickets.openAttachment(
        c.req.valid("param").id,
        userId,
        await staffQueuesOf(userId),
      );
      return c.body(file.bytes as unknown as ArrayBuffer, 200, {
        "content-type": file.contentType,
        "content-length": String(file.bytes.byteLength),
        // Private: it is someone's screenshot. Immutable: an attachment never changes.
        "cache-control": "private, max-age=86400, immutable",
        "content-disposition": "inline",
      });
    })
    .openapi(getTicketByNumberRoute, async (c) =>
      c.json(await tickets.getByNumber(c.req.valid("param").number, c.get("auth").userId), 200),
    )
    .openapi(rateTicketRoute, async (c) =>
      c.json(
        await tickets.rate(c.req.valid("param").id, c.get("auth").userId, c.req.valid("json")),
        200,
      ),
    )
    .openapi(reopenTicketRoute, async (c) =>
      c.json(
        await tickets.reopen(c.req.valid("param").id, c.get("auth").userId, c.req.valid("json")),
        200,
      ),
    )
    .openapi(ticketStreamRoute, async (c) => {
      const { id } = c.req.valid("param");
      await tickets.assertOwner(id, c.get("auth").userId);
      c.header("cache-control", "no-cache, no-transform");
      // Tells nginx-style proxies not to buffer the stream.
      c.header("x-accel-buffering", "no");
      return streamSSE(c, async (stream) => {
        const off = bus.subscribe(id, (event) => {
          void stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
        });
        stream.onAbort(off);
        await stream.writeSSE({
          event: "ready",
          data: JSON.stringify({ ticketId: id }),
          retry: 2000,
        });
        while (!stream.aborted && !stream.closed) {
          await stream.sleep(PING_MS);
          await stream.writeSSE({ event: "ping", data: "" });
        }
        off();
      });
    })
    .openapi(createTicketRoute, async (c) => {
      const { ticket, created } = await tickets.create(c.get("auth").userId, c.req.valid("json"), {
        idempotencyKey: c.req.valid("header")["idempotency-key"],
      });
      if (!created) c.header("Idempotent-Replayed", "true");
      return created ? c.json(ticket, 201) : c.json(ticket, 200);
    })
    .openapi(
      listTicketsRoute,
      async (c) =>
        // Already JSON (built by the database); typed for the RPC client as the route's TicketPage.
        c.body(await tickets.listJson(c.get("auth").userId, c.req.valid("query")), 200, {
          "content-type": "application/json",
        }) as unknown as TypedResponse<TicketPage, 200, "json">,
    )
    .openapi(getTicketRoute, async (c) =>
      c.json(await tickets.get(c.req.valid("param").id, c.get("auth").userId), 200),
    )
    .openapi(createMessageRoute, async (c) => {
      const { message, created } = await tickets.addMessage(
        c.req.valid("param").id,
        c.get("auth").userId,
        c.req.valid("json"),
      );
      return created ? c.json(message, 201) : c.json(message, 200);
    });
}
