import { describe, expect, it } from "vitest";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";

// Review 30 / lane tidy32 step 5: name patterns written with [A-Z][a-z] stopped at a letter with a diacritic, so a
// name was missed ("Zürich") or cut ("Malm" of "Malmö"). They take any alphabet's letters now. Invented sentences.
const spans = (sentence: string) => findEntitySpans(sentence).map((e) => [e.kind, e.name, e.descriptor]);

describe("name patterns read letters with diacritics", () => {
  it("a destination after 'route from ... to' is the whole name", () => {
    expect(spans("The new ferry route from Lübeck to Malmö opens in May.")).toContainEqual(["place", "Malmö", "destination"]);
    expect(spans("A direct service from Oslo to Östra Karup started last week.")).toContainEqual(["place", "Östra Karup", "destination"]);
    // near miss: a lower-case word after "to" is no destination
    expect(spans("The new ferry route from Lübeck to mainland ports opens in May.").filter((s) => s[2] === "destination")).toEqual([]);
  });

  it("a described organisation after a possessive with a diacritic keeps the whole possessive", () => {
    // (the old pattern read the descriptor as "s shipping firm")
    expect(spans("Shares in Tromsø's shipping firm Valmora Holding fell sharply.")).toContainEqual(["organisation", "Valmora Holding", "Tromsø's shipping firm"]);
    // near miss: the same descriptor with no capitalised name after it names no organisation
    expect(spans("Shares in Tromsø's shipping firm fell sharply.").filter((s) => s[0] === "organisation")).toEqual([]);
  });

  it("a news agency after a possessive with a diacritic", () => {
    expect(spans("The visit was reported by Türkiye's AA news agency on Monday.")).toContainEqual(["organisation", "AA", "Türkiye's news agency"]);
    // near miss: an agency written in lower case is no acronym
    expect(spans("The visit was reported by Türkiye's state news agency on Monday.").filter((s) => s[2] === "Türkiye's news agency")).toEqual([]);
  });

  it("the event a city hosts, named with a diacritic", () => {
    const city = findEntitySpans("Fête Nautique 2027, a sailing week hosted by the city of Brest, drew 40 crews.").find((e) => e.kind === "place");
    expect(city?.question).toBe("Which city hosts Fête Nautique 2027?");
    // near miss: no capitalised name before the comma, so no event to ask about
    const plain = findEntitySpans("In 2027 a sailing week hosted by the city of Brest drew 40 crews.").find((e) => e.kind === "place");
    expect(plain?.question).toBeNull();
  });

  it("a body named after whose it is ('X's state ferry operator, Name,') and the name itself take any letters", () => {
    expect(spans("Tromsø's state ferry operator, Østfjord Linjer, said fares would rise.")).toContainEqual(["organisation", "Østfjord Linjer", "Tromsø's state ferry operator"]);
    // near miss: a clause after the comma is no name
    expect(spans("Tromsø's state ferry operator, which runs 12 boats, said fares would rise.").filter((s) => s[0] === "organisation")).toEqual([]);
  });

  it("whose counterpart a person is, when the speaker's name has a diacritic", () => {
    const tamm = findEntitySpans("Jürgen Kühn met his Estonian counterpart, Mart Tamm, in Tallinn.").find((e) => e.name === "Mart Tamm");
    expect(tamm?.question).toBe("Who was Jürgen Kühn’s Estonian counterpart in the talks?");
    // near miss: no one named before the counterpart, so no whose
    expect(findEntitySpans("Talks were held with her Malian counterpart, Aïssata Koné, in Bamako.").find((e) => e.name === "Aïssata Koné")?.question).toBeNull();
  });
});
