import { Link } from "wouter";
import { useTranslation } from "../../../lib/i18n";
import { ToolScreen } from "./tool-screen";

/** Why this is closed to the reader's roles, and the way back to their desk. */
export function NoAccessNotice({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="card" role="status">
      <p>{message}</p>
      <Link href="/" className="button">
        {t("admin.backToDesk")}
      </Link>
    </div>
  );
}

/**
 * What a staff member sees on a console page their roles do not open (the API answers 403):
 * a plain explanation and the way back, never a blank page or another screen in its place.
 */
export function NoAccess({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <ToolScreen title={t("admin.noAccessTitle")}>
      <NoAccessNotice message={message} />
    </ToolScreen>
  );
}
