import type { Locale } from "@helpline/contracts/locales";
import type { Macro } from "@helpline/contracts/macros";
import { useEffect, useId, useRef, useState } from "react";
import { ApiError } from "../../../lib/api-client";
import { useTranslation } from "../../../lib/i18n";
import { useMacroPreview, useMacros } from "../api/macros";
import { ActionError } from "./action-error";
import { Dialog } from "./dialog";

export interface PickedMacro {
  macro: Macro;
  /** The text with every variable filled, as the API rendered it for this ticket. */
  text: string;
}

/**
 * Quick search by name or shortcut, then a preview filled for this ticket. A variable the API
 * cannot fill is shown as an error and the macro cannot be inserted.
 */
export function MacroPicker({
  open,
  initialQuery = "",
  ticketId,
  locale,
  onClose,
  onPick,
}: {
  open: boolean;
  initialQuery?: string;
  ticketId: string;
  locale: Locale;
  onClose: () => void;
  onPick: (picked: PickedMacro) => void;
}) {
  const { t } = useTranslation();
  const searchId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState("");
  const [chosen, setChosen] = useState<Macro | null>(null);
  const macros = useMacros(locale, q);
  const preview = useMacroPreview(ticketId, chosen?.id ?? null);
  const items = macros.data?.items ?? [];

  useEffect(() => {
    if (open) {
      setQ(initialQuery);
      // The search is what the agent wants first, not the dialog's close button.
      setTimeout(() => searchRef.current?.focus(), 0);
    } else {
      setQ("");
      setChosen(null);
    }
  }, [open, initialQuery]);
  useEffect(() => {
    if (!chosen || !items.some((item) => item.id === chosen.id)) setChosen(items[0] ?? null);
  }, [items, chosen]);

  const missing =
    preview.error instanceof ApiError
      ? ((preview.error.details as { variables?: string[] } | undefined)?.variables ?? [])
      : [];
  const canInsert = Boolean(chosen && preview.data);
  const insert = () => {
    if (chosen && preview.data) onPick({ macro: chosen, text: preview.data.body });
  };

  return (
    <Dialog open={open} title={t("admin.macros.pick")} onClose={onClose} wide>
      <div className="macro-picker">
        <div className="field">
          <label htmlFor={searchId}>{t("admin.macros.search")}</label>
          <input
            id={searchId}
            ref={searchRef}
            type="search"
            dir="auto"
            autoComplete="off"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            onKeyDown={(event) => {
              const index = items.findIndex((item) => item.id === chosen?.id);
              if (event.key === "ArrowDown") {
                event.preventDefault();
                setChosen(items[Math.min(items.length - 1, index + 1)] ?? null);
              } else if (event.key === "ArrowUp") {
                event.preventDefault();
                setChosen(items[Math.max(0, index - 1)] ?? null);
              } else if (event.key === "Enter") {
                event.preventDefault();
                insert();
              }
            }}
          />
        </div>
        {items.length === 0 && !macros.isPending ? (
          <p className="hint">{t("admin.macros.none")}</p>
        ) : (
          <ul className="macro-options" aria-label={t("admin.nav.macros")}>
            {items.map((macro) => (
              <li key={macro.id}>
                <button
                  type="button"
                  className="macro-option"
                  aria-pressed={macro.id === chosen?.id}
                  onClick={() => setChosen(macro)}
                >
                  <span dir="auto">{macro.name}</span>
                  <code>/{macro.shortcut}</code>
                </button>
              </li>
            ))}
          </ul>
        )}
        {chosen ? (
          <section className="macro-preview" aria-live="polite">
            <h3>{t("admin.macros.preview")}</h3>
            {preview.data ? (
              <p className="bubble-body" dir="auto">
                {preview.data.body}
              </p>
            ) : missing.length > 0 ? (
              <p className="notice notice-error" role="alert">
                {t("admin.macros.missing", {
                  names: missing.map((name) => `{${name}}`).join(", "),
                })}
              </p>
            ) : preview.error ? (
              <ActionError error={preview.error} />
            ) : (
              <p className="hint">{t("app.loading")}</p>
            )}
          </section>
        ) : null}
        <div className="row dialog-buttons">
          <button
            type="button"
            className="button button-primary"
            disabled={!canInsert}
            onClick={insert}
          >
            {t("admin.macros.insert")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
