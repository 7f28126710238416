import { assertTimeZone } from "@/lib/srs/study-day";

// The learner's own settings, checked in plain code so the form can check them first (errors beside each field)
// without shipping a schema library to the browser; the server action's schema (learner-settings-schema.ts) runs
// the same check. The ranges are the scheduler's (lib/srs/scheduler-settings), which the data layer checks again.
export const RETENTION_PERCENT_RANGE = { min: 70, max: 97, default: 90 } as const;
export const NEW_CARDS_PER_DAY_RANGE = { min: 0, max: 9999, default: 20 } as const;

const retentionMessage = `Choose a desired retention between ${RETENTION_PERCENT_RANGE.min}% and ${RETENTION_PERCENT_RANGE.max}%.`;
const newCardsMessage = `Choose a whole number of new cards per day from ${NEW_CARDS_PER_DAY_RANGE.min} to ${NEW_CARDS_PER_DAY_RANGE.max}.`;
const unknownZoneMessage = "That is not a time zone name. Pick one from the list, such as Europe/Paris.";

export type LearnerSettingsInput = {
  /** a probability, 0.70-0.97 (the form shows it as a percentage) */
  desiredRetention: number;
  newCardsPerDay: number;
  timeZone: string;
};
export type LearnerSettingsField = keyof LearnerSettingsInput;

export function isKnownTimeZone(zone: string): boolean {
  try {
    assertTimeZone(zone);
    return true;
  } catch {
    return false;
  }
}

export type LearnerSettingsCheck =
  | { ok: true; value: LearnerSettingsInput }
  | { ok: false; errors: { field: LearnerSettingsField; message: string }[] };

/** The settings with the time zone trimmed, or one plain sentence per wrong field, in the form's order. */
export function checkLearnerSettings(input: unknown): LearnerSettingsCheck {
  const raw = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const errors: { field: LearnerSettingsField; message: string }[] = [];
  const { desiredRetention, newCardsPerDay } = raw;
  const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
  if (!isNumber(desiredRetention) || desiredRetention < RETENTION_PERCENT_RANGE.min / 100 || desiredRetention > RETENTION_PERCENT_RANGE.max / 100) {
    errors.push({ field: "desiredRetention", message: retentionMessage });
  }
  if (!isNumber(newCardsPerDay) || !Number.isInteger(newCardsPerDay) || newCardsPerDay < NEW_CARDS_PER_DAY_RANGE.min || newCardsPerDay > NEW_CARDS_PER_DAY_RANGE.max) {
    errors.push({ field: "newCardsPerDay", message: newCardsMessage });
  }
  const timeZone = typeof raw.timeZone === "string" ? raw.timeZone.trim() : null;
  if (timeZone === null || timeZone === "") errors.push({ field: "timeZone", message: "Choose your time zone." });
  else if (timeZone.length > 64 || !isKnownTimeZone(timeZone)) errors.push({ field: "timeZone", message: unknownZoneMessage });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { desiredRetention: desiredRetention as number, newCardsPerDay: newCardsPerDay as number, timeZone: timeZone! } };
}
