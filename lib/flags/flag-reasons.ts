// What a flag can say and how it is closed: plain constants, so the study page and the deck page can show them
// without bundling the schema library flag-rules.ts is written in.

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
