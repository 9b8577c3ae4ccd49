// Plain values with no zod, so the web app can import them without pulling in a schema library.

export const TICKET_STATUSES = [
  "new",
  "open",
  "waiting_customer",
  "resolved",
  "closed",
  "reopened",
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/**
 * The customer's three filters. "Waiting for me" is the one status where the desk waits on the
 * customer, so it is its own group rather than a part of "open".
 */
export const STATUS_GROUPS = {
  open: ["new", "open", "reopened"],
  waiting: ["waiting_customer"],
  resolved: ["resolved", "closed"],
} as const satisfies Record<string, readonly TicketStatus[]>;
export type StatusGroup = keyof typeof STATUS_GROUPS;

export const PRIORITIES = ["critical", "high", "normal", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const QUEUE_IDS = ["l1", "l2", "vip", "security"] as const;
export type QueueId = (typeof QUEUE_IDS)[number];

export const MESSAGE_AUTHORS = ["customer", "agent", "bot", "system"] as const;
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number];

export const LIMITS = {
  subjectMin: 3,
  subjectMax: 120,
  descriptionMin: 10,
  descriptionMax: 4000,
  messageMax: 4000,
  pageMax: 50,
  pageDefault: 20,
} as const;

/** The order queues are worked in: critical first (the enum's order is the priority order). */
export const OPEN_STATUSES = [
  "new",
  "open",
  "reopened",
  "waiting_customer",
] as const satisfies readonly TicketStatus[];

/** Images a customer may attach, checked by their content, not their name. */
export const ATTACHMENT_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
