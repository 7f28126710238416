import type { AnswerFeedback, StudyCard } from "@/lib/server/study";

export type { AnswerFeedback, StudyCard };

export class StudyRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Waits `ms`, or less if the browser says it is back online: a dropped connection is retried as soon as it returns. */
function pauseBeforeRetry(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener("online", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener("online", done);
  });
}

export const NOT_SAVED_OFFLINE = "We could not reach the server, so this was not saved. Check your connection and try again.";

/**
 * Sends a request, retrying network failures and server errors with backoff. Safe because every
 * write carries a client id the server stores once. A 4xx answer is final and is thrown.
 */
export async function requestWithRetry<T>(url: string, init: RequestInit, options: { attempts?: number; onRetry?: () => void } = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      options.onRetry?.();
      await pauseBeforeRetry(Math.min(8000, 400 * 2 ** (attempt - 1)));
    }
    try {
      const response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } });
      const body = (await response.json().catch(() => ({}))) as { error?: string; code?: string };
      if (response.ok) return body as T;
      const error = new StudyRequestError(body.error ?? "The server could not take that request.", response.status, body.code);
      if (response.status < 500) throw error;
      lastError = error;
    } catch (error) {
      if (error instanceof StudyRequestError && error.status < 500) throw error;
      lastError = error;
    }
  }
  throw lastError instanceof StudyRequestError
    ? lastError
    : new StudyRequestError(NOT_SAVED_OFFLINE, 0);
}

export function newClientId(): string {
  return crypto.randomUUID().replaceAll("-", "");
}
