/** Minutes one agent needs per first response when the queue has no recent history. */
export const DEFAULT_HANDLING_MINUTES = 4;
/** How far back "recent" replies reach for the handling rate and the active agents. */
export const RECENT_MINUTES = 60;

/**
 * The first-response ETA: the time a free agent takes to answer (the median first response of
 * the last hour), plus the wait for an agent when more tickets are ahead than agents are working,
 * at the queue's recent pace. Capped at the SLA due time, because the desk promised that; only a
 * queue that is already past due on some ticket gets an honest later ETA, flagged so the app can
 * say so.
 */
export function estimateEta(input: {
  now: number;
  dueAt: number;
  ahead: number;
  overdue: number;
  recentAgents: number;
  recentAnswered: number;
  /** Median minutes from creation to first response of the tickets answered in the last hour. */
  recentFrtMinutes?: number | null;
  staff: number;
}): { eta: number; queueBreaching: boolean; activeAgents: number } {
  const activeAgents = Math.max(input.recentAgents, input.staff > 0 ? 1 : 0);
  const service = input.recentFrtMinutes ?? DEFAULT_HANDLING_MINUTES;
  const perMinute =
    input.recentAnswered > 0
      ? input.recentAnswered / RECENT_MINUTES
      : activeAgents / DEFAULT_HANDLING_MINUTES;
  const waiting = Math.max(0, input.ahead + 1 - activeAgents);
  const waitMinutes = service + waiting / Math.max(perMinute, 1e-6);
  // Nobody works this queue yet: the target is the only promise there is to make.
  const raw = activeAgents === 0 ? input.dueAt : input.now + waitMinutes * 60_000;
  const queueBreaching = input.overdue > 0;
  return {
    eta: Math.round(queueBreaching ? Math.max(raw, input.dueAt) : Math.min(raw, input.dueAt)),
    queueBreaching,
    activeAgents,
  };
}
