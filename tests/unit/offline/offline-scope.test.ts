import { describe, expect, it } from "vitest";
import { cardsInOfflineScope, offlineRefillParams, offlineScopeFromSearch } from "@/components/offline/offline-scope";
import { studyCard } from "./offline-fixtures";

describe("offlineScopeFromSearch", () => {
  it("reads the deck and a custom session of one kind from the address", () => {
    expect(offlineScopeFromSearch("")).toEqual({ deckId: null, kind: null, needsConnection: null });
    expect(offlineScopeFromSearch("?deck=d1")).toEqual({ deckId: "d1", kind: null, needsConnection: null });
    expect(offlineScopeFromSearch("?deck=&focus=kind&kind=date")).toEqual({ deckId: null, kind: "date", needsConnection: null });
    expect(offlineScopeFromSearch("?focus=kind")).toEqual({ deckId: null, kind: null, needsConnection: null });
  });

  it("says which custom sessions need the server to choose their cards", () => {
    expect(offlineScopeFromSearch("?focus=misses&days=7").needsConnection).toBe("misses");
    expect(offlineScopeFromSearch("?deck=d2&focus=ahead&days=3")).toEqual({ deckId: "d2", kind: null, needsConnection: "ahead" });
  });
});

describe("cardsInOfflineScope", () => {
  const cards = [studyCard("a", { kind: "date" }), studyCard("b", { kind: "person" }), studyCard("c", { kind: "date" })];

  it("keeps the cards of the kind asked for, in order", () => {
    expect(cardsInOfflineScope(cards, { kind: "date" }).map((c) => c.itemId)).toEqual(["a", "c"]);
    expect(cardsInOfflineScope(cards, { kind: "money" })).toEqual([]);
  });

  it("keeps them all without a kind", () => {
    expect(cardsInOfflineScope(cards, { kind: null })).toBe(cards);
  });
});

describe("offlineRefillParams", () => {
  it("carries free study's choice of questions into the refill; a deck's items are its owner's choice", () => {
    expect(offlineRefillParams({ deckId: null, allQuestions: false }).toString()).toBe("limit=50");
    expect(offlineRefillParams({ deckId: null, allQuestions: true }).toString()).toBe("limit=50&questions=all");
    expect(offlineRefillParams({ deckId: "d1", allQuestions: false }).toString()).toBe("limit=50&deck=d1");
    expect(offlineRefillParams({ deckId: "d1", allQuestions: true }).toString()).toBe("limit=50&deck=d1");
  });
});
