import { type APIRequestContext, expect } from "@playwright/test";
import { type InitDataUser, signInitData } from "../../apps/api/src/lib/init-data";
import { E2E_ADMIN, E2E_BOT_TOKEN } from "./constants";

export const tma = (user: InitDataUser) => ({
  authorization: `tma ${signInitData(user, E2E_BOT_TOKEN)}`,
});

/** Opens a ticket for a customer through the API, as the bot or an integration would. */
export async function openTicketFor(
  request: APIRequestContext,
  customer: InitDataUser,
  subject: string,
) {
  const res = await request.post("/api/tickets", {
    headers: { ...tma(customer), "idempotency-key": `e2e-${customer.id}-${subject.length}` },
    data: {
      topicId: "orders",
      sectionId: "delivery-problem",
      subject,
      description: "The parcel arrived damaged and the box was open.",
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string; number: number };
}

/** An agent (the e2e admin) replies and resolves, with a summary and next steps. */
export async function resolveAsAgent(
  request: APIRequestContext,
  ticketId: string,
  summary: string,
  nextSteps: string[],
) {
  const reply = await request.post(`/api/admin/tickets/${ticketId}/messages`, {
    headers: tma(E2E_ADMIN),
    data: { body: "We are on it." },
  });
  expect(reply.status()).toBe(201);
  const res = await request.post(`/api/admin/tickets/${ticketId}/resolve`, {
    headers: tma(E2E_ADMIN),
    data: { summary, nextSteps },
  });
  expect(res.status()).toBe(200);
}
