import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generate/extract-facts";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";

// Invented sentences for the grammar of people and places that batch h lost (genname2): no sentence is a fixture's.
const places = (sentence: string) => findEntitySpans(sentence, {}).filter((e) => e.kind === "place").map((e) => e.name);

describe("a place named by where it lies, not only after 'the city of'", () => {
  it.each([
    // A site noun in the plural ("the quarries at X", "the wind turbines near X").
    ["The cement works take limestone from the quarries at Oskarvik every week.", ["Oskarvik"]],
    ["Fumes from the smelters at Dravnik, which closed in 2019, still reach the valley.", ["Dravnik"]],
    // "near X": nearness is said of places.
    ["The survey team camped in a meadow near Tallebrú for three weeks.", ["Tallebrú"]],
    ["Most of the flooding was along the stretch near Porto-Velho, where the dyke broke.", ["Porto-Velho"]],
    // A person from a place: where they come from.
    ["Kerrin, a 19-year-old midfielder from Ostrava-Jih, scored the winner.", ["Ostrava-Jih"]],
    ["A seven-year-old boy from Mbalele was the first case.", ["Mbalele"]],
    ["A farmer from Kovalin said the water had never risen so fast.", ["Kovalin"]],
    // "X, about 40 km west of Y": a distance or bearing from another place says it is one.
    ["Fans travelled from Ouled Saber, about 40 kilometres west of the capital, by bus.", ["Ouled Saber"]],
    ["The terminal will be built at Tessaoua, north of Maradi, from next year.", ["Tessaoua"]],
    // "the coast of X province": a place of a named kind after "of".
    ["The refinery is on the coast of Namibe province and will open in 2029.", ["Namibe"]],
  ])("%s", (sentence, expected) => {
    expect(places(sentence)).toEqual(expected);
  });

  it.each([
    "The minister met investors from Tokyo Gas on Monday.",
    "A spokesman from Nordia Holdings declined to comment.",
    "The meeting near Christmas was cancelled.",
    "A striker from Manchester United scored twice.",
    "The project, about 40 per cent of the budget, was delayed.",
  ])("not a company, a time or a club: %s", (sentence) => {
    expect(places(sentence).filter((p) => !/^(?:Tokyo|Manchester)$/.test(p))).toEqual([]);
  });
});

describe("a place near the subject is not the subject", () => {
  const questionOf = (body: string, answer: string) =>
    extractFacts({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 9, 28)), body }).find((f) => f.answer === answer)?.question ?? null;
  it("'The dam near Korvela will cost €2 billion' does not ask 'Which place will cost €2 billion?'", () => {
    expect(questionOf("The dam near Korvela will cost €2 billion, the ministry said.", "Korvela") ?? "").not.toMatch(/^Which place will cost/);
  });
  it("... it asks where the subject is ('Near which place is the dam that will cost ...?')", () => {
    expect(questionOf("The dam near Korvela will cost €2 billion, the ministry said.", "Korvela")).toBe("Near which place is the dam that will cost €2 billion?");
  });
  it("a bearing alone is no place ('clinics in Central and Eastern provinces')", () => {
    expect(places("The drones deliver blood to clinics in Central and Eastern provinces.")).not.toContain("Central");
  });
});

describe("people by a role or by what the clause says they do", () => {
  const people = (sentence: string) => findEntitySpans(sentence, { publishedAt: new Date(Date.UTC(2026, 9, 28)) }).filter((e) => e.kind === "person").map((e) => e.name);
  const questionOf = (body: string, answer: string) =>
    extractFacts({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 9, 28)), body }).find((f) => f.answer === answer)?.question ?? null;

  it("a role opening the sentence after a dateline ('OSLO — Substitute Kari Holm scored ...')", () => {
    expect(people("BERGEN — Substitute Kari Holmvik scored twice in the last ten minutes as Brann beat Molde 3-1 on Sunday.")).toEqual(["Kari Holmvik"]);
    expect(questionOf("BERGEN — Substitute Kari Holmvik scored twice in the last ten minutes as Brann beat Molde 3-1 on Sunday.", "Kari Holmvik")).toBe("Which substitute scored twice in the last ten minutes as Brann beat Molde 3-1 on Sunday?");
  });

  it("a name, then what the person does in a 'who' clause ('Anel Dervic, who chairs the audit panel, said')", () => {
    expect(people("Anel Dervic, who chairs the audit committee of the regional assembly, said the accounts were late.")).toEqual(["Anel Dervic"]);
    expect(questionOf("Anel Dervic, who chairs the audit committee of the regional assembly, said the accounts were late.", "Anel Dervic")).toBe("Who chairs the audit committee of the regional assembly?");
    // A team is "who" in British English: a club's or a place's name is no person's.
    expect(people("Manchester United, who had won five in a row, lost at home.")).toEqual([]);
    // "who runs the scheme": which scheme, the question cannot say.
    expect(questionOf("Tomas Ilves, who runs the scheme, said demand was high.", "Tomas Ilves")).toBeNull();
  });

  it("a role in commas, then the name and whose body they speak for ('The report's lead author, Dr X of Y, said')", () => {
    expect(people("The report's lead author, Dr Miriam Osei of the Accra Climate Institute, said the trend was clear.")).toEqual(["Miriam Osei"]);
    expect(questionOf("The report's lead author, Dr Miriam Osei of the Accra Climate Institute, said the trend was clear.", "Miriam Osei")).toBe("Who is the report’s lead author?");
  });

  it("a batting side's opener is a role ('Their opener, X, made 40')", () => {
    expect(people("The visitors' opener, Farid Amiri, made 64 before he was caught at slip.")).toEqual(["Farid Amiri"]);
  });
});

describe("what the people rules must not take", () => {
  const people = (sentence: string) => findEntitySpans(sentence, { publishedAt: new Date(Date.UTC(2026, 9, 28)) }).filter((e) => e.kind === "person").map((e) => e.name);
  const questionOf = (body: string, answer: string) =>
    extractFacts({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 9, 28)), body }).find((f) => f.answer === answer)?.question ?? null;
  it("a company's name opening a sentence is no role before a person ('Veridian Foods Corp. reported')", () => {
    expect(people("Veridian Foods Corp., the maker of Sunfield cereals, reported a jump in profit on Wednesday.")).toEqual([]);
    expect(people("DENVER (CMW) — Veridian Foods Corp. reported a jump in profit on Wednesday.")).toEqual([]);
  });
  it("an article or a title is no part of a name before 'who'", () => {
    expect(people("The Lancers, who arrived on Thursday, rallied late in the game.")).toEqual([]);
    expect(people("Captain Jon-Erik Moss, who will sail the first crossing, has spent 20 years on the route.")).toEqual(["Jon-Erik Moss"]);
  });
  it("'who took office in May' says when, not what: no question from it", () => {
    expect(questionOf("Alma Ruud, who took office in May, made the call in Riga.", "Alma Ruud")).toBeNull();
  });
  it("a role a side has several of is not asked as if one held it ('Who is Kenya's seamer?')", () => {
    expect(questionOf("Kenya's seamer, Joel Otieno, took three wickets.", "Joel Otieno")).toBeNull();
  });
  it("an office keeps its date ('Who was the company's chairman in October 2026?')", () => {
    expect(questionOf("Tarlo Mining said its profit rose. The company's chairman, Ivo Brandt, said demand was strong.", "Ivo Brandt")).toMatch(/in October 2026\?$/);
  });
});
