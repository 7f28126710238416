import { describe, expect, it } from "vitest";
import { findNameChunks } from "@/lib/generate/find-name-chunks";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Invented sentences: figures no span reader took (lane recall3, "no span" rows of batches 11..11j and m..p), each
// with a case that must not change.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const spans = (sentence: string) => findValueSpans(sentence, PUBLISHED);
const countOf = (sentence: string, answer: string) => spans(sentence).find((s) => s.kind === "count" && s.answer === answer);

describe("a count whose noun has three modifiers before it", () => {
  it.each([
    ["The survey weighed 260 wild and farmed river eels over two summers.", "260", "wild and farmed river eels"],
    ["The depot handed out 4,000 cheap plastic water filters in May.", "4,000", "cheap plastic water filters"],
  ])("%s -> %s %s", (sentence, answer, noun) => {
    expect(countOf(sentence, answer)?.noun).toBe(noun);
  });

  it("no count when a modifier opens a clause or a figure follows the head (the head is then a verb)", () => {
    expect(countOf("Breaking rules 1 to 9 may lead to fines of up to 3% of sales.", "9")).toBeUndefined();
    expect(countOf("A spare 500 Wh travel battery costs about €400 in the shops.", "500")).toBeUndefined();
  });

  it("a refused longer reading (a year, a range's first end) hides no shorter count after it", () => {
    expect(countOf("In 1988 only three Cretan vultures nested on the cliffs.", "three")?.noun).toBe("Cretan vultures");
    // "two to five young bears" is a range: one end asked alone is forbidden (tests/fixtures/figure-pairs.ts); the
    // whole range or nothing, never "five young bears".
    expect(countOf("Rangers move two to five young bears a year.", "five")).toBeUndefined();
    expect(spans("Rangers move two to five young bears a year.").some((s) => s.answer === "five" || s.answer === "two")).toBe(false);
  });

  it("the first plural still ends what is counted", () => {
    expect(countOf("The town kept 12 goats and old donkeys in one field.", "12")?.noun).toBe("goats");
  });
});

describe("'Of the <whole>, N <verb>': the whole without its figure, and any finite verb after the part", () => {
  it.each([
    ["Of the reported burns, 14 are in the northern valleys.", "14", "reported burns"],
    ["Of the 60 ringed owls, 41 nested within a kilometre of the river.", "41", "ringed owls"],
    ["Of those farms, 23 switched to drip irrigation after the drought.", "23", "farms"],
  ])("%s -> %s %s", (sentence, answer, noun) => {
    expect(countOf(sentence, answer)?.noun).toBe(noun);
  });

  it("no part without a plural whole, nor before a word that is no verb", () => {
    expect(countOf("Of these, 19 closed within a year.", "19")).toBeUndefined();
    expect(countOf("Of the ringed owls, 41 metres of netting was lost.", "41")).toBeUndefined();
  });
});

describe("a person's name the lexicon knows no first name of, by the words before it", () => {
  const persons = (sentence: string) => findNameChunks(sentence).filter((c) => c.kind === "person").map((c) => c.name);
  it.each([
    ["The levy was proposed by the Hon. Tamsin Oyelaran in March.", "Tamsin Oyelaran"],
    ["The pass found the Brazilian Ilka Varodi, who scored.", "Ilka Varodi"],
    ['"We are ready," said Vusa Themberi, the club\'s chairman.', "Vusa Themberi"],
    ["The rules were drafted by the chair of the board, Oskari Lemvik.", "Oskari Lemvik"],
    ["The visitors beat the goalkeeper, Tevita Maafu, twice.", "Tevita Maafu"],
  ])("%s -> %s", (sentence, name) => {
    expect(persons(sentence)).toContain(name);
  });

  it("a person and the body after 'of' are two names, not one", () => {
    expect(persons("The count declared Ms Tamsin Oyelaran of the Green Alliance elected.")).toEqual(["Tamsin Oyelaran"]);
    expect(findNameChunks("Prof. Oskari Lemvik of the Nordic Marine Institute led it.").map((c) => c.name)).toEqual(["Oskari Lemvik", "Nordic Marine Institute"]);
    expect(findNameChunks("The Bank of Uganda raised its rate.").map((c) => c.name)).toEqual(["Bank of Uganda"]);
  });

  it("no person after a word that is no role, and a people's name before a firm stays in the firm's", () => {
    expect(persons("The route runs past the harbour, Vusa Themberi Quay.")).toEqual([]);
    expect(persons("He trails the top scorer, Tarbes's Gabonese forward Ilka Varodi.")).not.toContain("Tarbes's Gabonese");
    expect(persons("It was opened by the Minister of Fisheries, Coastal Affairs, Ports and Energy.")).toEqual([]);
    expect(findNameChunks("British Airways Holdings sold the unit.").map((c) => c.name)).toEqual(["British Airways Holdings"]);
  });
});
