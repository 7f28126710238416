import { z } from "zod";
import { authorized } from "@/lib/server/action";
import { getAssignedDecksForLearner } from "@/lib/server/assignments";
import { toJsonResponse } from "@/lib/server/json-route";

const list = authorized("assignment:read-own", z.object({}), (_input, user) => getAssignedDecksForLearner(user.id, new Date()));

/** The signed-in learner's assigned decks with their progress. */
export async function GET() {
  return toJsonResponse(await list({}));
}
