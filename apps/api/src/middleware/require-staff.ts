import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import type { StaffAccess } from "../features/console/staff";
import { AppError } from "../lib/errors";

/**
 * Staff-only routes. Roles, queue membership and deactivation are read from the database on
 * every call, so a change takes effect at once; customers get 403 and learn nothing else.
 */
export function requireStaff(
  access: (userId: number) => Promise<StaffAccess>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const userId = c.get("auth").userId;
    const { roles, queues, active } = await access(userId);
    if (roles.length === 0 || !active) throw new AppError("forbidden", "This is for support staff");
    c.set("staff", { userId, roles, queues });
    await next();
  };
}
