import { DESK_ROLES } from "@helpline/contracts/desk";
import { requireRole } from "../../middleware/require-role";

/** Ticket work: agents, supervisors and admins. Content editors and analysts get 403. */
export const DESK_ROLE_GUARD = requireRole(...DESK_ROLES);
