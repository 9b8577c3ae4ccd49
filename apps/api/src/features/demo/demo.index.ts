import { LOCALES } from "@helpline/contracts/locales";
import { DEMO_USERS } from "@helpline/db";
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { signInitData } from "../../lib/init-data";
import { errorResponses, jsonContent } from "../../lib/openapi";
import { createRouter } from "../../lib/router";
import { DEMO_THEMES } from "./demo-theme";

/** `agent` works L1 and L2, `l2` only L2, `supervisor` every queue and the macros. */
const DEMO_PEOPLE = ["customer", "agent", "l2", "supervisor"] as const;

const demoInfoSchema = z.object({
  demo: z.literal(true),
  people: z.array(z.object({ as: z.enum(DEMO_PEOPLE), name: z.string() })),
});

export const demoInfoRoute = createRoute({
  method: "get",
  path: "/demo",
  tags: ["Demo"],
  summary: "Is the demo door open",
  description: "Exists only when the server runs without BOT_TOKEN (demo mode); 404 otherwise.",
  responses: { 200: jsonContent(demoInfoSchema, "Who you can sign in as") },
});

export const demoLaunchRoute = createRoute({
  method: "get",
  path: "/demo/launch",
  tags: ["Demo"],
  summary: "Open the app as a demo person",
  description:
    "Signs real initData for a demo person with the local demo token and redirects to the app with Telegram-style launch parameters in the URL fragment. Demo mode only.",
  request: {
    query: z.strictObject({
      as: z.enum(DEMO_PEOPLE),
      lang: z.enum(LOCALES).optional(),
      theme: z.enum(["light", "dark"]).default("light"),
      startapp: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/)
        .optional(),
    }),
  },
  responses: {
    302: { description: "Redirect into the Mini App" },
    ...errorResponses("validation_failed"),
  },
});

/**
 * The door into the app outside Telegram, for newcomers and demos. It is only mounted in demo
 * mode; with a real BOT_TOKEN these paths do not exist.
 */
export function demoRouter(demoToken: string) {
  return createRouter()
    .openapi(demoInfoRoute, (c) =>
      c.json(
        {
          demo: true as const,
          people: DEMO_PEOPLE.map((as) => ({ as, name: DEMO_USERS[as].firstName })),
        },
        200,
      ),
    )
    .openapi(demoLaunchRoute, (c) => {
      const { as, lang, theme, startapp } = c.req.valid("query");
      const person = DEMO_USERS[as];
      const initData = signInitData(
        {
          id: person.id,
          first_name: person.firstName,
          last_name: person.lastName,
          username: person.username,
          language_code: lang ?? person.languageCode,
          allows_write_to_pm: true,
        },
        demoToken,
        { startParam: startapp },
      );
      const launch = new URLSearchParams({
        tgWebAppData: initData,
        tgWebAppVersion: "8.0",
        tgWebAppPlatform: "web",
        tgWebAppThemeParams: JSON.stringify(DEMO_THEMES[theme]),
      });
      if (startapp) launch.set("tgWebAppStartParam", startapp);
      const path = as === "customer" ? "/" : "/admin";
      return c.redirect(`${path}?demo=1#${launch.toString()}`, 302);
    });
}
