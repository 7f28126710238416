import { describe, expect, it } from "vitest";
import { leadFor, pointsBack } from "@/lib/generate/points-back";

// Review 18, finding 6 ("may force it"): a one-clause sentence ending on "it" or "them" says what it is about only
// through the sentence before. Sentences written for the test.
describe("a sentence that ends on its object 'it' or 'them' points back", () => {
  it.each(["The ministry's spring review of grazing rights, due in 2028, may force it.", "A late thaw in the northern valleys may delay them.", "Voters in 14 districts rejected it."])("%s", (sentence) => {
    expect(pointsBack(sentence)).toBe(true);
  });

  it("is then shown after the sentence before", () => {
    expect(leadFor("The ministry's spring review of grazing rights, due in 2028, may force it.", "No herder has yet asked for a cap on herd sizes.")).toBe("No herder has yet asked for a cap on herd sizes.");
  });

  it.each(["The council approved the budget in May and the mayor signed it.", "When the county opened the new pasture in 2019, most herders opposed it.", "The ministry will publish the results in June.", "The herders sold 300 animals and bought them back in 2025."])("near miss: %s", (sentence) => {
    expect(pointsBack(sentence)).toBe(false);
  });
});

// Review 29 finding 12: the sentence is lower-cased only when it ends on "it" or "them" in any case; an upper-case
// ending is still read, and a longer word ending so is not.
describe("the closing pronoun is read in any case, lower-casing only a sentence that could end on it", () => {
  it("reads 'IT' and 'Them!' as the pronoun", () => {
    expect(pointsBack("Voters in 14 districts rejected IT.")).toBe(true);
    expect(pointsBack("A late thaw in the northern valleys may delay Them!")).toBe(true);
  });
  it("near miss: a word that only ends in 'it' or 'them'", () => {
    expect(pointsBack("Voters in 14 districts rejected the audit.")).toBe(false);
    expect(pointsBack("The choir in the valley sang anthem.")).toBe(false);
  });
});
