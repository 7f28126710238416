import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import {
  defaultSchedulerSettings,
  InvalidSchedulerSettingsError,
  parseSchedulerSettings,
} from "@/lib/srs/scheduler-settings";

describe("parseSchedulerSettings", () => {
  it("fills every default", () => {
    expect(parseSchedulerSettings({})).toEqual({
      desiredRetention: 0.9,
      learningSteps: ["1m", "10m"],
      relearningSteps: ["10m"],
      maximumIntervalDays: 36500,
      enableFuzz: true,
      newCardsPerDay: 20,
      timeZone: "UTC",
      learnAheadMinutes: 20,
    });
    expect(defaultSchedulerSettings.weights).toBeUndefined();
  });

  it("treats null and undefined from the database as not set", () => {
    const settings = parseSchedulerSettings({ weights: undefined, timeZone: null as unknown as string });
    expect(settings.timeZone).toBe("UTC");
    expect("weights" in settings).toBe(false);
  });

  it.each([0.7, 0.85, 0.97])("accepts retention %s (bounds inclusive)", (desiredRetention) => {
    expect(parseSchedulerSettings({ desiredRetention }).desiredRetention).toBe(desiredRetention);
  });

  it.each([0.69, 0.98, 1, 0, Number.NaN])("rejects retention %s with a sentence naming the range", (desiredRetention) => {
    expect(() => parseSchedulerSettings({ desiredRetention })).toThrow(InvalidSchedulerSettingsError);
    expect(() => parseSchedulerSettings({ desiredRetention })).toThrow(/between 0.70 and 0.97/);
  });

  it("accepts fitted weights of FSRS-6 length and rejects others", () => {
    expect(parseSchedulerSettings({ weights: [...default_w] }).weights).toHaveLength(21);
    expect(() => parseSchedulerSettings({ weights: [1, 2, 3] })).toThrow(/17, 19 or 21/);
    expect(() => parseSchedulerSettings({ weights: [...default_w.slice(0, 20), Number.POSITIVE_INFINITY] })).toThrow(/weights/);
  });

  it("rejects an unknown time zone", () => {
    expect(() => parseSchedulerSettings({ timeZone: "Mars/Olympus_Mons" })).toThrow(/IANA/);
  });

  it.each([
    [[], /At least one step/],
    [["10m", "1m"], /increasing/],
    [["1m", "1m"], /increasing/],
    [["1d"], /step/],
    [["24h"], /shorter than a day/],
    [["0m"], /step/],
  ])("rejects learning steps %j because Hard could equal Again", (learningSteps, message) => {
    expect(() => parseSchedulerSettings({ learningSteps: learningSteps as never })).toThrow(message);
  });

  it("rejects a negative new-card limit", () => {
    expect(() => parseSchedulerSettings({ newCardsPerDay: -1 })).toThrow(/newCardsPerDay/);
  });
});
