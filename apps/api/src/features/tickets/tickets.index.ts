import { createRouter } from "../../lib/router";
import {
  createMessageRoute,
  createTicketRoute,
  getTicketRoute,
  listTicketsRoute,
} from "./tickets.routes";
import type { TicketsService } from "./tickets.service";

export function ticketsRouter(tickets: TicketsService) {
  return createRouter()
    .openapi(createTicketRoute, async (c) => {
      const { ticket, created } = await tickets.create(c.get("auth").userId, c.req.valid("json"), {
        idempotencyKey: c.req.valid("header")["idempotency-key"],
      });
      if (!created) c.header("Idempotent-Replayed", "true");
      return created ? c.json(ticket, 201) : c.json(ticket, 200);
    })
    .openapi(listTicketsRoute, async (c) =>
      c.json(await tickets.list(c.get("auth").userId, c.req.valid("query")), 200),
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
