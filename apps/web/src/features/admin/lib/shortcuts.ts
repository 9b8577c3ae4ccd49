import { useEffect, useRef } from "react";

interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

const NOT_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range"]);

/** True when a key press belongs to a text field, so single-letter shortcuts must not fire. */
export function isTypingTarget(target: unknown): boolean {
  const element = target as TargetLike | null;
  if (!element || typeof element.tagName !== "string") return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !NOT_TEXT_INPUTS.has((element.type ?? "text").toLowerCase());
  return false;
}

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  target: unknown;
}

/**
 * The shortcut a key press stands for, or null: never while typing in a field, with a modifier
 * held, mid-composition (IME), or while a dialog owns the keyboard.
 */
export function shortcutKey(event: KeyLike, dialogOpen: boolean): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (dialogOpen || isTypingTarget(event.target)) return null;
  return event.key;
}

export type ShortcutMap = Partial<Record<string, (event: KeyboardEvent) => void>>;

/** Single-key shortcuts for the desktop console; see `shortcutKey` for when they stay quiet. */
export function useShortcuts(map: ShortcutMap, enabled = true) {
  const current = useRef(map);
  current.current = map;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const key = shortcutKey(event, document.querySelector("dialog[open]") !== null);
      const handler = key ? current.current[key] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler(event);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
