import { describe, expect, it } from "vitest";
import { parseStoredDeckFilter, planDeckAdditions } from "@/lib/classes/deck-filter";

const filter = (articleIds: string[], kinds = ["percent"], types = ["choice", "typed"], more?: boolean) => JSON.stringify({ articleIds, kinds, types, ...(more === undefined ? {} : { more }) });
const item = (id: string, articleId = "a1", kind = "percent", type = "choice", worth = 1) => ({ id, articleId, kind, type, worth });
const CORE = 0.4;

describe("planDeckAdditions", () => {
  it("adds a new item to the end of every deck whose filter it matches", () => {
    const decks = [
      { id: "d1", filter: filter(["a1"]), nextPosition: 5 },
      { id: "d2", filter: filter(["a2"]), nextPosition: 0 },
    ];
    expect(planDeckAdditions(decks, [item("i1"), item("i2")], CORE)).toEqual([
      { deckId: "d1", itemId: "i1", position: 5 },
      { deckId: "d1", itemId: "i2", position: 6 },
    ]);
  });

  it("leaves out items of other kinds and types", () => {
    const decks = [{ id: "d1", filter: filter(["a1"]), nextPosition: 0 }];
    expect(planDeckAdditions(decks, [item("money", "a1", "money"), item("cloze", "a1", "percent", "cloze")], CORE)).toEqual([]);
  });

  it("adds a more question (worth below the core cut-off) only to a deck built with more questions", () => {
    const decks = [
      { id: "core", filter: filter(["a1"]), nextPosition: 0 },
      { id: "all", filter: filter(["a1"], ["percent"], ["choice"], true), nextPosition: 0 },
    ];
    // At the cut-off an item is core; just below it is a more question.
    expect(planDeckAdditions(decks, [item("edge", "a1", "percent", "choice", CORE), item("below", "a1", "percent", "choice", CORE - 0.001)], CORE)).toEqual([
      { deckId: "core", itemId: "edge", position: 0 },
      { deckId: "all", itemId: "edge", position: 0 },
      { deckId: "all", itemId: "below", position: 1 },
    ]);
  });

  it("reads a filter stored before more questions existed as core only", () => {
    expect(parseStoredDeckFilter(filter(["a1"]))?.more).toBe(false);
  });

  it("ignores a deck whose filter is missing or unreadable", () => {
    expect(planDeckAdditions([{ id: "d1", filter: "{}", nextPosition: 0 }, { id: "d2", filter: "not json", nextPosition: 0 }], [item("i1")], CORE)).toEqual([]);
    expect(parseStoredDeckFilter("{}")).toBeNull();
  });
});
