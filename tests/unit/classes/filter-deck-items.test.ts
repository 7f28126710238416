import { describe, expect, it } from "vitest";
import { DeckItemQuerySchema, filterDeckItems } from "@/lib/classes/filter-deck-items";

const item = (i: number, over: Partial<Parameters<typeof filterDeckItems>[0][number]> = {}) => ({
  prompt: `Question ${i}`,
  answer: `${i}%`,
  choices: [],
  sourceSentence: "",
  articleTitle: "Haiphong",
  kind: i % 2 ? "percent" : "place",
  type: i % 3 ? "choice" : "typed",
  status: i === 7 ? "suspended" : "active",
  edited: i === 4,
  ...over,
});
const items = Array.from({ length: 60 }, (_, i) => item(i));
const query = (q: Record<string, string>) => DeckItemQuerySchema.parse(q);

describe("filterDeckItems", () => {
  it("pages 25 at a time, and a page past the end shows the last", () => {
    expect(filterDeckItems(items, query({}))).toMatchObject({ total: 60, page: 1, pages: 3 });
    const last = filterDeckItems(items, query({ page: "9" }));
    expect({ page: last.page, first: last.items[0]?.prompt, count: last.items.length }).toEqual({ page: 3, first: "Question 50", count: 10 });
  });

  it("combines every word of the search (accents and case ignored) with kind, type and status", () => {
    const withName = [...items, item(60, { prompt: "Who opened the Hà Nội terminal?", kind: "person", type: "typed" })];
    expect(filterDeckItems(withName, query({ q: "ha noi TERMINAL" })).items.map((i) => i.prompt)).toEqual(["Who opened the Hà Nội terminal?"]);
    expect(filterDeckItems(withName, query({ q: "terminal", kind: "place" })).total).toBe(0);
    expect(filterDeckItems(items, query({ kind: "percent", type: "typed" })).items.map((i) => i.prompt)).toEqual(
      ["Question 3", "Question 9", "Question 15", "Question 21", "Question 27", "Question 33", "Question 39", "Question 45", "Question 51", "Question 57"],
    );
    expect(filterDeckItems(items, query({ status: "suspended" })).items.map((i) => i.prompt)).toEqual(["Question 7"]);
    expect(filterDeckItems(items, query({ status: "edited" })).items.map((i) => i.prompt)).toEqual(["Question 4"]);
  });

  it("reads a tampered URL as no filter rather than failing", () => {
    expect(query({ kind: "colour", type: "essay", status: "x", page: "-3" })).toEqual({ q: "", kind: "", type: "", status: "", page: 1 });
  });
});
