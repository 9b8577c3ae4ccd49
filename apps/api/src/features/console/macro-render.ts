import { MACRO_VARIABLES } from "@helpline/contracts/macros";

/** Values for a macro's variables; null means "cannot be filled for this ticket". */
export type MacroValues = Record<(typeof MACRO_VARIABLES)[number], string | null>;

const VARIABLE = /\{([^{}\s]{1,40})\}/g;

/**
 * Fills `{variables}` in a macro body. Every unknown variable, and every known one that has no
 * value for this ticket, is reported instead: nothing is ever sent with `{eta}` left in it.
 *
 * @example renderMacro("Hi {name}", { name: "Ann", ... }) // { ok: true, body: "Hi Ann" }
 * @example renderMacro("ETA {eta} {foo}", { eta: null, ... }) // { ok: false, missing: ["eta", "foo"] }
 */
export function renderMacro(
  body: string,
  values: MacroValues,
): { ok: true; body: string; used: Record<string, string> } | { ok: false; missing: string[] } {
  const missing = new Set<string>();
  const used: Record<string, string> = {};
  const rendered = body.replace(VARIABLE, (whole, name: string) => {
    const key = name.toLowerCase();
    const value = (MACRO_VARIABLES as readonly string[]).includes(key)
      ? values[key as keyof MacroValues]
      : undefined;
    if (value === undefined || value === null || value === "") {
      missing.add(name);
      return whole;
    }
    used[key] = value;
    return value;
  });
  if (missing.size > 0) return { ok: false, missing: [...missing] };
  return { ok: true, body: rendered, used };
}

/** `HH:MM` now in a time zone, or null when the zone is unknown. */
export function localTime(timeZone: string | null, at: Date, locale: string): string | null {
  if (!timeZone) return null;
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(at);
  } catch {
    return null;
  }
}

/** A due time as the customer reads it: their language, their zone (UTC named when unknown). */
export function formatEta(eta: Date, timeZone: string | null, locale: string): string {
  const zone = timeZone ?? "UTC";
  try {
    const text = new Intl.DateTimeFormat(locale, {
      timeZone: zone,
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(eta);
    return timeZone ? text : `${text} UTC`;
  } catch {
    return `${eta.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  }
}
