import { useEffect } from "react";
import { useLocation } from "wouter";
import { launchState } from "../lib/telegram";

let handled = false;

/**
 * Deep links from the bot (`startapp=new_payment`) open the right screen once, at launch.
 * `ticket_<number>` lands on My requests until tickets can be looked up by number.
 */
export function StartParamRedirect() {
  const [, navigate] = useLocation();
  useEffect(() => {
    const launch = launchState();
    if (handled || launch.kind !== "telegram" || !launch.startParam) return;
    handled = true;
    const match = /^new_([a-z0-9_-]+)$/.exec(launch.startParam);
    if (match?.[1]) navigate(`/new?topic=${encodeURIComponent(match[1])}`);
  }, [navigate]);
  return null;
}
