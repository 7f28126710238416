import { toCsvFileName } from "@/lib/classes/csv";
import { authorized } from "@/lib/server/action";
import { exportDeckCsv } from "@/lib/server/deck-csv";
import { DeckIdSchema } from "@/lib/server/decks";
import { toJsonResponse } from "@/lib/server/json-route";

const exportCsv = authorized("deck:manage", DeckIdSchema, ({ deckId }, user) => exportDeckCsv(user.id, deckId));

/** GET: the deck's questions as CSV (columns in README, "Decks as CSV"), to edit in a spreadsheet and import again. */
export async function GET(_request: Request, { params }: { params: Promise<{ deckId: string }> }) {
  const result = await exportCsv(await params);
  if (!result.ok) return toJsonResponse(result);
  return new Response(`\uFEFF${result.data.csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${toCsvFileName(result.data.title)}"`,
      "cache-control": "no-store",
    },
  });
}
