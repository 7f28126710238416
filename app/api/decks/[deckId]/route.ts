import { authorized } from "@/lib/server/action";
import { DeckIdSchema, getInstructorDeck } from "@/lib/server/decks";
import { toJsonResponse } from "@/lib/server/json-route";

const read = authorized("deck:manage", DeckIdSchema, ({ deckId }, user) => getInstructorDeck(user.id, deckId));

export async function GET(_request: Request, { params }: { params: Promise<{ deckId: string }> }) {
  return toJsonResponse(await read(await params));
}
