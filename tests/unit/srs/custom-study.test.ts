import { describe, expect, it } from "vitest";
import { State } from "@/lib/srs/card-state";
import { cardsAhead, missedCardIds, missesWindowStart } from "@/lib/srs/custom-study";
import { Rating } from "@/lib/srs/rating";

const now = new Date("2026-11-22T10:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const review = (id: string, cardId: string, rating: Rating, at: Date) => ({ id, cardId, event: "review" as const, undoesId: null, reviewedAt: at, rating });
const undo = (id: string, of: string, at: Date) => ({ id, cardId: "", event: "undo" as const, undoesId: of, reviewedAt: at, rating: 0 as const });

describe("missedCardIds", () => {
  it("lists cards answered Again, earliest miss first, once each, even when answered right since (as Anki)", () => {
    const events = [
      review("a1", "a", Rating.Again, hoursAgo(50)),
      review("a2", "a", Rating.Good, hoursAgo(40)),
      review("b1", "b", Rating.Good, hoursAgo(30)),
      review("c1", "c", Rating.Again, hoursAgo(60)),
      review("c2", "c", Rating.Again, hoursAgo(20)),
    ];
    expect(missedCardIds(events)).toEqual(["c", "a"]);
  });

  it("ignores a miss that was undone or accepted as right", () => {
    // "I was right" leaves the wrong review reversed by an undo and a Good in its place.
    const events = [review("d1", "d", Rating.Again, hoursAgo(5)), undo("d2", "d1", hoursAgo(5)), review("d3", "d", Rating.Good, hoursAgo(5)), review("e1", "e", Rating.Again, hoursAgo(3)), undo("e2", "e1", hoursAgo(2))];
    expect(missedCardIds(events)).toEqual([]);
  });

  it("starts its window whole days back", () => {
    expect(missesWindowStart(now, 7).toISOString()).toBe("2026-11-15T10:00:00.000Z");
  });
});

describe("cardsAhead", () => {
  const card = (cardId: string, state: State, due: string) => ({ cardId, itemId: `i-${cardId}`, state, due: new Date(due) });

  it("gives review cards due after today and within the days asked, soonest first", () => {
    const cards = [
      card("today", State.Review, "2026-11-22T20:00:00Z"), // due today: the daily queue has it
      card("later", State.Review, "2026-11-27T08:00:00Z"),
      card("soon", State.Review, "2026-11-24T08:00:00Z"),
      card("far", State.Review, "2026-12-20T08:00:00Z"),
      card("learning", State.Learning, "2026-11-24T08:00:00Z"),
      card("new", State.New, "2026-11-22T08:00:00Z"),
    ];
    expect(cardsAhead(cards, now, "UTC", 7).map((c) => c.cardId)).toEqual(["soon", "later"]);
    expect(cardsAhead(cards, now, "UTC", 30).map((c) => c.cardId)).toEqual(["soon", "later", "far"]);
  });
});
