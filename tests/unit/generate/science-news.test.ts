import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import type { ArticleInput } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";

// Science news (genre4 lane): journals and species' scientific names the seen science articles wrote in forms no rule
// read. Every sentence here is invented.
const spans = (sentence: string) => findEntitySpans(sentence, { publishedAt: new Date(Date.UTC(2026, 10, 20)) });
const named = (sentence: string, name: string) => spans(sentence).find((e) => e.name === name);

describe("a journal's name in the forms science news writes it", () => {
  it("after a month cut short ('published on Nov. 25 in J')", () => {
    expect(named("The work, published on Nov. 12 in Ecology Letters, puts the loss at 40%.", "Ecology Letters")?.question).toBe("In which journal was the work published?");
  });

  it("after 'in the journal' whatever went before ('published alongside a paper in the journal J')", () => {
    expect(named("It was released together with a peer-reviewed paper in the journal Marine Policy.", "Marine Policy")).toBeDefined();
  });

  it("a title 'The ... Journal' keeps its 'The' ('announced on Tuesday in The Astrophysical Journal')", () => {
    expect(named("The finding was announced on Friday in The Botanical Journal.", "The Botanical Journal")?.question).toBe("In which journal was the finding announced?");
  });

  it("a subtitle after a colon belongs to the title after 'journal', not after a bare name", () => {
    expect(named("The results were published on Oct. 2 in the journal Reef Science: Coastal and Island Studies.", "Reef Science: Coastal and Island Studies")?.question).toBe("In which journal were the results published?");
    expect(spans("The study was published in Nature: Smith called it a landmark.").map((e) => e.name)).toContain("Nature");
  });
});

describe("the article's own study: marked when its journal question is built, not read back from its wording", () => {
  it("marks the journal of 'The results were published in J' and of 'The study, published in J, ...'", () => {
    expect(named("The results were published on Oct. 2 in the journal Island Ecology.", "Island Ecology")?.ownStudy).toBe(true);
    expect(named("The study, published this week in Island Ecology, puts the loss at half.", "Island Ecology")?.ownStudy).toBe(true);
  });

  it("does not mark a journal asked by its finding ('according to a paper published in J', 'researchers reported in J')", () => {
    expect(named("Puffins fell by half, according to a paper published this week in the journal Island Ecology.", "Island Ecology")?.ownStudy).toBeUndefined();
    expect(named("Puffins fell by half, researchers reported on Monday in the journal Island Ecology.", "Island Ecology")?.ownStudy).toBeUndefined();
  });

  it("carries the mark to the fact, whose question then needs nothing from an 'It' sentence's subject", () => {
    const article: ArticleInput = { slug: "t", title: "Puffins in decline", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body: "Puffins on the island fell by half in ten years. It was published this week in the Journal of Island Ecology." };
    const journal = extractFacts(article).find((f) => f.answer === "Journal of Island Ecology");
    expect(journal).toMatchObject({ ownStudy: true, question: "In which journal was the study published?" });
  });
});

describe("a species' scientific name after its common name", () => {
  it("in brackets after a plural common name, without the verb before it", () => {
    expect(named("The animals studied are pygmy shrews (Sorex minutus), which weigh five grams.", "Sorex minutus")?.question).toBe("What is the scientific name of pygmy shrews?");
  });

  it("in brackets after 'The' and a place word, with a subspecies", () => {
    expect(named("The Nubian ibex (Capra nubiana sinaitica) lives only in the desert mountains.", "Capra nubiana sinaitica")?.question).toBe("What is the scientific name of the Nubian ibex?");
  });

  it("in commas after 'A' or after a comparative ('the rarer fluted giant clam, Tridacna squamosa,')", () => {
    expect(named("A moth, Zeiraphera griseana, has stripped larch needles since 1990.", "Zeiraphera griseana")?.question).toBe("What is the scientific name of the moth?");
    expect(named("Divers will next count the rarer horned sea star, Protoreaster nodosus, and its young.", "Protoreaster nodosus")?.question).toBe("What is the scientific name of the horned sea star?");
  });

  it("no English words in brackets or commas ('The talks (Geneva rounds)', 'in Lagos, Abuja and Kano')", () => {
    expect(spans("The talks (Geneva rounds) ended without a deal.").map((e) => e.question)).not.toContainEqual(expect.stringMatching(/scientific name/));
    expect(spans("The team met farmers in rural areas, Tanga region, last year.").map((e) => e.question)).not.toContainEqual(expect.stringMatching(/scientific name/));
  });
});

