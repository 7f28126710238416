import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { itsOwner } from "@/lib/generate/its-owner";

// Review 29 finding 12: the name is now read with startsWith and module-level sticky patterns instead of a pattern
// compiled per call. These pin each reading, with "The" before the name and without, and the near miss beside it.
describe("itsOwner reads the name that opens the sentence before", () => {
  it("refuses a name cut at its particle, with or without 'The'", () => {
    expect(itsOwner("The Union des Pêcheurs Côtiers asked for a hearing.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Union des Pêcheurs Côtiers asked for a hearing.", "Marlow Foods")).toEqual({ refused: true });
    // Near miss: a particle followed by a lower-case word is no name going on.
    expect(itsOwner("The Fishers Union de facto ran the port.", "Marlow Foods")).toEqual({ owner: "The Fishers Union" });
  });
  it("takes a body named by its letters when a lower-case word follows", () => {
    expect(itsOwner("The KTWU welcomed the ruling.", "Marlow Foods")).toEqual({ owner: "KTWU" });
    expect(itsOwner("KTWU welcomed the ruling.", "Marlow Foods")).toEqual({ owner: "KTWU" });
    // Near miss: the story's company's own letters are the company.
    expect(itsOwner("MF welcomed the ruling.", "MF Foods")).toEqual({ owner: "MF Foods" });
  });
  it("writes a long body by the abbreviation after it, and refuses it without one", () => {
    expect(itsOwner("The Council of Hill Farmers of the North (CHFN) said the plan was late.", "Marlow Foods")).toEqual({ owner: "CHFN" });
    expect(itsOwner("The Council of Hill Farmers of the North said the plan was late.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Valley Farmers Council said the plan was late.", "Marlow Foods")).toEqual({ owner: "Valley Farmers Council" });
  });
  it("takes a country the sentence before opens with, not one inside 'The ...'", () => {
    expect(itsOwner("Ghana has moved faster than most.", "Marlow Foods")).toEqual({ owner: "Ghana" });
    // (Another name opening the sentence before is its subject: "Its" there is not the company's, strict read AS1-all.)
    expect(itsOwner("Ghana, by contrast, waited.", "Marlow Foods")).toEqual({ refused: true });
  });
});

