import { sortReviewEvents, type ReviewEvent } from "./review-event";

type Undoable = Pick<ReviewEvent, "id" | "event" | "undoesId" | "reviewedAt">;

/**
 * The review events still in force once every undo is honoured, in log order. An undo reverses its target; an
 * undo of an undo reverses that reversal, so the original review counts again (and so on down the chain).
 */
export function getEffectiveReviews<T extends Undoable>(events: readonly T[]): T[] {
  const ordered = sortReviewEvents(events);
  const byId = new Map(ordered.map((e) => [e.id, e]));
  const reversed = new Set<string>();

  const setInForce = (id: string, inForce: boolean, seen: Set<string>) => {
    if (seen.has(id)) return; // a corrupt cycle of undos must not loop forever
    seen.add(id);
    if (inForce) reversed.delete(id);
    else reversed.add(id);
    const event = byId.get(id);
    if (event?.event === "undo" && event.undoesId) setInForce(event.undoesId, !inForce, seen);
  };

  for (const event of ordered) {
    if (event.event === "undo" && event.undoesId) setInForce(event.undoesId, false, new Set([event.id]));
  }
  return ordered.filter((e) => e.event === "review" && !reversed.has(e.id));
}
