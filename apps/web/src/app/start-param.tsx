import { useEffect } from "react";
import { useLocation } from "wouter";
import { getTicketByNumber } from "../features/tickets/api/get-ticket";
import { launchState } from "../lib/telegram";

let handled = false;

/**
 * Deep links from the bot open the right screen once, at launch: `startapp=new_payment` the
 * form on that topic, `startapp=ticket_10001` that ticket (looked up by its public number).
 */
export function StartParamRedirect() {
  const [, navigate] = useLocation();
  useEffect(() => {
    const launch = launchState();
    if (handled || launch.kind !== "telegram" || !launch.startParam) return;
    handled = true;
    const topic = /^new_([a-z0-9_-]+)$/.exec(launch.startParam)?.[1];
    if (topic) navigate(`/new?topic=${encodeURIComponent(topic)}`);
    const number = /^ticket_(\d{1,10})$/.exec(launch.startParam)?.[1];
    if (number) {
      getTicketByNumber(Number(number))
        .then((ticket) => navigate(`/tickets/${ticket.id}`))
        .catch(() => {
          // Not theirs or gone: My requests is the honest place to land.
        });
    }
  }, [navigate]);
  return null;
}
