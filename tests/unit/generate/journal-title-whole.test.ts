import { describe, expect, it } from "vitest";
import { matchEntityRules, ENTITY_RULES } from "@/lib/generate/entity-rules";
import { generateItems } from "@/lib/generate";

const journalRule = ENTITY_RULES.filter((r) => r.name === "journal a study was published in");
const journals = (text: string) => matchEntityRules(text, journalRule).map((f) => f.name);
const answers = (body: string) =>
  generateItems([{ slug: "t", title: "Orchard study", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 30)), body }]).map((i) => i.answer);

// Strict read, session 31: "published in the journal *Annals of the Royal Society of Edinburgh*" keyed "Annals", a
// title cut at "of the". A journal's title is taken whole, with "of the" inside it, or not at all.
describe("a journal's title is one name, never a stump", () => {
  it("keeps 'of the' inside a title, in italics or not", () => {
    expect(journals("The survey, published in the journal Bulletin of the Malayan Orchard Society, found that yields fell.")).toEqual(["Bulletin of the Malayan Orchard Society"]);
    expect(answers("The survey, published in the journal *Bulletin of the Malayan Orchard Society*, found that mango yields fell by a third in wet years.")).not.toContain("Bulletin");
  });
  it("gives no journal when the title runs on past what a title may hold", () => {
    expect(journals("It appeared in the journal Proceedings of the Grand Ducal Institute of Tropical Orchard Science Studies last week.")).toEqual([]);
  });
  it("still reads a title with no italics and no 'of' (near miss)", () => {
    expect(journals("The trial, published in Tropical Plant Biology, found that yields fell.")).toEqual(["Tropical Plant Biology"]);
    expect(journals("The results were published in Nature on Wednesday.")).toEqual(["Nature"]);
  });
});

// Review 31b finding 6: the refusal of a title that goes on also fired on "and the <Name>", which a title never holds.
describe("a journal named before 'and the <Name>'", () => {
  it("is still that journal", () => {
    expect(journals("The work was published in Science and the Lancet.")).toEqual(["Science"]);
    expect(journals("It was published in Nature and the Royal Society praised it.")).toEqual(["Nature"]);
  });
  it("near miss: a title that goes on with 'and' or 'of the' is read whole or not at all", () => {
    expect(journals("It was published in Ecology and Evolution last week.")).toEqual(["Ecology and Evolution"]);
    expect(journals("It was published in the journal Proceedings of the Grand Ducal Institute of Tropical Orchard Science Studies.")).toEqual([]);
  });
});

// Review 32, note on journal titles: "Journal of Law and the Biosciences" was keyed as its stump "Journal of Law" (the
// "and the" stop of review 31b finding 6), and "Nature and Science", two journals, as one title.
describe("a journal title that goes on with 'and the', or two one-word journals (review 32 note)", () => {
  it("gives no journal rather than a stump or a pair", () => {
    expect(journals("The ruling was analysed in the Journal of Ethics and the Humanities last spring.")).toEqual([]);
    expect(journals("Both teams published in Cell and Science in October.")).toEqual([]);
  });
  it("near miss: a pair with no one-word journal is one title, and 'and the' after a title with no 'of' ends it", () => {
    expect(journals("It was published in Geology and Soils last week.")).toEqual(["Geology and Soils"]);
    expect(journals("The work was published in Science and the Lancet.")).toEqual(["Science"]);
  });
});
