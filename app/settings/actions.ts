"use server";

import { authorized } from "@/lib/server/action";
import { updateLearnerSettings } from "@/lib/server/learner-settings";
import { LearnerSettingsSchema } from "./learner-settings-schema";

export const updateLearnerSettingsAction = authorized("settings:update-own", LearnerSettingsSchema, (input, user) => updateLearnerSettings(user.id, input));
