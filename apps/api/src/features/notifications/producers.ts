import type { QueueId, TicketStatus } from "@helpline/contracts/ticket-values";
import { toIso } from "@helpline/db";
import { queueStaff } from "../console/staff";
import type { DbOrTx } from "../jobs/jobs";
import { notify, notifyAll } from "./notify";

// Producers of the immediate notifications (issue #6). Each runs inside the transaction of the
// change it reports, so a rolled-back change notifies nobody; each keys its rows so a retried
// request notifies once.

/** Statuses a customer hears about from the bot; `open` after `new` is only noise. */
const CUSTOMER_STATUSES: ReadonlySet<TicketStatus> = new Set([
  "waiting_customer",
  "resolved",
  "closed",
]);

interface TicketFacts {
  id: string;
  number: number;
  customerId: number;
  subject: string;
  queueId: string;
  priority: string;
}

/** Active staff who work `queue` (and, when `supervisors`, supervisors and admins too). */
async function staffToPage(tx: DbOrTx, queue: string, supervisors: boolean): Promise<number[]> {
  return (await queueStaff(tx, queue as QueueId))
    .filter((member) => member.works || (supervisors && member.supervises))
    .map((member) => member.id);
}

/**
 * A new ticket: "accepted" to the customer when it came from the Mini App (the bot answers its
 * own tickets in the conversation), "new ticket" to the agents of its queue whatever the channel
 * (a critical one pages supervisors too, and ignores quiet hours).
 */
export async function notifyTicketCreated(
  tx: DbOrTx,
  ticket: TicketFacts & { eta: string; channel: string },
  plan: { queueBreaching: boolean } | undefined,
): Promise<void> {
  const critical = ticket.priority === "critical";
  // The customer's row and the staff lookup go out together; the staff's rows in one insert.
  const [, staffIds] = await Promise.all([
    ticket.channel === "webapp"
      ? notify(tx, {
          chatId: ticket.customerId,
          userId: ticket.customerId,
          ticketId: ticket.id,
          kind: "ticket.accepted",
          params: {
            number: ticket.number,
            eta: toIso(ticket.eta),
            queueBreaching: plan?.queueBreaching ?? false,
          },
          idempotencyKey: `ticket.accepted:${ticket.id}`,
        })
      : undefined,
    staffToPage(tx, ticket.queueId, critical),
  ]);
  const kind = critical ? "staff.critical" : "staff.new_ticket";
  await notifyAll(
    tx,
    staffIds
      .filter((staffId) => staffId !== ticket.customerId)
      .map((staffId) => ({
        chatId: staffId,
        userId: staffId,
        ticketId: ticket.id,
        kind,
        params: critical
          ? { number: ticket.number, queueId: ticket.queueId, subject: ticket.subject }
          : {
              number: ticket.number,
              queueId: ticket.queueId,
              subject: ticket.subject,
              priority: ticket.priority,
            },
        critical,
        idempotencyKey: `${kind}:${ticket.id}:${staffId}`,
      })),
  );
}

/** An agent's public reply (never an internal note): the customer gets a preview. */
export async function notifyAgentReply(
  tx: DbOrTx,
  ticket: Pick<TicketFacts, "id" | "number" | "customerId">,
  message: { id: string; body: string; internal: boolean },
): Promise<void> {
  if (message.internal) return;
  await notify(tx, {
    chatId: ticket.customerId,
    userId: ticket.customerId,
    ticketId: ticket.id,
    kind: "ticket.reply",
    params: { number: ticket.number, preview: [...message.body].slice(0, 300).join("") },
    idempotencyKey: `ticket.reply:${message.id}`,
  });
}

/**
 * A staff action changed the ticket: a status the customer should know about, an assignment
 * to someone other than the person acting, or an escalation (the new queue's agents are told).
 */
export async function notifyDeskChange(
  tx: DbOrTx,
  before: TicketFacts & { status: TicketStatus; assigneeId: number | null },
  after: {
    status: TicketStatus;
    assigneeId: number | null;
    queueId: string;
    escalationReason?: string | null;
  },
  actorId: number,
  eventKey: string,
): Promise<void> {
  if (after.status !== before.status && CUSTOMER_STATUSES.has(after.status)) {
    await notify(tx, {
      chatId: before.customerId,
      userId: before.customerId,
      ticketId: before.id,
      kind: "ticket.status",
      params: { number: before.number, status: after.status },
      idempotencyKey: `ticket.status:${before.id}:${eventKey}`,
    });
  }
  const assignee = after.assigneeId;
  if (assignee !== null && assignee !== before.assigneeId && assignee !== actorId) {
    await notify(tx, {
      chatId: assignee,
      userId: assignee,
      ticketId: before.id,
      kind: "staff.assigned",
      params: { number: before.number, subject: before.subject },
      idempotencyKey: `staff.assigned:${before.id}:${eventKey}`,
    });
  }
  if (after.queueId !== before.queueId) {
    for (const staffId of await staffToPage(tx, after.queueId, false)) {
      if (staffId === actorId) continue;
      await notify(tx, {
        chatId: staffId,
        userId: staffId,
        ticketId: before.id,
        kind: "staff.escalated",
        params: {
          number: before.number,
          fromQueue: before.queueId,
          toQueue: after.queueId,
          reason: after.escalationReason ?? "",
        },
        idempotencyKey: `staff.escalated:${before.id}:${eventKey}:${staffId}`,
      });
    }
  }
}
