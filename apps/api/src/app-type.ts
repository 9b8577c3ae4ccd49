/** For `import type` from the web app and the bot: the typed shape of the API's routes. */
export type { AppType } from "./app";
