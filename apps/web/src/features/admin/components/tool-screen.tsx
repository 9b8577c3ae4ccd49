import type { ReactNode } from "react";

/** A console tool page (macros, staff…): fills the list and workspace columns on a desktop. */
export function ToolScreen({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section className="console-main" aria-labelledby="tool-title">
      <header className="screen-header">
        <h2 id="tool-title">{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}
