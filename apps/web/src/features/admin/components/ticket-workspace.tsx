import type { Presence } from "@helpline/contracts/desk";
import { isLocale } from "@helpline/contracts/locales";
import { PRIORITIES, type Priority } from "@helpline/contracts/ticket-values";
import { useQueryClient } from "@tanstack/react-query";
import { Suspense, useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "wouter";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { ApiError } from "../../../lib/api-client";
import { formatNumber } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { isDemo, useBackButton } from "../../../lib/telegram";
import { ArticleFromTicketLink } from "../../kb-admin/components/article-from-ticket-link";
import {
  movedKey,
  sendPresence,
  useChangePriority,
  useClaim,
  useDeskTicket,
  useTags,
} from "../api/desk";
import { useConsole } from "../lib/console-context";
import { useShortcuts } from "../lib/shortcuts";
import { type ActionDialog, ActionDialogs } from "./action-dialogs";
import { ActionError } from "./action-error";
import { Composer, type ComposerHandle } from "./composer";
import { CustomerCard } from "./customer-card";
import { MacroPicker } from "./macro-picker";
import { priorityBadge } from "./queue-list";
import { SlaClock, SlaClocks } from "./sla-clock";
import { TagEditor } from "./tag-editor";
import { Thread } from "./thread";

const OPEN = new Set(["new", "open", "reopened", "waiting_customer"]);

/** Tells the API this agent is here (and typing), and learns who else is. */
function usePresence(ticketId: string) {
  const typedAt = useRef(0);
  const [others, setOthers] = useState<Presence[]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = () =>
      sendPresence(ticketId, { state: Date.now() - typedAt.current < 8_000 ? "typing" : "viewing" })
        .then((list) => {
          if (!stopped) setOthers(list.active);
        })
        .catch(() => {
          // Presence is a courtesy: the 409 on reply still guards the collision.
        });
    void beat();
    const timer = setInterval(beat, 10_000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [ticketId]);
  return {
    others,
    typed: () => {
      const quiet = Date.now() - typedAt.current > 8_000;
      typedAt.current = Date.now();
      // Tell the others at once when typing starts, not only at the next heartbeat.
      if (quiet) void sendPresence(ticketId, { state: "typing" }).catch(() => undefined);
    },
  };
}

export function TicketWorkspace({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { polling, me, roles } = useConsole();
  const [, navigate] = useLocation();
  const ticket = useDeskTicket(id, polling);
  const queryClient = useQueryClient();
  const claim = useClaim(id);
  const priority = useChangePriority(id);
  const tags = useTags(id);
  const presence = usePresence(id);
  const composer = useRef<ComposerHandle>(null);
  const [dialog, setDialog] = useState<ActionDialog>(null);
  const [macros, setMacros] = useState(false);
  const [macroQuery, setMacroQuery] = useState("");
  const priorityId = useId();
  useBackButton(() => navigate("/"));

  const data = ticket.data;
  const isOpen = data ? OPEN.has(data.status) : false;
  useShortcuts({
    r: () => composer.current?.focus("reply"),
    n: () => composer.current?.focus("note"),
    e: () => isOpen && setDialog("escalate"),
    m: () => {
      if (!isOpen) return;
      setMacroQuery("");
      setMacros(true);
    },
  });

  if (ticket.isPending) return <SkeletonList label={t("app.loading")} rows={4} />;
  if (ticket.isError || !data) {
    const missing = ticket.error instanceof ApiError && ticket.error.status === 404;
    const movedTo = missing ? queryClient.getQueryData<string>(movedKey(id)) : undefined;
    if (movedTo) {
      return (
        <div className="notice" role="status">
          <p>{t("admin.errors.movedAway", { queue: t(`admin.queues.${movedTo}`) })}</p>
        </div>
      );
    }
    return (
      <ErrorState
        message={missing ? t("admin.errors.notFound") : undefined}
        onRetry={() => void ticket.refetch()}
      />
    );
  }

  const others = [...presence.others, ...data.active].filter(
    (person, index, all) =>
      person.userId !== me.id && all.findIndex((p) => p.userId === person.userId) === index,
  );
  const typing = others.filter((person) => person.state === "typing");
  const list = (people: Presence[]) =>
    new Intl.ListFormat(locale, { style: "narrow" }).format(people.map((person) => person.name));
  const mine = data.assignee?.id === me.id;
  const customerLocale = isLocale(data.card.language) ? data.card.language : locale;

  return (
    <article className="workspace">
      {isDemo() ? (
        // The demo has no Telegram BackButton; a phone needs a way back to the queue.
        <Link href="/" className="console-back">
          {t("admin.backToQueue")}
        </Link>
      ) : null}
      <header className="workspace-head">
        <h2>
          #{formatNumber(data.number, locale)} · <span dir="auto">{data.subject}</span>
        </h2>
        <p className="workspace-badges">
          <span className="badge badge-info">{t(`admin.status.${data.status}`)}</span>
          <span className={`badge ${priorityBadge(data.priority)}`}>
            {t(`admin.priority.${data.priority}`)}
          </span>
          <span className="badge badge-muted">{t(`admin.queues.${data.queue}`)}</span>
          {data.vip ? <span className="badge badge-vip">{t("admin.list.vip")}</span> : null}
        </p>
        <SlaClock ticket={data} />
        <SlaClocks ticketId={data.id} version={`${data.status}|${data.updatedAt}`} />
        {data.escalationReason ? (
          <p className="hint" dir="auto">
            {t("admin.workspace.escalated", { reason: data.escalationReason })}
          </p>
        ) : null}
        {data.mergedFrom.length > 0 ? (
          <p className="hint">
            {t("admin.workspace.mergedFrom", {
              numbers: data.mergedFrom.map((m) => `#${formatNumber(m.number, locale)}`).join(", "),
            })}
          </p>
        ) : null}
      </header>

      {others.length > 0 ? (
        <p className="notice notice-warning" role="status">
          {typing.length > 0
            ? t("admin.composer.typing", { names: list(typing) })
            : t("admin.composer.viewing", { names: list(others) })}
        </p>
      ) : null}

      {isOpen ? (
        <div className="toolbar" role="toolbar" aria-label={t("admin.actions.label")}>
          {mine ? null : (
            <button
              type="button"
              className="button button-primary"
              disabled={claim.isPending}
              onClick={() => claim.mutate({})}
            >
              {t("admin.actions.claim")}
            </button>
          )}
          <button type="button" className="button" onClick={() => setDialog("assign")}>
            {t("admin.actions.assign")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setMacroQuery("");
              setMacros(true);
            }}
          >
            {t("admin.composer.macros")} <kbd>m</kbd>
          </button>
          <button type="button" className="button" onClick={() => setDialog("escalate")}>
            {t("admin.actions.escalate")} <kbd>e</kbd>
          </button>
          <button type="button" className="button" onClick={() => setDialog("resolve")}>
            {t("admin.actions.resolve")}
          </button>
          <button type="button" className="button" onClick={() => setDialog("merge")}>
            {t("admin.actions.merge")}
          </button>
          <button type="button" className="button button-danger" onClick={() => setDialog("close")}>
            {t("admin.actions.close")}
          </button>
        </div>
      ) : data.status === "resolved" ? (
        <div className="toolbar" role="toolbar" aria-label={t("admin.actions.label")}>
          <button type="button" className="button button-danger" onClick={() => setDialog("close")}>
            {t("admin.actions.close")}
          </button>
        </div>
      ) : null}
      <ActionError error={claim.error ?? priority.error} />
      {(data.status === "resolved" || data.status === "closed") &&
      (roles.includes("content_editor") || roles.includes("admin")) ? (
        <Suspense fallback={null}>
          <ArticleFromTicketLink ticketId={data.id} />
        </Suspense>
      ) : null}

      <div className="workspace-body">
        <div className="workspace-main">
          <Thread ticket={data} />
          {data.status !== "closed" ? (
            <Composer
              ticket={data}
              ref={composer}
              onTyping={presence.typed}
              onMacroShortcut={(query) => {
                setMacroQuery(query);
                setMacros(true);
              }}
            />
          ) : null}
        </div>
        <aside className="workspace-aside">
          <section className="card" aria-labelledby="ticket-details-title">
            <h3 id="ticket-details-title">{t("admin.workspace.details")}</h3>
            <dl className="facts">
              <dt>{t("admin.workspace.status")}</dt>
              <dd>{t(`admin.status.${data.status}`)}</dd>
              <dt>{t("admin.workspace.queue")}</dt>
              <dd>{t(`admin.queues.${data.queue}`)}</dd>
              <dt>{t("admin.workspace.assignee")}</dt>
              <dd dir="auto">{data.assignee?.name ?? t("admin.workspace.nobody")}</dd>
            </dl>
            <div className="field">
              <label htmlFor={priorityId}>{t("admin.workspace.priority")}</label>
              <select
                id={priorityId}
                value={data.priority}
                disabled={!isOpen || priority.isPending}
                onChange={(event) => priority.mutate({ priority: event.target.value as Priority })}
              >
                {PRIORITIES.map((value) => (
                  <option key={value} value={value}>
                    {t(`admin.priority.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <TagEditor
              title={t("admin.workspace.tags")}
              addLabel={t("admin.workspace.addTag")}
              tags={data.tags}
              mutation={tags}
            />
          </section>
          <CustomerCard card={data.card} ticketId={data.id} />
        </aside>
      </div>

      <ActionDialogs ticket={data} open={dialog} onClose={() => setDialog(null)} />
      <MacroPicker
        open={macros}
        initialQuery={macroQuery}
        ticketId={data.id}
        locale={customerLocale}
        onClose={() => setMacros(false)}
        onPick={(picked) => {
          setMacros(false);
          composer.current?.insert(picked);
        }}
      />
    </article>
  );
}
