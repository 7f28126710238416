import { z } from "zod";
import { LearnerSettingsSchema } from "@/app/settings/learner-settings-schema";
import { authorized } from "@/lib/server/action";
import { jsonMutation, toJsonResponse } from "@/lib/server/json-route";
import { getLearnerSettings, updateLearnerSettings } from "@/lib/server/learner-settings";

// Reading one's own settings needs the same permission as changing them.
const read = authorized("settings:update-own", z.object({}), (_input, user) => getLearnerSettings(user.id, new Date()));
const update = authorized("settings:update-own", LearnerSettingsSchema, (input, user) => updateLearnerSettings(user.id, input));

/** The signed-in learner's scheduling settings and whether personal FSRS weights are in use. */
export async function GET() {
  return toJsonResponse(await read({}));
}

/** Replaces the signed-in learner's settings: { desiredRetention, newCardsPerDay, timeZone }. */
export const PUT = jsonMutation(update);
