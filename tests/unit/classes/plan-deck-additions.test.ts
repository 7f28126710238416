import { describe, expect, it } from "vitest";
import { parseStoredDeckFilter, planDeckAdditions } from "@/lib/classes/deck-filter";

const filter = (articleIds: string[], kinds = ["percent"], types = ["choice", "typed"]) => JSON.stringify({ articleIds, kinds, types });
const item = (id: string, articleId = "a1", kind = "percent", type = "choice") => ({ id, articleId, kind, type });

describe("planDeckAdditions", () => {
  it("adds a new item to the end of every deck whose filter it matches", () => {
    const decks = [
      { id: "d1", filter: filter(["a1"]), nextPosition: 5 },
      { id: "d2", filter: filter(["a2"]), nextPosition: 0 },
    ];
    expect(planDeckAdditions(decks, [item("i1"), item("i2")])).toEqual([
      { deckId: "d1", itemId: "i1", position: 5 },
      { deckId: "d1", itemId: "i2", position: 6 },
    ]);
  });

  it("leaves out items of other kinds and types", () => {
    const decks = [{ id: "d1", filter: filter(["a1"]), nextPosition: 0 }];
    expect(planDeckAdditions(decks, [item("money", "a1", "money"), item("cloze", "a1", "percent", "cloze")])).toEqual([]);
  });

  it("ignores a deck whose filter is missing or unreadable", () => {
    expect(planDeckAdditions([{ id: "d1", filter: "{}", nextPosition: 0 }, { id: "d2", filter: "not json", nextPosition: 0 }], [item("i1")])).toEqual([]);
    expect(parseStoredDeckFilter("{}")).toBeNull();
  });
});
