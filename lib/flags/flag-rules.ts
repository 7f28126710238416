// Plain constants and rules, safe for client components; the zod schemas live in flag-schemas.ts.

/** What a learner can say is off about a question. */
export const FLAG_REASONS = ["wrong", "unclear"] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export const FLAG_REASON_LABELS: Record<FlagReason, string> = {
  wrong: "The answer is wrong",
  unclear: "The question is unclear",
};

/** How an instructor closes a flag: fixed (resolved) or not a problem (dismissed). */
export const FLAG_CLOSINGS = ["resolved", "dismissed"] as const;
export type FlagClosing = (typeof FLAG_CLOSINGS)[number];

export const FLAG_COMMENT_MAX = 300;

/** Flags (new or changed) one learner may send in 24 hours: enough for a bad deck, too few to flood an instructor. */
export const FLAGS_PER_DAY = 30;
const DAY_MS = 86_400_000;

/** Where the 24-hour window of the flag limit starts. */
export function flagWindowStart(now: Date): Date {
  return new Date(now.getTime() - DAY_MS);
}

/** Whether a learner who sent `sentInWindow` flags in the last 24 hours may send one more. */
export function mayFlagAgain(sentInWindow: number): boolean {
  return sentInWindow < FLAGS_PER_DAY;
}
