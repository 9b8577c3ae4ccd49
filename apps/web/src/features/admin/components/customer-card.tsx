import type { CustomerCard as Card } from "@helpline/contracts/desk";
import { Link } from "wouter";
import { formatNumber, formatWhen } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { useCustomerTags } from "../api/desk";
import { TagEditor } from "./tag-editor";

const LANGUAGES = new Set(["en", "ru", "fa", "zh"]);

export function CustomerCard({ card, ticketId }: { card: Card; ticketId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const tags = useCustomerTags(card.id, ticketId);
  return (
    <section className="card console-card" aria-labelledby="customer-card-title">
      <h3 id="customer-card-title">
        {t("admin.card.title")}
        {card.vip ? <span className="badge badge-vip">{t("admin.card.vip")}</span> : null}
      </h3>
      <p>
        <strong dir="auto">{card.name}</strong>
        {card.username ? <span className="hint"> @{card.username}</span> : null}
      </p>
      <dl className="facts">
        <dt>{t("admin.card.language")}</dt>
        <dd>
          {LANGUAGES.has(card.language) ? t(`admin.languages.${card.language}`) : card.language}
        </dd>
        <dt>{t("admin.card.localTime")}</dt>
        <dd>
          {card.localTime ? (
            <>
              {card.localTime}
              {card.timeZone ? <span className="hint"> ({card.timeZone})</span> : null}
            </>
          ) : (
            t("admin.card.unknown")
          )}
        </dd>
      </dl>
      <TagEditor
        title={t("admin.card.tags")}
        addLabel={t("admin.card.addTag")}
        tags={card.tags}
        mutation={tags}
      />
      <h4>{t("admin.card.previous")}</h4>
      {card.previousTickets.length === 0 ? (
        <p className="hint">{t("admin.card.noPrevious")}</p>
      ) : (
        <ul className="plain-list">
          {card.previousTickets.map((ticket) => (
            <li key={ticket.id}>
              <Link href={`/tickets/${ticket.id}`}>
                #{formatNumber(ticket.number, locale)} <span dir="auto">{ticket.subject}</span>
              </Link>
              <span className="hint">
                {" "}
                · {t(`admin.status.${ticket.status}`)}
                {ticket.csatScore
                  ? ` · ${t("admin.card.rated", { score: formatNumber(ticket.csatScore, locale) })}`
                  : ""}{" "}
                · {formatWhen(ticket.createdAt, locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h4>{t("admin.card.csat")}</h4>
      {card.csatHistory.length === 0 ? (
        <p className="hint">{t("admin.card.noCsat")}</p>
      ) : (
        <ul className="plain-list">
          {card.csatHistory.map((entry) => (
            <li key={`${entry.ticketNumber}-${entry.at}`}>
              {t("admin.card.csatItem", {
                number: formatNumber(entry.ticketNumber, locale),
                score: formatNumber(entry.score, locale),
              })}{" "}
              <span className="hint">· {formatWhen(entry.at, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
