import { z } from "zod";
import { checkLearnerSettings, type LearnerSettingsInput } from "./learner-settings-rules";

export { isKnownTimeZone, NEW_CARDS_PER_DAY_RANGE, RETENTION_PERCENT_RANGE, type LearnerSettingsField, type LearnerSettingsInput } from "./learner-settings-rules";

/** The server's check of a learner's settings: the form's own (learner-settings-rules.ts), as a schema for actions. */
export const LearnerSettingsSchema = z.unknown().transform((input, ctx): LearnerSettingsInput => {
  const result = checkLearnerSettings(input);
  if (result.ok) return result.value;
  for (const { field, message } of result.errors) ctx.addIssue({ code: "custom", path: [field], message });
  return z.NEVER;
});
