import { useMainButton } from "../lib/telegram";

interface MainActionProps {
  text: string;
  onClick: () => void;
  enabled?: boolean;
  loading?: boolean;
}

/**
 * The screen's main action on Telegram's MainButton. Outside a real Telegram client (the demo
 * door) nothing would draw that button, so an equivalent one is drawn in the page.
 */
export function MainAction({ text, onClick, enabled = true, loading = false }: MainActionProps) {
  const { native } = useMainButton({ text, enabled, loading, onClick });
  if (native) return null;
  return (
    <div className="main-action">
      <button
        type="button"
        className="button button-primary button-wide"
        onClick={onClick}
        disabled={!enabled || loading}
        aria-busy={loading}
        data-main-button
      >
        {loading ? <span className="spinner" aria-hidden="true" /> : null}
        {text}
      </button>
    </div>
  );
}
