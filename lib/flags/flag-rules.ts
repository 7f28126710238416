import { z } from "zod";

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

export const FlagInputSchema = z.object({
  itemId: z.string().min(1).max(64),
  deckId: z.string().min(1).max(64).nullable().default(null),
  reason: z.enum(FLAG_REASONS, "Say whether the answer is wrong or the question unclear."),
  comment: z.string().trim().max(FLAG_COMMENT_MAX, `Keep the reason under ${FLAG_COMMENT_MAX} characters.`).default(""),
});
export type FlagInput = z.input<typeof FlagInputSchema>;

export const CloseFlagSchema = z.object({ flagId: z.string().min(1).max(64), status: z.enum(FLAG_CLOSINGS) });

/** Where the 24-hour window of the flag limit starts. */
export function flagWindowStart(now: Date): Date {
  return new Date(now.getTime() - DAY_MS);
}

/** Whether a learner who sent `sentInWindow` flags in the last 24 hours may send one more. */
export function mayFlagAgain(sentInWindow: number): boolean {
  return sentInWindow < FLAGS_PER_DAY;
}