// Strict read, session 31: "Growers were paid RM5 a tray, the company said. That is below the RM7 that the Penang
// Durian Growers' Federation (PDGF) has asked for since 2023. Its president, ..." was written in as the company's.
describe("itsOwner after a sentence that names a body inside it", () => {
  it("takes the body the sentence before names in a relative clause, by its letters", () => {
    expect(itsOwner("That falls short of the 40 sen that the Kedah Rubber Smallholders' Association (KRSA) has sought since 2022.", "Marlow Foods")).toEqual({ owner: "KRSA" });
    expect(itsOwner("That falls short of the 40 sen sought by the Kedah Smallholders Association.", "Marlow Foods")).toEqual({ owner: "The Kedah Smallholders Association" });
  });
  it("refuses when that sentence names the company as well, or a second body, or a long name with no letters", () => {
    expect(itsOwner("Marlow Foods rejected the fee the Kedah Smallholders Association (KSA) wanted.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("The firm said the Kedah Smallholders Association (KSA) had complained.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("That is what the Kedah Smallholders Association and the Rubber Board want.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("That is what the Association of Rubber Tappers of Kedah wants.", "Marlow Foods")).toEqual({ refused: true });
  });
  it("keeps the company when the sentence before names no other body (near miss)", () => {
    expect(itsOwner("Tappers were paid 30 sen a kilo, the company said.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
    expect(itsOwner("That is below what tappers in Kedah asked for in March.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
  });
});

// Review 31b finding 1: a body named anywhere in the sentence before was written in as the owner, even when that
// sentence's subject is the company ("it") or a described thing, and the body only a founder's school, a lender, a
// source or a competition. Only the strict read's shape ("That is below what the X has asked for") names an owner;
// any other body named inside refuses.
describe("itsOwner after a sentence that names a body only by the way (review 31b finding 1)", () => {
  it("refuses when that sentence's subject is the company or a described thing", () => {
    expect(itsOwner("Founded in 2011 by two Lund University graduates, it now employs 300 people.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("The new plant, built with a World Bank loan, opens in May.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("The brewer won approval from the Competition Authority.", "Marlow Foods")).toEqual({ refused: true });
  });
  it("refuses a body that is a source or a place named like a body, with or without a company", () => {
    expect(itsOwner("Growth slowed to 2.1%, according to the World Bank.", null)).toEqual({ refused: true });
    expect(itsOwner("Atlas qualified for the Champions League.", "Marlow Foods")).toEqual({ refused: true });
  });
  it("asks no item of the founders' university through the generator", () => {
    const body = "Kestrel Robotics said on Monday it would open a second factory in Malmö. Founded in 2011 by two Lund University graduates, it now employs 300 people. Its chief executive, Ana Ruiz, said the plant would cost SEK 400 million.";
    const prompts = generateArticleItems({ slug: "k", title: "Kestrel Robotics to open second factory", source: "Wire", publishedAt: new Date(Date.UTC(2026, 10, 1)), body }).map((i) => i.prompt);
    expect(prompts.some((p) => /chief executive/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/Lund University[’']s/);
  });
  it("still takes the body in the strict read's shape (near miss)", () => {
    expect(itsOwner("That is below what the Kedah Smallholders Association (KSA) has asked for.", "Marlow Foods")).toEqual({ owner: "KSA" });
    expect(itsOwner("This is less than the fee sought by the Kedah Smallholders Association.", "Marlow Foods")).toEqual({ owner: "The Kedah Smallholders Association" });
  });
});

// Review 32 finding 5: "This"/"That" owning a noun ("This week, it emerged that ...") and "by" after any passive
// passed the strict read's shape, so a body the sentence only reports on became the owner; and a sentence whose subject
// is the company refused because it named a lender after "from".
describe("itsOwner reads the strict shape only with a subject 'This'/'That' (review 32 finding 5)", () => {
  it("refuses a demonstrative that owns a noun, and 'by' after a passive that is no asking", () => {
    expect(itsOwner("This week, it emerged that the Harbour Competition Authority had cleared the merger.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("That deal, which the Harbour Competition Authority cleared, lifted the shares.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("This was confirmed by the Harbour Competition Authority.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("That means that the Harbour Competition Authority has cleared the merger.", "Marlow Foods")).toEqual({ refused: true });
  });
  it("still takes the body after a subject 'That'/'This' and a verb of asking (near miss)", () => {
    expect(itsOwner("This falls short of the levy demanded by the Coastal Fishers Union.", "Marlow Foods")).toEqual({ owner: "The Coastal Fishers Union" });
    expect(itsOwner("That compares with the 12% that the Coastal Fishers Union (CFU) wants.", "Marlow Foods")).toEqual({ owner: "CFU" });
  });
  it("keeps the company when it is the subject and the body only the object of a preposition", () => {
    expect(itsOwner("Marlow Foods borrowed $40 million from the World Bank.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
    expect(itsOwner("It borrowed $40 million from the World Bank in 2020.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
  });
  it("refuses when the company's sentence makes the body a subject or a partner (near miss)", () => {
    expect(itsOwner("Marlow Foods said the Coastal Fishers Union had walked out.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Marlow Foods signed a supply deal with the Coastal Fishers Union.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("The group of lenders, led by the World Bank, met on Friday.", "Marlow Foods")).toEqual({ refused: true });
  });
});

// Review 32b finding 1: a body after to/from/by in a sentence opening with the company was dropped, so the next "Its"
// became the company's even when that body decides and has its own chair ("Who is Marlow Foods's chairman?").
describe("itsOwner refuses a deciding body after a preposition (review 32b finding 1)", () => {
  it("refuses an authority, court or tribunal the company turned to, and an empty 'It'", () => {
    expect(itsOwner("The company has appealed to the Competition Authority.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("The firm won approval from the Harbour Competition Authority on Friday.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("It is now up to the Competition Authority to decide.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Marlow Foods awaits a ruling from the Supreme Court.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Marlow Foods was fined by the Harbour Competition Commission.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("The company won approval from the Central Bank.", "Marlow Foods")).toEqual({ refused: true });
  });
  it("still keeps the company after money from a lender (near miss)", () => {
    expect(itsOwner("Marlow Foods secured a loan from the Asian Development Bank.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
    expect(itsOwner("It has raised $12 million from the Nordic Climate Fund.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
  });
  // Review 32c finding 3: any figure before "from" made a deciding bank a lender.
  it("refuses a bank when the money is not what came from it (review 32c finding 3)", () => {
    expect(itsOwner("Marlow Foods awaits a ruling on its $40 million bid from the Central Bank.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Marlow Foods, which has 3 million customers, won approval from the Central Bank.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Marlow Foods received approval for its $40 million loan from the Central Bank.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Marlow Foods, which has 3 million customers, sought a ruling from the Central Bank.", "Marlow Foods")).toEqual({ refused: true });
  });
  it("keeps the company when the verb or noun before 'from' is the money's (review 32c finding 3, near misses)", () => {
    expect(itsOwner("Marlow Foods borrowed from the World Bank in 2020.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
    expect(itsOwner("It raised $12.5 million from the Nordic Climate Fund.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
    expect(itsOwner("Marlow Foods, which has 3 million customers, took a $40 million loan from the World Bank.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
  });
  it("asks no chairman of the company after the appeal, through the generator", () => {
    const body = "Marlow Foods said on Monday it would fight the fine. The company has appealed to the Competition Authority. Its chairman, Kofi Mensah, said a ruling would come in March.";
    const prompts = generateArticleItems({ slug: "m", title: "Marlow Foods appeals fine", source: "Wire", publishedAt: new Date(Date.UTC(2026, 10, 1)), body }).map((i) => i.prompt);
    for (const p of prompts) expect(p).not.toMatch(/Marlow Foods[’']s?\s?chairman|chairman of Marlow Foods/);
  });
});

// Review 32d finding 8: a deciding word anywhere in the sentence ("the new rules", "a permanent loan") made a lender a
// second body, so the next "Its" lost its company. (The reviewer's "To meet the new rules, Marlow Foods borrowed ..." is
// still refused: a sentence that does not open with the company never drops a body after "from".)
describe("itsOwner reads a deciding word only in the money's own words (review 32d finding 8)", () => {
  it("keeps the company after money from a lender, whatever the sentence says before it", () => {
    expect(itsOwner("Marlow Foods, facing the new rules, borrowed $40 million from the World Bank.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
    expect(itsOwner("Marlow Foods secured a permanent loan from the Asian Development Bank.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
    expect(itsOwner("Marlow Foods ruled out a share sale and took a $40 million loan from the World Bank.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
  });
  it("still refuses a bank whose decision or permission sits in the money's words (near misses)", () => {
    expect(itsOwner("Marlow Foods secured permission for the loan from the Central Bank.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Marlow Foods, under the new rules, needs approval of funding from the Central Bank.", "Marlow Foods")).toEqual({ refused: true });
  });
});

// Strict read AS1-all: "Pro Natura Solothurn, one of the objectors, said it was disappointed ... Its secretary, Lukas
// Frey, said ..." was written in as the quarry company's ("Jurakalk's secretary, ...").
describe("itsOwner after a sentence that opens with another name", () => {
  const story = (before: string): string =>
    [
      "Solothurn's cantonal government has granted Brennkalk AG a permit to extend its limestone quarry near Balsthal.",
      "Brennkalk, which employs 140 people, had asked for 30 years.",
      "The permit obliges Brennkalk to move most of its stone by rail from 2029.",
      "Brennkalk's managing director, Peter Aebi, said the company accepted the conditions and would invest about CHF 23 million, roughly a third of it in the rail loading facility.",
      before,
      "Its secretary, Reto Gasser, said the organisation would study the decision before deciding whether to appeal.",
    ].join("\n\n");
  const prompts = (before: string): string[] =>
    generateArticleItems({ slug: "b", title: "Brennkalk wins quarry permit", source: "Wire", publishedAt: new Date(Date.UTC(2026, 10, 1)), body: story(before) }).map((i) => i.prompt);

  it("writes no company in when a multi-word name or a proper name is the subject before", () => {
    for (const p of prompts("Stiftung Alpenschutz Thal, one of the objectors, said it was disappointed that the permit ran for 25 years.")) expect(p).not.toMatch(/Brennkalk[’']s secretary/);
    expect(itsOwner("Stiftung Alpenschutz Thal, one of the objectors, said it was disappointed.", "Brennkalk")).toEqual({ refused: true });
    expect(itsOwner("Greenpeace said it would appeal.", "Brennkalk")).toEqual({ refused: true });
    expect(itsOwner("Greenpeace, one of the objectors, has criticised the permit.", "Brennkalk")).toEqual({ refused: true });
    expect(itsOwner("Zurich said it would not object.", "Brennkalk")).toEqual({ refused: true });
    expect(itsOwner("Daniel Kissling said the objectors would appeal.", "Brennkalk")).toEqual({ refused: true });
  });
  it("still writes the company after the company, 'The company' or a common word (near misses)", () => {
    expect(prompts("Brennkalk said it would hire 20 more people.")).toContain("(“Brennkalk wins quarry permit”, Wire, November 2026) Who is Brennkalk’s secretary?");
    expect(prompts("The company said it would hire 20 more people.")).toContain("(“Brennkalk wins quarry permit”, Wire, November 2026) Who is Brennkalk’s secretary?");
    expect(itsOwner("Brennkalk AG said it accepted the conditions.", "Brennkalk")).toEqual({ owner: "Brennkalk" });
    expect(itsOwner("Sales rose 5% last year.", "Brennkalk")).toEqual({ owner: "Brennkalk" });
    // (A common word the lexicon lacks, which says nothing, is no name.)
    expect(itsOwner("Revenue rose 8%.", "Brennkalk")).toEqual({ owner: "Brennkalk" });
    expect(itsOwner("Limestone is mined there.", "Brennkalk")).toEqual({ owner: "Brennkalk" });
    expect(itsOwner("Analysts said the deal was cheap.", "Brennkalk")).toEqual({ owner: "Brennkalk" });
  });
});
