import { toCsvFileName } from "@/lib/classes/csv";
import { authorized } from "@/lib/server/action";
import { exportDeckApkg } from "@/lib/server/deck-apkg";
import { exportDeckCsv } from "@/lib/server/deck-csv";
import { DeckIdSchema } from "@/lib/server/decks";
import { toJsonResponse } from "@/lib/server/json-route";

const exportCsv = authorized("deck:manage", DeckIdSchema, ({ deckId }, user) => exportDeckCsv(user.id, deckId));
const exportApkg = authorized("deck:manage", DeckIdSchema, ({ deckId }, user) => exportDeckApkg(user.id, deckId, new Date()));

const download = (body: BodyInit, type: string, fileName: string) =>
  new Response(body, { headers: { "content-type": type, "content-disposition": `attachment; filename="${fileName}"`, "cache-control": "no-store" } });

/**
 * GET: the deck's questions as CSV (columns in README, "Decks as CSV"), to edit in a spreadsheet and import again;
 * with `?format=apkg`, as an Anki package of new cards (README, "Download for Anki").
 */
export async function GET(request: Request, { params }: { params: Promise<{ deckId: string }> }) {
  if (new URL(request.url).searchParams.get("format") === "apkg") {
    const result = await exportApkg(await params);
    if (!result.ok) return toJsonResponse(result);
    const fileName = toCsvFileName(result.data.title).replace(/\.csv$/, ".apkg");
    return download(new Blob([result.data.apkg as Uint8Array<ArrayBuffer>]), "application/octet-stream", fileName);
  }
  const result = await exportCsv(await params);
  if (!result.ok) return toJsonResponse(result);
  return download(`\uFEFF${result.data.csv}`, "text/csv; charset=utf-8", toCsvFileName(result.data.title));
}
