import { useLocation } from "wouter";
import { useKbTranslation } from "../../../lib/kb-i18n";

/** Where self-service ends: a clear way to ask a person, optionally on a topic. */
export function NewRequestOffer({
  title,
  body,
  topic,
}: {
  title?: string;
  body: string;
  topic?: string;
}) {
  const { t } = useKbTranslation();
  const [, navigate] = useLocation();
  return (
    <section className="card kb-help" aria-label={title ?? t("askUs")}>
      {title ? <h2>{title}</h2> : null}
      <p className="hint">{body}</p>
      <button
        type="button"
        className="button button-primary"
        onClick={() => navigate(topic ? `~/new?topic=${encodeURIComponent(topic)}` : "~/new")}
      >
        {title ? t("newRequest") : t("askUs")}
      </button>
    </section>
  );
}
