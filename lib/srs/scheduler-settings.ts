import { checkParameters, type StepUnit } from "ts-fsrs";
import { z } from "zod";
import { assertTimeZone } from "./study-day";

/** Every setting the scheduler, the queue and the study day read; one object, passed in, never read from env. */
export type SchedulerSettings = {
  /** the share of what they studied the learner wants to remember on an average day (lib/srs/review-policy.ts) */
  desiredRetention: number;
  learningSteps: StepUnit[];
  relearningSteps: StepUnit[];
  maximumIntervalDays: number;
  /** fitted FSRS parameters (17, 19 or 21 numbers); undefined means ts-fsrs's FSRS-6 defaults */
  weights?: number[];
  enableFuzz: boolean;
  newCardsPerDay: number;
  /** IANA zone; the study day starts at 4 a.m. in it */
  timeZone: string;
  /** learning cards due within this many minutes may be shown early when nothing else is left */
  learnAheadMinutes: number;
};

export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.97;

const MINUTES_PER_UNIT = { m: 1, h: 60, d: 1440 } as const;

export function stepMinutes(step: string): number {
  const unit = step.slice(-1) as keyof typeof MINUTES_PER_UNIT;
  return Number(step.slice(0, -1)) * MINUTES_PER_UNIT[unit];
}

const step = z
  .string()
  .regex(/^[1-9]\d*[mh]$/, "A step is a whole number of minutes or hours, such as 10m or 2h.")
  .transform((s) => s as StepUnit);

/*
 * Steps are same-day and strictly increasing, with at least one: then Again (the first step) always comes before
 * Hard (halfway to the next step, or 1.5x the only one), and in review Again (minutes) before Hard (>= 1 day).
 * Hard must never equal again. Gaps of a day or more are FSRS's job (ts-fsrs also mishandles steps >= 1 day).
 */
const steps = z
  .array(step)
  .min(1, "At least one step is needed so that Hard stays later than Again.")
  .max(10, "At most 10 steps.")
  .refine((list) => list.every((s) => stepMinutes(s) < 1440), "Each step must be shorter than a day.")
  .refine(
    (list) => list.every((s, i) => i === 0 || stepMinutes(s) > stepMinutes(list[i - 1] ?? "0m")),
    "Steps must be in increasing order.",
  );

export const schedulerSettingsSchema = z.object({
  desiredRetention: z
    .number({ error: "Desired retention must be a number between 0.70 and 0.97." })
    .min(MIN_DESIRED_RETENTION, "Desired retention must be between 0.70 and 0.97.")
    .max(MAX_DESIRED_RETENTION, "Desired retention must be between 0.70 and 0.97.")
    .default(0.9),
  learningSteps: steps.default(["1m", "10m"]),
  relearningSteps: steps.default(["10m"]),
  maximumIntervalDays: z.number().int().min(1).max(36500).default(36500),
  weights: z
    .array(z.number())
    .refine((w) => [17, 19, 21].includes(w.length), "FSRS weights must be a list of 17, 19 or 21 numbers.")
    .refine((w) => {
      try {
        checkParameters(w);
        return true;
      } catch {
        return false;
      }
    }, "FSRS weights must all be finite numbers.")
    .optional(),
  enableFuzz: z.boolean().default(true),
  newCardsPerDay: z.number().int().min(0).max(9999).default(20),
  timeZone: z
    .string()
    .default("UTC")
    .refine((zone) => {
      try {
        assertTimeZone(zone);
        return true;
      } catch {
        return false;
      }
    }, "Time zone must be an IANA name such as Europe/Paris."),
  learnAheadMinutes: z.number().int().min(0).max(1440).default(20),
});

export class InvalidSchedulerSettingsError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid scheduler settings: ${issues.join(" ")}`);
    this.name = "InvalidSchedulerSettingsError";
  }
}

/** Fills defaults and validates ranges; throws InvalidSchedulerSettingsError with one sentence per problem. */
export function parseSchedulerSettings(partial: Partial<SchedulerSettings> | undefined = {}): SchedulerSettings {
  // null from the database means "not set", like undefined
  const cleaned = Object.fromEntries(Object.entries(partial ?? {}).filter(([, v]) => v !== undefined && v !== null));
  const parsed = schedulerSettingsSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new InvalidSchedulerSettingsError(
      parsed.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)),
    );
  }
  const { weights, ...rest } = parsed.data;
  return weights ? { ...rest, weights } : rest;
}

export const defaultSchedulerSettings: SchedulerSettings = parseSchedulerSettings({});
