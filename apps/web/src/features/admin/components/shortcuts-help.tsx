import { useTranslation } from "../../../lib/i18n";
import { Dialog } from "./dialog";

const KEYS = [
  [["j"], "next"],
  [["k"], "previous"],
  [["Enter", "o"], "open"],
  [["r"], "reply"],
  [["n"], "note"],
  [["e"], "escalate"],
  [["m"], "macros"],
  [["Esc"], "back"],
  [["?"], "help"],
] as const;

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t("admin.shortcuts.title")} onClose={onClose}>
      <dl className="shortcut-list">
        {KEYS.map(([keys, label]) => (
          <div key={label}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(`admin.shortcuts.${label}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
