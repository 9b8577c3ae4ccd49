import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { validationFailed } from "./errors";

/**
 * Every feature router is made here, so every route validates the same way: a failed zod
 * check becomes one `validation_failed` error with field details, never a bare 400.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationFailed(result.error);
    },
  });
}
