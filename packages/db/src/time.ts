/**
 * Turns PostgreSQL's text form of a `timestamptz` (`2026-11-22 07:18:20.123+00`, sessions run in
 * UTC) into ISO 8601 (`2026-11-22T07:18:20.123Z`) without building a Date.
 *
 * @example toIso("2026-11-22 07:18:20.123+00") // "2026-11-22T07:18:20.123Z"
 */
export function toIso(value: string): string;
export function toIso(value: string | null): string | null;
export function toIso(value: string | null): string | null {
  if (value === null) return null;
  if (value.endsWith("Z")) return value;
  const iso = value.replace(" ", "T");
  if (iso.endsWith("+00")) return `${iso.slice(0, -3)}Z`;
  // Another session time zone: PostgreSQL writes `+03` where ISO wants `+03:00`.
  return new Date(/[+-]\d\d$/.test(iso) ? `${iso}:00` : iso).toISOString();
}
