"use client";

import { useEffect } from "react";

const KEY = "recall:session-renewed-at";

/**
 * Sessions end after a week without use. Reading /api/auth/session re-issues the cookie with a
 * fresh week, so a signed-in page does that at most once per `everyMs`.
 */
export function SessionRenewal({ everyMs }: { everyMs: number }) {
  useEffect(() => {
    const last = Number(window.localStorage.getItem(KEY) ?? 0);
    if (Date.now() - last < everyMs) return;
    void fetch("/api/auth/session", { cache: "no-store" }).then((response) => {
      if (response.ok) window.localStorage.setItem(KEY, String(Date.now()));
    });
  }, [everyMs]);
  return null;
}
