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

/**
 * Ids in round-robin order over sibling groups; groups keep the order they first appear in. Groups met today (a
 * sibling already introduced) are left out, or, with `metToday: "last"`, when a due date needs more new items
 * today than there are fresh sentences, come after every fresh group, still one item per sentence a round.
 */
export function spreadSiblings(
  items: readonly NewItemRef[],
  metTodayKeys: ReadonlySet<string> = new Set(),
  options: { metToday?: "skip" | "last" } = {},
): string[] {
  if (options.metToday === "last") {
    const fresh = items.filter((item) => !metTodayKeys.has(item.siblingKey));
    const met = items.filter((item) => metTodayKeys.has(item.siblingKey));
    return [...spreadSiblings(fresh), ...spreadSiblings(met)];
  }
  const groups = new Map<string, NewItemRef[]>();
  for (const item of items) {
    if (metTodayKeys.has(item.siblingKey)) continue;
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
