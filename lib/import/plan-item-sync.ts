// What a re-import changes in the stored items. Items are matched by their stable key, so an
// item whose source sentence did not change keeps its id and with it every learner's progress.
// Nothing is deleted: an item that is no longer generated is retired, keeping its review history.

export interface StoredItemRef {
  id: string;
  key: string;
  articleId: string;
  status: string;
}

export interface ItemSyncPlan<T> {
  create: T[];
  update: { id: string; item: T; reactivate: boolean }[];
  retire: string[];
}

export function planItemSync<T extends { key: string }>(stored: StoredItemRef[], generated: T[]): ItemSyncPlan<T> {
  const storedByKey = new Map(stored.map((row) => [row.key, row]));
  const generatedKeys = new Set<string>();
  const plan: ItemSyncPlan<T> = { create: [], update: [], retire: [] };

  for (const item of generated) {
    if (generatedKeys.has(item.key)) continue; // the generator's keys are unique; keep the first if not
    generatedKeys.add(item.key);
    const row = storedByKey.get(item.key);
    if (!row) plan.create.push(item);
    // Instructors' edits and suspensions live on their decks' DeckItem rows, which keep the item id.
    else plan.update.push({ id: row.id, item, reactivate: row.status === "retired" });
  }
  for (const row of stored) {
    if (!generatedKeys.has(row.key) && row.status !== "retired") plan.retire.push(row.id);
  }
  return plan;
}
