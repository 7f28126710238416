"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server/action";

const OFFLINE = "We could not reach the server. Check your connection and try again.";

/**
 * Runs a server action, keeps its plain-sentence error, and refreshes the page's server data on success (unless
 * `refresh` is false: a page whose data the action spends, like a one-time link's, would re-render as spent).
 */
export function useActionRunner({ refresh = true }: { refresh?: boolean } = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, onOk?: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      try {
        const result = await action();
        if (!result.ok) {
          setError(result.error);
          return;
        }
        onOk?.(result.data);
        if (refresh) router.refresh();
      } catch {
        setError(OFFLINE);
      }
    });
  }

  return { pending, error, setError, run };
}
