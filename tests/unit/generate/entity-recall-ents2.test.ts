import { describe, expect, it } from "vitest";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";
import { findNameChunks } from "@/lib/generate/find-name-chunks";

// People by role the seen batches k and l lost ("no span" in scripts/diagnose-missing.ts), as invented sentences in the
// same grammar: each case with one that must not change.
const people = (sentence: string) => findEntitySpans(sentence, {}).filter((e) => e.kind === "person").map((e) => e.name);

describe("a person named after a role", () => {
  it.each([
    // A "general" after the noun qualifies it: the head is "director", "secretary".
    ["Velmar's director general, Ana Osei Brandt, defends the plan.", "Ana Osei Brandt"],
    ["The union's secretary-general, Tomas Arvik, said talks would resume.", "Tomas Arvik"],
    // "The Minister of ...": the article may open the sentence; a portfolio's last part may have its own article.
    ["The Minister of Land and Housing, Irene Vallès Coma, presented the plan.", "Irene Vallès Coma"],
    ["Vardia's Minister of Water, Forests and the Coast, Pita Ngata, said boats had been seen.", "Pita Ngata"],
    // A Faroese or Icelandic particle between the parts of a name.
    ["Chief financial officer Jógvan í Dali said the firm would break even.", "Jógvan í Dali"],
    // The owner of the role after the name may be a name of several words.
    ["\"It works,\" said Marta Olsen, Nordhavn Kelp's founder and chief executive.", "Marta Olsen"],
    // Where a person was born is no part of the name.
    ["Ostra's coach, Chilean-born Pablo Reyes, said his side had lost.", "Pablo Reyes"],
    // A professor's title is no part of the name.
    ["\"Few survive,\" said Professor Lena Hart, a marine biologist at the University of Vardia.", "Lena Hart"],
  ])("%s", (sentence, name) => {
    expect(people(sentence)).toContain(name);
  });

  it.each([
    // "general" alone is no role, nor an owner's capital a role noun.
    ["The army's general, Ana Osei Brandt, said nothing.", "Ana Osei Brandt"],
    // A place then what it is: "capital" is no role.
    ["The talks were held in Lisbon, Portugal's capital and largest city.", "Lisbon"],
  ])("not a person's role: %s", (sentence, name) => {
    expect(people(sentence)).not.toContain(name);
  });

  it("keeps the name whole and without the birthplace or title words", () => {
    const found = [...people("Ostra's coach, Chilean-born Pablo Reyes, said his side had lost."), ...people("\"Few survive,\" said Professor Lena Hart, a marine biologist at the University of Vardia.")];
    expect(found.some((n) => /-born|Professor/.test(n))).toBe(false);
  });
});

const orgs = (sentence: string) => findEntitySpans(sentence, {}).filter((e) => e.kind === "organisation").map((e) => e.name);

describe("an organisation named with what it is", () => {
  it.each([
    // A fund or a group before its name; a nationality not ending in -an ("Dutch").
    ["The plant is owned by the Dutch impact fund Keelwater Capital (40%).", "Keelwater Capital"],
    ["It is owned by the Vardian investors' group Grupo Lisca (60%).", "Grupo Lisca"],
    // A maker named in commas, its legal suffix kept, its letters any alphabet's.
    ["The first buyer is a Danish feed maker, Havfôr AS, which will take 500 tonnes.", "Havfôr AS"],
    ["The deal commits Özkimyá, the state chemicals company, to ship urea.", "Özkimyá"],
  ])("%s", (sentence, name) => {
    expect(orgs(sentence)).toContain(name);
  });

  it.each([
    // A sentence's opening words before the comma are no body ("In Vardia, the state chemicals company ...").
    ["In Vardia, the state chemicals company shipped less urea.", "In Vardia"],
    // A group of people of an age is no organisation.
    ["The age group of under-21s grew fastest.", "Under"],
  ])("not an organisation: %s", (sentence, name) => {
    expect(orgs(sentence)).not.toContain(name);
  });
});

describe("a titled person's name in letters beyond ASCII", () => {
  it("keeps a name that opens with a capital of another alphabet whole", () => {
    expect(people("Chief Executive Ólafur Sigurðsson said the plant would open.")).toContain("Ólafur Sigurðsson");
    expect(people("In March, Foreign Minister Şule Kaya met the delegation.")).toContain("Şule Kaya");
  });

  it("a sentence's opening word is still no name", () => {
    const found = people("In March, Foreign Minister Şule Kaya met the delegation. The Finance Minister Ana Berg agreed.");
    expect(found.some((n) => /^(?:In|The)\s/.test(n))).toBe(false);
  });
});

describe("a company's legal form after a comma", () => {
  const chunks = (sentence: string) => findNameChunks(sentence).map((c) => `${c.kind}:${c.name}`);

  it("'Co., Ltd.' closes the name, and where the company is based is no part of it", () => {
    expect(chunks("The wing will be built by Oslo-based Fjellvik Construction Co., Ltd. this year.")).toContain("organisation:Fjellvik Construction Co., Ltd.");
    expect(chunks("It was bought by Lotus Trading Co., Inc., a supplier.")).toContain("organisation:Lotus Trading Co., Inc.");
  });

  it("a comma after 'Co.' before a clause is no legal form", () => {
    expect(chunks("Shares of Acme Co., which makes tools, rose.").some((c) => c.includes(","))).toBe(false);
  });
});
