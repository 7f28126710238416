import { z } from "zod";
import { authorized } from "@/lib/server/action";
import { toJsonResponse } from "@/lib/server/json-route";
import { getLearnerProgress } from "@/lib/server/progress";

const read = authorized("progress:read-own", z.object({}), (_input, user) => getLearnerProgress(user.id, new Date()));

/** The signed-in learner's progress figures: forecast, heatmap, retention, streak, mastery and accuracy by kind. */
export async function GET() {
  return toJsonResponse(await read({}));
}
