import type { DeskView } from "@helpline/contracts/desk";
import type { StaffRole } from "@helpline/contracts/users";
import { createContext, useContext } from "react";

export interface ConsoleState {
  view: DeskView | null;
  setView: (view: DeskView | null) => void;
  /** True while the live stream is down and the console polls instead. */
  polling: boolean;
  roles: readonly StaffRole[];
  me: { id: number; name: string };
}

export const ConsoleContext = createContext<ConsoleState | null>(null);

export function useConsole(): ConsoleState {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error("useConsole outside the console");
  return value;
}

const DESK: readonly StaffRole[] = ["agent_l1", "agent_l2", "vip_concierge", "supervisor", "admin"];
const SUPERVISING: readonly StaffRole[] = ["supervisor", "admin"];

/** What the UI offers each role. The API enforces the same rules; this only hides dead ends. */
export const can = (roles: readonly StaffRole[]) => ({
  workTickets: roles.some((role) => DESK.includes(role)),
  supervise: roles.some((role) => SUPERVISING.includes(role)),
  administer: roles.includes("admin"),
  analyse: roles.some((role) => role === "analyst" || role === "supervisor" || role === "admin"),
});
