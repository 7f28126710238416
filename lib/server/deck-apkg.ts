import "server-only";
import { buildAnkiCollection } from "@/lib/classes/anki-collection";
import { toAnkiNote } from "@/lib/classes/anki-notes";
import { toApkg } from "./anki-package";
import { getDb, type Db } from "./db";
import { loadDeckForExport } from "./deck-csv";

/** The deck's questions (as the CSV export has them) as an Anki package of new cards. */
export async function exportDeckApkg(instructorId: string, deckId: string, now: Date, db: Db = getDb()): Promise<{ title: string; apkg: Uint8Array }> {
  const { title, items } = await loadDeckForExport(instructorId, deckId, db);
  return { title, apkg: toApkg(buildAnkiCollection(title, items.map(toAnkiNote), now)) };
}
