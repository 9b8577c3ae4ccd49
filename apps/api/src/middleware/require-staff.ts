import { ROLE_QUEUES } from "@helpline/contracts/desk";
import type { QueueId } from "@helpline/contracts/ticket-values";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import type { UsersService } from "../features/users/users.service";
import { AppError } from "../lib/errors";

/**
 * Staff-only routes. Roles are read from the database on every call, so a role taken away
 * takes effect at once; customers get 403 and learn nothing else.
 */
export function requireStaff(users: UsersService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const roles = await users.rolesOf(c.get("auth").userId);
    if (roles.length === 0) throw new AppError("forbidden", "This is for support staff");
    const queues = [...new Set(roles.flatMap((role) => ROLE_QUEUES[role]))] as QueueId[];
    c.set("staff", { roles, queues });
    await next();
  };
}
