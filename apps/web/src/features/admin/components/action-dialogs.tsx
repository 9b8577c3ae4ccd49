import type { DeskTicketDetail } from "@helpline/contracts/desk";
import { type FormEvent, useId, useState } from "react";
import { useLocation } from "wouter";
import { formatNumber } from "../../../lib/format";
import { currentLocale, useTranslation } from "../../../lib/i18n";
import { haptic } from "../../../lib/telegram";
import {
  useAssign,
  useAssignees,
  useCloseTicket,
  useEscalate,
  useMerge,
  useResolve,
} from "../api/desk";
import { ActionError } from "./action-error";
import { Dialog } from "./dialog";

export type ActionDialog = "assign" | "escalate" | "resolve" | "close" | "merge" | null;

interface Props {
  ticket: DeskTicketDetail;
  open: ActionDialog;
  onClose: () => void;
}

/** The actions that need more than a click: each its own small form in a dialog. */
export function ActionDialogs(props: Props) {
  return (
    <>
      {/* Keyed by the assignee so the choice starts from who has it now. */}
      <AssignDialog key={props.ticket.assignee?.id ?? "nobody"} {...props} />
      <EscalateDialog {...props} />
      <ResolveDialog {...props} />
      <CloseDialog {...props} />
      <MergeDialog {...props} />
    </>
  );
}

function DialogButtons({ pending, submit }: { pending: boolean; submit: string }) {
  return (
    <div className="row dialog-buttons">
      <button type="submit" className="button button-primary" disabled={pending}>
        {submit}
      </button>
    </div>
  );
}

const done = (onClose: () => void) => ({
  onSuccess: () => {
    haptic.success();
    onClose();
  },
  onError: () => haptic.error(),
});

