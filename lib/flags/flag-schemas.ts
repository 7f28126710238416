import { z } from "zod";
import { FLAG_CLOSINGS, FLAG_COMMENT_MAX, FLAG_REASONS } from "./flag-rules";

// Kept apart from flag-rules.ts so the study page, which shows the reasons, ships no schema library.
export const FlagInputSchema = z.object({
  itemId: z.string().min(1).max(64),
  deckId: z.string().min(1).max(64).nullable().default(null),
  reason: z.enum(FLAG_REASONS, "Say whether the answer is wrong or the question unclear."),
  comment: z.string().trim().max(FLAG_COMMENT_MAX, `Keep the reason under ${FLAG_COMMENT_MAX} characters.`).default(""),
});
export type FlagInput = z.input<typeof FlagInputSchema>;

export const CloseFlagSchema = z.object({ flagId: z.string().min(1).max(64), status: z.enum(FLAG_CLOSINGS) });
