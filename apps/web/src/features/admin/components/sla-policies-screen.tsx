import type { SlaPolicyInput, SlaPolicyView } from "@helpline/contracts/sla";
import { useId, useState } from "react";
import { ErrorState } from "../../../components/error-state";
import { SkeletonList } from "../../../components/skeleton";
import { useTranslation } from "../../../lib/i18n";
import { useSaveSlaPolicy, useSlaPolicies } from "../api/sla-policies";
import { ActionError } from "./action-error";
import { ToolScreen } from "./tool-screen";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;
const NUMBER_FIELDS = [
  "firstResponseMinutes",
  "nextResponseMinutes",
  "resolutionMinutes",
  "clarifyReminderMinutes",
  "clarifyAutoCloseMinutes",
  "noReplyMinutes",
  "csatDelayMinutes",
  "followUpMinutes",
  "autoCloseResolvedMinutes",
] as const;

const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const fromTime = (value: string) => {
  const [h, m] = value.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Admins and supervisors set each queue's SLA targets, business hours and automation delays. */
export function SlaPoliciesScreen() {
  const { t } = useTranslation();
  const policies = useSlaPolicies();
  return (
    <ToolScreen title={t("admin.slaPolicies.title")}>
      <p className="hint">{t("admin.slaPolicies.hint")}</p>
      {policies.isPending ? (
        <SkeletonList label={t("app.loading")} />
      ) : policies.isError ? (
        <ErrorState onRetry={() => void policies.refetch()} />
      ) : (
        policies.data.items.map((policy) => <PolicyForm key={policy.queueId} policy={policy} />)
      )}
    </ToolScreen>
  );
}

function PolicyForm({ policy }: { policy: SlaPolicyView }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveSlaPolicy();
  const first = policy.calendar?.week.find((day) => day.length > 0)?.[0];
  const [numbers, setNumbers] = useState(() =>
    Object.fromEntries(NUMBER_FIELDS.map((field) => [field, String(policy[field])])),
  );
  const [dueSoon, setDueSoon] = useState(String(Math.round(policy.dueSoonRatio * 100)));
  const [pauseWaiting, setPauseWaiting] = useState(
    policy.pauseStatuses.includes("waiting_customer"),
  );
  const [allDay, setAllDay] = useState(policy.calendar === null);
  const [timeZone, setTimeZone] = useState(policy.calendar?.timeZone ?? "UTC");
  const [days, setDays] = useState<number[]>(() =>
    policy.calendar
      ? policy.calendar.week.flatMap((day, index) => (day.length > 0 ? [index] : []))
      : [1, 2, 3, 4, 5],
  );
  const [opens, setOpens] = useState(toTime(first?.[0] ?? 540));
  const [closes, setCloses] = useState(toTime(first?.[1] ?? 1080));
  const [holidays, setHolidays] = useState((policy.calendar?.holidays ?? []).join(", "));

  const submit = () => {
    const input: SlaPolicyInput = {
      ...(Object.fromEntries(
        NUMBER_FIELDS.map((field) => [field, Number(numbers[field])]),
      ) as Record<(typeof NUMBER_FIELDS)[number], number>),
      dueSoonRatio: Number(dueSoon) / 100,
      pauseStatuses: pauseWaiting ? ["waiting_customer"] : [],
      calendar: allDay
        ? null
        : {
            timeZone: timeZone.trim(),
            week: [0, 1, 2, 3, 4, 5, 6].map((day) =>
              days.includes(day) ? [[fromTime(opens), fromTime(closes)]] : [],
            ) as [number, number][][],
            holidays: holidays
              .split(",")
              .map((value) => value.trim())
              .filter(Boolean),
          },
    };
    save.mutate({ queueId: policy.queueId, input });
  };

  return (
    <form
      className="sla-policy"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-title`}>
        {t(`admin.queues.${policy.queueId}`, { defaultValue: policy.queueId })}
        {policy.custom ? null : <span className="hint"> · {t("admin.slaPolicies.defaults")}</span>}
      </h3>
      <div className="sla-policy-grid">
        {NUMBER_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(`admin.slaPolicies.fields.${field}`)}</label>
            <input
              id={`${id}-${field}`}
              type="number"
              inputMode="numeric"
              min={0}
              value={numbers[field]}
              onChange={(event) => setNumbers({ ...numbers, [field]: event.target.value })}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${id}-due`}>{t("admin.slaPolicies.fields.dueSoonPercent")}</label>
          <input
            id={`${id}-due`}
            type="number"
            min={1}
            max={99}
            value={dueSoon}
            onChange={(event) => setDueSoon(event.target.value)}
          />
        </div>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={pauseWaiting}
          onChange={(event) => setPauseWaiting(event.target.checked)}
        />{" "}
        {t("admin.slaPolicies.pauseWaiting")}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={allDay}
          onChange={(event) => setAllDay(event.target.checked)}
        />{" "}
        {t("admin.slaPolicies.allDay")}
      </label>
      {allDay ? null : (
        <fieldset className="sla-hours">
          <legend>{t("admin.slaPolicies.hours")}</legend>
          <div className="field">
            <label htmlFor={`${id}-tz`}>{t("admin.slaPolicies.timeZone")}</label>
            <input
              id={`${id}-tz`}
              dir="ltr"
              value={timeZone}
              onChange={(event) => setTimeZone(event.target.value)}
            />
          </div>
          <div className="row">
            {WEEKDAYS.map((day) => (
              <label className="check" key={day}>
                <input
                  type="checkbox"
                  checked={days.includes(day)}
                  onChange={(event) =>
                    setDays(event.target.checked ? [...days, day] : days.filter((d) => d !== day))
                  }
                />{" "}
                {t(`admin.slaPolicies.weekdays.${day}`)}
              </label>
            ))}
          </div>
          <div className="row">
            <div className="field">
              <label htmlFor={`${id}-opens`}>{t("admin.slaPolicies.opens")}</label>
              <input
                id={`${id}-opens`}
                type="time"
                value={opens}
                onChange={(event) => setOpens(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-closes`}>{t("admin.slaPolicies.closes")}</label>
              <input
                id={`${id}-closes`}
                type="time"
                value={closes}
                onChange={(event) => setCloses(event.target.value)}
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-holidays`}>{t("admin.slaPolicies.holidays")}</label>
            <input
              id={`${id}-holidays`}
              dir="ltr"
              placeholder="2026-12-25, 2027-01-01"
              value={holidays}
              onChange={(event) => setHolidays(event.target.value)}
            />
          </div>
        </fieldset>
      )}
      <ActionError error={save.error} />
      <div className="row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t("admin.slaPolicies.save")}
        </button>
        {save.isSuccess ? (
          <span className="hint" role="status">
            {t("admin.macros.saved")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
