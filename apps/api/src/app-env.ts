import type { QueueId } from "@helpline/contracts/ticket-values";
import type { StaffRole } from "@helpline/contracts/users";

/** What the auth middleware learnt about the caller, for handlers further down. */
export interface AuthInfo {
  userId: number;
  languageCode: string | null;
  startParam: string | null;
}

/**
 * Set by `requireStaff` on `/api/admin/*`: the caller's roles and the queues they work (their
 * membership, or their roles' default; every queue for supervisors and admins).
 */
export interface StaffInfo {
  userId: number;
  roles: StaffRole[];
  queues: QueueId[];
}

export type AppEnv = { Variables: { auth: AuthInfo; staff: StaffInfo } };
