import type { ReactNode } from "react";

/** A page with a heading, padded for Telegram's safe areas. */
export function Screen({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <main className="screen">
      <header className="screen-header">
        <h1>{title}</h1>
        {actions}
      </header>
      {children}
    </main>
  );
}