function AssignDialog({ ticket, open, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const assignees = useAssignees(ticket.id, open === "assign");
  const assign = useAssign(ticket.id);
  const [value, setValue] = useState<string>(ticket.assignee ? String(ticket.assignee.id) : "");
  return (
    <Dialog open={open === "assign"} title={t("admin.actions.assign")} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          assign.mutate({ assigneeId: value ? Number(value) : null }, done(onClose));
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t("admin.actions.assignTo")}</label>
          <select id={id} value={value} onChange={(event) => setValue(event.target.value)}>
            <option value="">{t("admin.actions.unassign")}</option>
            {(assignees.data?.items ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <ActionError error={assign.error ?? assignees.error} />
        <DialogButtons pending={assign.isPending} submit={t("admin.actions.save")} />
      </form>
    </Dialog>
  );
}

function EscalateDialog({ ticket, open, onClose }: Props) {
  const { t } = useTranslation();
  const reasonId = useId();
  const escalate = useEscalate(ticket.id);
  const [, navigate] = useLocation();
  const [to, setTo] = useState<"l2" | "vip">(ticket.queue === "l2" ? "vip" : "l2");
  const [reason, setReason] = useState("");
  return (
    <Dialog open={open === "escalate"} title={t("admin.actions.escalate")} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          // The ticket leaves this agent's queue: back to the queue for the next one.
          escalate.mutate(
            { to, reason: reason.trim() },
            done(() => {
              onClose();
              navigate("/");
            }),
          );
        }}
      >
        <fieldset className="field">
          <legend>{t("admin.actions.escalateTo")}</legend>
          <div className="chips">
            {(["l2", "vip"] as const).map((target) => (
              <label key={target} className="chip">
                <input
                  type="radio"
                  name="escalate-to"
                  value={target}
                  checked={to === target}
                  onChange={() => setTo(target)}
                />
                <span>{t(`admin.views.${target}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={reasonId}>{t("admin.actions.escalateReason")}</label>
          <textarea
            id={reasonId}
            dir="auto"
            rows={3}
            required
            minLength={3}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <ActionError error={escalate.error} />
        <DialogButtons pending={escalate.isPending} submit={t("admin.actions.escalate")} />
      </form>
    </Dialog>
  );
}

function ResolveDialog({ ticket, open, onClose }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const summaryId = useId();
  const resolve = useResolve(ticket.id);
  const [summary, setSummary] = useState("");
  const [steps, setSteps] = useState<string[]>([""]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    resolve.mutate(
      {
        summary: summary.trim(),
        nextSteps: steps.map((step) => step.trim()).filter(Boolean),
      },
      done(onClose),
    );
  };
  return (
    <Dialog open={open === "resolve"} title={t("admin.actions.resolve")} onClose={onClose} wide>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={summaryId}>{t("admin.actions.summary")}</label>
          <textarea
            id={summaryId}
            dir="auto"
            rows={3}
            required
            minLength={3}
            maxLength={2000}
            value={summary}
            aria-describedby={`${summaryId}-hint`}
            onChange={(event) => setSummary(event.target.value)}
          />
          <p className="hint" id={`${summaryId}-hint`}>
            {t("admin.actions.summaryHint")}
          </p>
        </div>
        <fieldset className="field">
          <legend>{t("admin.actions.nextSteps")}</legend>
          <ol className="steps">
            {steps.map((step, index) => {
              const number = formatNumber(index + 1, locale);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the steps are edited in place by position
                <li key={index} className="row">
                  <input
                    dir="auto"
                    aria-label={t("admin.actions.step", { number })}
                    maxLength={300}
                    value={step}
                    onChange={(event) =>
                      setSteps(steps.map((s, i) => (i === index ? event.target.value : s)))
                    }
                  />
                  {steps.length > 1 ? (
                    <button
                      type="button"
                      className="icon-button"
                      onClick={() => setSteps(steps.filter((_, i) => i !== index))}
                    >
                      <span aria-hidden="true">×</span>
                      <span className="visually-hidden">
                        {t("admin.actions.removeStep", { number })}
                      </span>
                    </button>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {steps.length < 5 ? (
            <button type="button" className="button" onClick={() => setSteps([...steps, ""])}>
              {t("admin.actions.addStep")}
            </button>
          ) : null}
        </fieldset>
        <ActionError error={resolve.error} />
        <DialogButtons pending={resolve.isPending} submit={t("admin.actions.resolve")} />
      </form>
    </Dialog>
  );
}

function CloseDialog({ ticket, open, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const close = useCloseTicket(ticket.id);
  const [reason, setReason] = useState("");
  return (
    <Dialog open={open === "close"} title={t("admin.actions.close")} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          close.mutate(reason.trim() ? { reason: reason.trim() } : {}, done(onClose));
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t("admin.actions.closeReason")}</label>
          <input
            id={id}
            dir="auto"
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        <ActionError error={close.error} />
        <DialogButtons pending={close.isPending} submit={t("admin.actions.close")} />
      </form>
    </Dialog>
  );
}

function MergeDialog({ ticket, open, onClose }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const id = useId();
  const merge = useMerge(ticket.id);
  const [, navigate] = useLocation();
  const targets = ticket.card.previousTickets.filter(
    (other) => other.id !== ticket.id && other.status !== "closed",
  );
  const [target, setTarget] = useState("");
  return (
    <Dialog open={open === "merge"} title={t("admin.actions.merge")} onClose={onClose}>
      {targets.length === 0 ? (
        <p className="hint">{t("admin.actions.noMergeTarget")}</p>
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!target) return;
            merge.mutate(
              { targetId: target },
              {
                onSuccess: (kept) => {
                  haptic.success();
                  onClose();
                  navigate(`/tickets/${kept.id}`);
                },
                onError: () => haptic.error(),
              },
            );
          }}
        >
          <div className="field">
            <label htmlFor={id}>{t("admin.actions.mergeInto")}</label>
            <select
              id={id}
              required
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              aria-describedby={`${id}-hint`}
            >
              <option value="" />
              {targets.map((other) => (
                <option key={other.id} value={other.id}>
                  #{formatNumber(other.number, locale)} · {other.subject}
                </option>
              ))}
            </select>
            <p className="hint" id={`${id}-hint`}>
              {t("admin.actions.mergeHint")}
            </p>
          </div>
          <ActionError error={merge.error} />
          <DialogButtons pending={merge.isPending} submit={t("admin.actions.merge")} />
        </form>
      )}
    </Dialog>
  );
}