describe("a species' status on the IUCN Red List", () => {
  it("after 'listed as', asked for the species the sentence names", () => {
    const found = named("Amazon river dolphins are listed as endangered by the International Union for Conservation of Nature (IUCN).", "endangered");
    expect(found?.question).toBe("What is the status the International Union for Conservation of Nature gives Amazon river dolphins?");
  });

  it("a pronoun or 'the species' is the article's species, not the words before ('..., and the species is listed as')", () => {
    expect(named('Numbers have fallen since 1990, and the species is listed as "near threatened" by the IUCN.', "near threatened")?.question).toBe("What is the status the IUCN gives the species?");
    expect(named("They are listed as vulnerable by the International Union for Conservation of Nature (IUCN), and are hunted for meat.", "vulnerable")?.question).toBe("What is the status the International Union for Conservation of Nature gives the species?");
  });

  it("after 'the IUCN lists it as', and a status word elsewhere gives nothing", () => {
    expect(named("The IUCN lists it as critically endangered.", "critically endangered")).toBeDefined();
    expect(spans("The old pier is listed as vulnerable to storms by the council.").map((e) => e.name)).not.toContain("vulnerable");
  });

  it("a status in the past is not asked: it may no longer hold ('was listed as vulnerable in 1996')", () => {
    expect(spans("Once common, the vole was listed as vulnerable by the IUCN in 1996; it is now critically endangered.").map((e) => e.name)).not.toContain("vulnerable");
    expect(spans("The species is listed as vulnerable by the IUCN Red List until 2019.").map((e) => e.name)).not.toContain("vulnerable");
  });
});

describe("a journal's title ends where its clause does", () => {
  it("a dash's words are a subtitle only before a clause's end or a phrase ('in Nature — Researchers said' is Nature)", () => {
    expect(spans("The results were published on Monday in Nature — Researchers said the colony was large.").map((e) => e.name)).toContain("Nature");
    expect(named("The paper appeared in The Lancet Regional Health – Europe in February.", "The Lancet Regional Health – Europe")).toBeDefined();
  });

  it("an 'It' reported in a newspaper is no study in a journal ('It was reported last week in The Guardian')", () => {
    const body = "Divers from a university in Izmir found the wreck of a trading ship off the coast near Kas in 2024. It was reported last week in The Daily Courier. The team will return next summer.";
    const items = generateArticleItems({ slug: "t", title: "Divers find Roman wreck off Kas", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
    expect(items.filter((i) => /journal/.test(i.prompt))).toEqual([]);
  });
});

describe("a species' common name never counts it", () => {
  it("'three female hawksbill turtles (...)', 'Two thousand adult rock voles (...)'", () => {
    expect(named("The team tagged three female hawksbill turtles (Eretmochelys imbricata) in May.", "Eretmochelys imbricata")?.question).toBe("What is the scientific name of hawksbill turtles?");
    expect(named("Two thousand adult rock voles (Arvicola pallidus) live on the cliffs.", "Arvicola pallidus")?.question).not.toMatch(/thousand|Two/);
  });
});

describe("the article's own study asked under its title, whatever its sentence's subject", () => {
  it("'It was published this week in J' and 'The discovery was announced on Friday in J' still give their journal", () => {
    const body = "Divers from a university in Izmir found the wreck of a trading ship off the coast near Kas in 2024. It was published this week in the Journal of Maritime History. The team will return next summer.";
    const items = generateArticleItems({ slug: "t", title: "Divers find Roman wreck off Kas", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
    expect(items.filter((i) => i.answer === "Journal of Maritime History" && i.type === "typed").map((i) => i.prompt)).toEqual([expect.stringMatching(/In which journal was the study published\?$/)]);
  });
});

describe("a journal question does not keep a dateline with its place's country", () => {
  it("'SUVA, Fiji — Reef sharks ...' asks about reef sharks, not about 'SUVA, Fiji'", () => {
    const q = named("SUVA, Fiji — Reef sharks have returned to two lagoons where fishing was banned, according to a study published on Monday in Marine Biology.", "Marine Biology")?.question;
    expect(q).toBe("In which journal was the study published that found that reef sharks have returned to two lagoons where fishing was banned?");
  });
});
