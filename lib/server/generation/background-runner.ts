import "server-only";
import { runGenerationJobs } from "./run-generation-jobs";

const POLL_MS = 2000;
const state = globalThis as unknown as { recallRunner?: { wake: () => void } };

/**
 * Runs queued generation jobs in this server process, one at a time, for as long as it lives: woken at once by
 * an upload here, and polling for jobs queued by other instances or left behind by one that stopped. Started
 * once per process by instrumentation.ts.
 */
export function startGenerationRunner(): void {
  if (state.recallRunner) return;
  let wake: () => void = () => {};
  state.recallRunner = { wake: () => wake() };
  void (async () => {
    for (;;) {
      try {
        await runGenerationJobs();
      } catch (error) {
        console.error("the generation runner failed; retrying", error);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
}

/** An upload here starts its job now instead of at the next poll; no-op where no runner was started. */
export function wakeGenerationRunner(): void {
  state.recallRunner?.wake();
}
