import { z } from "zod";
import { assertTimeZone } from "@/lib/srs/study-day";

// Shared by the server action and the form (which checks first, to show errors beside each field). The ranges are
// the scheduler's (lib/srs/scheduler-settings), which the data layer checks again before saving.
export const RETENTION_PERCENT_RANGE = { min: 70, max: 97, default: 90 } as const;
export const NEW_CARDS_PER_DAY_RANGE = { min: 0, max: 9999, default: 20 } as const;

const retentionMessage = `Choose a desired retention between ${RETENTION_PERCENT_RANGE.min}% and ${RETENTION_PERCENT_RANGE.max}%.`;
const newCardsMessage = `Choose a whole number of new cards per day from ${NEW_CARDS_PER_DAY_RANGE.min} to ${NEW_CARDS_PER_DAY_RANGE.max}.`;

export function isKnownTimeZone(zone: string): boolean {
  try {
    assertTimeZone(zone);
    return true;
  } catch {
    return false;
  }
}

export const LearnerSettingsSchema = z.object({
  /** a probability, 0.70-0.97 (the form shows it as a percentage) */
  desiredRetention: z
    .number({ error: retentionMessage })
    .min(RETENTION_PERCENT_RANGE.min / 100, retentionMessage)
    .max(RETENTION_PERCENT_RANGE.max / 100, retentionMessage),
  newCardsPerDay: z
    .number({ error: newCardsMessage })
    .int(newCardsMessage)
    .min(NEW_CARDS_PER_DAY_RANGE.min, newCardsMessage)
    .max(NEW_CARDS_PER_DAY_RANGE.max, newCardsMessage),
  timeZone: z
    .string({ error: "Choose your time zone." })
    .trim()
    .min(1, { error: "Choose your time zone.", abort: true })
    .max(64, { error: "That is not a time zone name. Pick one from the list, such as Europe/Paris.", abort: true })
    .refine(isKnownTimeZone, "That is not a time zone name. Pick one from the list, such as Europe/Paris."),
});

export type LearnerSettingsInput = z.infer<typeof LearnerSettingsSchema>;
export type LearnerSettingsField = keyof LearnerSettingsInput;
