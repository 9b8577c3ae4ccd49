import { randomUUID } from "node:crypto";
import type {
  AgentReplyInput,
  DeskMessage,
  DeskQueue,
  DeskTicket,
  DeskTicketDetail,
  ResolveTicketInput,
} from "@helpline/contracts/desk";
import type { QueueId } from "@helpline/contracts/ticket-values";
import type { Attachment } from "@helpline/contracts/tickets";
import type { StaffInfo } from "../../app-env";
import { AppError, notFound } from "../../lib/errors";
import type { TicketBus } from "../../lib/ticket-bus";
import type { AttachmentStore } from "../attachments/attachment-store";
import type { TicketRow, TicketsRepo } from "./tickets.repo";
import {
  attachmentsByMessage,
  type MessageRow,
  toMessage,
  toTicket,
  UUID,
} from "./tickets.service";

type CustomerRow = {
  id: number;
  firstName: string;
  lastName: string | null;
  username: string | null;
  languageCode: string | null;
};

function toDeskTicket(row: { ticket: TicketRow; customer: CustomerRow }): DeskTicket {
  const { customer } = row;
  return {
    ...toTicket(row.ticket),
    customer: {
      id: customer.id,
      name: [customer.firstName, customer.lastName].filter(Boolean).join(" "),
      username: customer.username,
      languageCode: customer.languageCode,
    },
  };
}

const toDeskMessage = (row: MessageRow, files: Attachment[] = []): DeskMessage => ({
  ...toMessage(row, files),
  internal: row.internal,
});

const QUEUE_PAGE = 100;

/** The staff side of tickets: queues, the ticket workspace, replies and internal notes. */
export function createDeskService(repo: TicketsRepo, bus: TicketBus, files: AttachmentStore) {
  return {
    async queue(staff: StaffInfo, only?: QueueId): Promise<DeskQueue> {
      const queues = only ? staff.queues.filter((queue) => queue === only) : staff.queues;
      const rows = await repo.listQueue(queues, QUEUE_PAGE);
      return { items: rows.map(toDeskTicket), queues: staff.queues };
    },

    async get(ticketId: string, staff: StaffInfo): Promise<DeskTicketDetail> {
      if (!UUID.test(ticketId)) throw notFound("Ticket");
      const row = await repo.findWithCustomer(ticketId, staff.queues);
      if (!row) throw notFound("Ticket");
      const [messages, stored] = await Promise.all([
        repo.messagesOf(ticketId, { includeInternal: true }),
        files.listFor(ticketId),
      ]);
      const byMessage = attachmentsByMessage(stored);
      return {
        ...toDeskTicket(row),
        messages: messages.map((message) => toDeskMessage(message, byMessage.get(message.id))),
      };
    },

    async reply(
      ticketId: string,
      staff: StaffInfo,
      agentId: number,
      input: AgentReplyInput,
    ): Promise<{ message: DeskMessage; created: boolean }> {
      if (!UUID.test(ticketId)) throw notFound("Ticket");
      const result = await repo.addAgentMessage(ticketId, staff.queues, {
        id: randomUUID(),
        authorId: agentId,
        body: input.body,
        internal: input.internal,
        clientId: input.clientId ?? null,
      });
      if (!result) throw notFound("Ticket");
      if ("duplicate" in result) {
        throw new AppError("conflict", "This clientId was already used for another message");
      }
      if ("refused" in result) {
        throw new AppError("conflict", "This ticket is closed; only internal notes can be added");
      }
      const message = await repo.findMessage(result.messageId);
      if (!message) throw notFound("Message");
      // Internal notes are nobody's business on the customer's stream.
      if (result.created && !input.internal) bus.publish({ type: "message", ticketId });
      return { message: toDeskMessage(message), created: result.created };
    },

    async resolve(
      ticketId: string,
      staff: StaffInfo,
      agentId: number,
      input: ResolveTicketInput,
    ): Promise<DeskTicketDetail> {
      if (!UUID.test(ticketId)) throw notFound("Ticket");
      const result = await repo.resolve(ticketId, staff.queues, agentId, {
        summary: input.summary,
        nextSteps: input.nextSteps,
      });
      if (!result) throw notFound("Ticket");
      if ("refused" in result) {
        throw new AppError("conflict", "This ticket is already resolved or closed", {
          status: result.status,
        });
      }
      bus.publish({ type: "status", ticketId });
      return this.get(ticketId, staff);
    },
  };
}

export type DeskService = ReturnType<typeof createDeskService>;
