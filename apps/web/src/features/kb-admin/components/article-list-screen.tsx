import { KB_CATEGORIES, KB_STATUSES, type KbCategory, type KbStatus } from "@helpline/contracts/kb";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { Link, useLocation } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { formatWhen } from "../../../lib/format";
import { useKbTranslation } from "../../../lib/kb-i18n";
import { useKbArticles } from "../api/get-kb-articles";
import { exportKb, importKb } from "../api/kb-transfer";
import { KbAdminTabs } from "./kb-admin-tabs";

export function ArticleListScreen() {
  const { t, locale } = useKbTranslation();
  const [, navigate] = useLocation();
  const [status, setStatus] = useState<KbStatus | "">("");
  const [category, setCategory] = useState<KbCategory | "">("");
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const articles = useKbArticles({
    status: status || undefined,
    category: category || undefined,
    q: q || undefined,
  });
  const ids = { status: useId(), category: useId(), q: useId() };

  return (
    <section className="kb-admin">
      <KbAdminTabs t={t} />
      <div className="kb-admin-toolbar">
        <div className="field">
          <label htmlFor={ids.status}>{t("admin.filterStatus")}</label>
          <select
            id={ids.status}
            value={status}
            onChange={(event) => setStatus(event.target.value as KbStatus | "")}
          >
            <option value="">{t("admin.any")}</option>
            {KB_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`admin.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.category}>{t("admin.filterCategory")}</label>
          <select
            id={ids.category}
            value={category}
            onChange={(event) => setCategory(event.target.value as KbCategory | "")}
          >
            <option value="">{t("admin.any")}</option>
            {KB_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`categories.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field kb-admin-search">
          <label htmlFor={ids.q}>{t("admin.filterSearch")}</label>
          <input
            id={ids.q}
            type="search"
            dir="auto"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <button type="button" className="button button-primary" onClick={() => navigate("/new")}>
          {t("admin.newArticle")}
        </button>
      </div>
      <TransferBar />
      {articles.isPending ? (
        <SkeletonList label={t("admin.articles")} rows={5} />
      ) : articles.isError ? (
        <ErrorState
          message={
            articles.error instanceof ApiError && articles.error.status === 403
              ? t("admin.forbidden")
              : undefined
          }
          onRetry={() => void articles.refetch()}
        />
      ) : articles.data.items.length === 0 ? (
        <p className="empty hint">{t("admin.empty")}</p>
      ) : (
        <ul className="ticket-list" aria-busy={articles.isFetching}>
          {articles.data.items.map((item) => (
            <li key={item.slug}>
              <Link href={`/articles/${item.slug}`} className="ticket-row">
                <div className="ticket-row-top">
                  <span className="ticket-number" dir="ltr">
                    {item.slug}
                  </span>
                  <span
                    className={`badge ${item.status === "published" ? "badge-success" : item.status === "staff_only" ? "badge-warning" : "badge-muted"}`}
                  >
                    {t(`admin.status.${item.status}`)}
                  </span>
                </div>
                <p className="ticket-subject" dir="auto">
                  {item.popular ? "★ " : ""}
                  {item.title}
                </p>
                <p className="hint">
                  {t(`categories.${item.category}`)} · {item.locales.join(", ")} ·{" "}
                  {t("admin.helpfulCounts", { yes: item.helpfulYes, no: item.helpfulNo })} ·{" "}
                  {formatWhen(item.updatedAt, locale)}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Export the whole KB as a JSON file; import one (upsert by slug). */
function TransferBar() {
  const { t } = useKbTranslation();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <div className="kb-admin-transfer">
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            const data = await exportKb();
            const url = URL.createObjectURL(
              new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }),
            );
            const link = document.createElement("a");
            link.href = url;
            link.download = `helpline-kb-${new Date().toISOString().slice(0, 10)}.json`;
            link.click();
            setTimeout(() => URL.revokeObjectURL(url), 1000);
          } catch {
            setMessage({ text: t("errors.generic", { ns: "translation" }), error: true });
          } finally {
            setBusy(false);
          }
        }}
      >
        {t("admin.exportJson")}
      </button>
      <label htmlFor={fileId} className="button" aria-disabled={busy}>
        {t("admin.importJson")}
      </label>
      <input
        id={fileId}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        disabled={busy}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (!file) return;
          setBusy(true);
          setMessage(null);
          try {
            const parsed: unknown = JSON.parse(await file.text());
            const result = await importKb(parsed);
            setMessage({ text: t("admin.importDone", result), error: false });
            void queryClient.invalidateQueries({ queryKey: ["kb-admin"] });
            void queryClient.invalidateQueries({ queryKey: ["kb"] });
          } catch (error) {
            setMessage({
              text:
                error instanceof ApiError && error.status === 413
                  ? t("admin.importTooLarge")
                  : t("admin.importFailed"),
              error: true,
            });
          } finally {
            setBusy(false);
          }
        }}
      />
      {message ? (
        <p
          className={message.error ? "field-error" : "hint"}
          role={message.error ? "alert" : "status"}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
