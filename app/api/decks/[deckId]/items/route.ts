import { authorized } from "@/lib/server/action";
import { getDeckItemIdsForLearner } from "@/lib/server/assignments";
import { DeckIdSchema } from "@/lib/server/decks";
import { toJsonResponse } from "@/lib/server/json-route";

const read = authorized("assignment:read-own", DeckIdSchema, async ({ deckId }, user) => ({ itemIds: await getDeckItemIdsForLearner(user.id, deckId) }));

/** The item ids of an assigned deck, for the learner studying it. */
export async function GET(_request: Request, { params }: { params: Promise<{ deckId: string }> }) {
  return toJsonResponse(await read(await params));
}
