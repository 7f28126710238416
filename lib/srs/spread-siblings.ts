// New items are introduced one fact at a time: items made from the same source sentence are
// siblings, and seeing a fact as a multiple choice right before its cloze turns the second into a
// copy exercise. As in Anki's sibling burying, each sentence gives one item per round, recognition
// (choice, true/false) before recall (typed, cloze). A true/false statement shows the sentence with its values in
// place, so it would give away the blank of every recall item after it: a sentence's new items stop at its
// true/false for the day, and the recall items wait for a day that does not show the statement (issue 9).

export interface NewItemRef {
  id: string;
  /** items sharing this are siblings: the same source sentence */
  siblingKey: string;
  type: string;
}

const TYPE_ORDER: Record<string, number> = { choice: 0, truefalse: 1, typed: 2, cloze: 3 };

/** Ids in round-robin order over sibling groups; groups keep the order they first appear in. */
export function spreadSiblings(items: readonly NewItemRef[], excludeSiblingKeys: ReadonlySet<string> = new Set()): string[] {
  const groups = new Map<string, NewItemRef[]>();
  for (const item of items) {
    if (excludeSiblingKeys.has(item.siblingKey)) continue;
    const group = groups.get(item.siblingKey);
    if (group) group.push(item);
    else groups.set(item.siblingKey, [item]);
  }
  const queues = [...groups.values()].map((group) =>
    group
      .map((item, index) => ({ item, index }))
      .sort((a, b) => (TYPE_ORDER[a.item.type] ?? 9) - (TYPE_ORDER[b.item.type] ?? 9) || a.index - b.index)
      .map(({ item }) => item)
      .filter((_item, i, sorted) => !sorted.slice(0, i).some((before) => before.type === "truefalse"))
      .map((item) => item.id),
  );
  const ordered: string[] = [];
  for (let round = 0; ; round++) {
    let added = false;
    for (const queue of queues) {
      const id = queue[round];
      if (id !== undefined) {
        ordered.push(id);
        added = true;
      }
    }
    if (!added) break;
  }
  return ordered;
}
