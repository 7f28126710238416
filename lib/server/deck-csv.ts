import "server-only";
import { z } from "zod";
import { deckToCsv, MAX_DECK_CSV_BYTES, parseDeckCsv, type DeckCsvRow } from "@/lib/classes/deck-csv";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { getDb, type Db } from "./db";
import { ACTIVE_DECK_ITEM, CreateDeckSchema } from "./decks";
import { NotFoundError, UserFacingError } from "./errors";
import { addHandWrittenItemsInTx } from "./hand-written-items";

export const ImportDeckCsvSchema = z.object({
  title: CreateDeckSchema.shape.title,
  // characters, not bytes: parseDeckCsv checks the byte size with a clear message
  csv: z.string().min(1, "Choose a CSV file.").max(MAX_DECK_CSV_BYTES, "That file is over 1 MB. Split it into smaller decks."),
});

/** A deck's question as exported (CSV or Anki): what learners see, with the deck's edits. */
export type ExportedDeckItem = DeckCsvRow & { itemId: string };

/** The questions learners of this deck study (not suspended, not retired), in deck order, with the deck's edits. */
export async function loadDeckForExport(instructorId: string, deckId: string, db: Db = getDb()): Promise<{ title: string; items: ExportedDeckItem[] }> {
  const deck = await db.deck.findFirst({
    where: { id: deckId, ownerId: instructorId },
    select: {
      title: true,
      items: {
        where: ACTIVE_DECK_ITEM,
        orderBy: { position: "asc" },
        select: { itemId: true, overrides: true, item: { select: { type: true, kind: true, prompt: true, answer: true, choices: true, accepted: true, sourceSentence: true } } },
      },
    },
  });
  if (!deck) throw new NotFoundError("That deck");
  const items = deck.items.map(({ itemId, item, overrides }) => {
    const shown = applyItemOverrides(item, overrides);
    return {
      itemId,
      type: shown.type,
      kind: shown.kind,
      prompt: shown.prompt,
      answer: shown.answer,
      choices: JSON.parse(shown.choices) as string[],
      accepted: JSON.parse(shown.accepted) as string[],
      explanation: shown.sourceSentence,
    };
  });
  return { title: deck.title, items };
}

export async function exportDeckCsv(instructorId: string, deckId: string, db: Db = getDb()): Promise<{ title: string; csv: string }> {
  const { title, items } = await loadDeckForExport(instructorId, deckId, db);
  return { title, csv: deckToCsv(items) };
}

/**
 * A new draft deck of this instructor's holding the file's questions as hand-written ones, in one transaction: a
 * malformed file names its line and creates nothing.
 */
export async function importDeckFromCsv(instructorId: string, input: z.input<typeof ImportDeckCsvSchema>, db: Db = getDb()): Promise<{ id: string; items: number }> {
  const { title, csv } = ImportDeckCsvSchema.parse(input);
  const parsed = parseDeckCsv(csv);
  if (!parsed.ok) throw new UserFacingError(`Nothing was imported. ${parsed.error}`);
  return db.$transaction(async (tx) => {
    const deck = await tx.deck.create({ data: { title, ownerId: instructorId }, select: { id: true } });
    const ids = await addHandWrittenItemsInTx(tx, instructorId, deck.id, parsed.items);
    return { id: deck.id, items: ids.length };
  });
}
