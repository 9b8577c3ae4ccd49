import { type ReactNode, useId, useLayoutEffect, useRef } from "react";
import { useTranslation } from "../../../lib/i18n";

/**
 * A modal built on <dialog>: focus is trapped and Esc closes it, by the browser. The page's
 * single-key shortcuts stay quiet while one is open.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  wide = false,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // A layout effect: the dialog opens and closes (handing focus back) with the render itself,
  // before anything scheduled after it, under React and Preact alike.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`console-dialog${wide ? " console-dialog-wide" : ""}`}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      {open ? (
        <>
          <header className="console-dialog-head">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" onClick={onClose}>
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">{t("admin.shortcuts.close")}</span>
            </button>
          </header>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
