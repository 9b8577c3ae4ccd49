import type { StaffRole } from "@helpline/contracts/users";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { AppError } from "../lib/errors";

/**
 * Narrows a staff route to some roles. Runs after `requireStaff`, which has read the caller's
 * roles from the database; anyone else gets the same bare 403 as a customer.
 */
export function requireRole(...allowed: StaffRole[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const roles = c.get("staff")?.roles ?? [];
    if (!roles.some((role) => allowed.includes(role))) {
      throw new AppError("forbidden", "This is for support staff");
    }
    await next();
  };
}
