import { describe, expect, it } from "vitest";
import { MORE_QUESTIONS_PARAM, studyAddress, studyQueryParams } from "@/lib/study/study-query";

describe("studyQueryParams", () => {
  it("leaves every default out: no limit, deck, custom session, more or more questions", () => {
    expect(studyQueryParams({}).toString()).toBe("");
    expect(studyQueryParams({ deckId: null, more: false, allQuestions: false, custom: null }).toString()).toBe("");
    expect(studyAddress({})).toBe("/study");
  });

  it("writes the parameters in one fixed order (limit, deck, custom, more, questions), whatever the object's order", () => {
    expect(studyQueryParams({ allQuestions: true, more: true, custom: { focus: "kind", kind: "date" }, limit: 20 }).toString()).toBe(
      "limit=20&focus=kind&kind=date&more=1&questions=all",
    );
    expect(studyQueryParams({ more: true, deckId: "d1", custom: { focus: "misses", days: 7 }, limit: 20 }).toString()).toBe("limit=20&deck=d1&focus=misses&days=7&more=1");
  });

  it("asks for the more questions only in free study: a deck offers all its items", () => {
    expect(studyQueryParams({ allQuestions: true }).get(MORE_QUESTIONS_PARAM)).toBe("all");
    expect(studyQueryParams({ deckId: "d1", allQuestions: true }).has(MORE_QUESTIONS_PARAM)).toBe(false);
  });

  it("encodes a deck id and a kind that hold reserved characters, and reads back to the same values", () => {
    const params = studyQueryParams({ deckId: "a&b=c d", custom: { focus: "kind", kind: "x/y?z" } });
    expect(params.toString()).toBe("deck=a%26b%3Dc+d&focus=kind&kind=x%2Fy%3Fz");
    const back = new URLSearchParams(params.toString());
    expect([back.get("deck"), back.get("kind")]).toEqual(["a&b=c d", "x/y?z"]);
  });

  it("the study address of a deck's 'Study more' carries both", () => {
    expect(studyAddress({ deckId: "d1", more: true, allQuestions: true })).toBe("/study?deck=d1&more=1");
  });

  it("the home page's 'study more' and a deck's study link are the addresses the links wrote by hand before", () => {
    expect(studyAddress({ more: true })).toBe("/study?more=1");
    const deckId = "own-clx9f2k0a0000";
    expect(studyAddress({ deckId })).toBe(`/study?deck=${encodeURIComponent(deckId)}`);
  });
});
