"use client";

import { useRouter } from "next/navigation";
import { Fragment, useEffect, useState, type ReactNode } from "react";

// Back and Forward show a page as it was rendered when it was left: the router's cache (a client-side history
// move) or the browser's back-forward cache (a full page). For pages whose figures and cards change as the learner
// studies, that is stale: old counts, or a card already answered offered again. A history move is told apart from
// a link by the popstate event that precedes it.
let lastHistoryMoveAt = 0;
if (typeof window !== "undefined") window.addEventListener("popstate", () => (lastHistoryMoveAt = Date.now()));
const HISTORY_MOVE_WINDOW_MS = 1500;

/**
 * Renders `children` as the server rendered them, except after Back or Forward: then it shows `fallback` and asks
 * the server for the page again, rendering the fresh `children` (a new `renderId`) from scratch.
 */
export function FreshOnHistoryVisit({ renderId, fallback, children }: { renderId: string; fallback: ReactNode; children: ReactNode }) {
  const router = useRouter();
  const [staleId, setStaleId] = useState<string | null>(null);

  useEffect(() => {
    const refresh = () => {
      setStaleId(renderId);
      router.refresh();
    };
    if (Date.now() - lastHistoryMoveAt < HISTORY_MOVE_WINDOW_MS) refresh();
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) refresh();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
    // On mount only: a refresh brings a new renderId, which must not count as another history move.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (staleId === renderId) return <>{fallback}</>;
  return <Fragment key={renderId}>{children}</Fragment>;
}
