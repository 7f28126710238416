// Names found only by their form (find-name-chunks.ts) asked from their clause (ask-name-chunk.ts): each sentence
// invented, each rule general.
import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { askNameChunks, peersOf, subjectQuestion } from "@/lib/generate/ask-name-chunk";
import { findNameChunks } from "@/lib/generate/find-name-chunks";
import { namedRoleAfter } from "@/lib/generate/extract-facts";
import { generateArticleItems } from "@/lib/generate";
import { listedName } from "@/lib/generate/build-items";
import type { Fact } from "@/lib/generate/types";

const chunk = (sentence: string, name: string) => {
  const found = findNameChunks(sentence).find((c) => c.name === name);
  if (!found) throw new Error(`no chunk ${name} in ${sentence}`);
  return found;
};

describe("what a name found by form is", () => {
  it("a name the lexicon knows as a country is a place, though its first word is a first name", () => {
    expect(findNameChunks("Tea exports from Sri Lanka rose again.").map((c) => [c.name, c.kind])).toEqual([["Sri Lanka", "place"]]);
  });
  it("a first name followed by common nouns is a firm, not a person", () => {
    expect(findNameChunks("The round was led by Savanna Growth Partners last week.").filter((c) => c.kind === "person")).toEqual([]);
  });
  it("a law named after an office is no organisation", () => {
    expect(findNameChunks("The regulator was set up under the Office of Water Regulation Act of 1995.").map((c) => c.name)).not.toContain("Office of Water Regulation Act");
  });
});

describe("a subject question from the main clause", () => {
  it("asks a person who is the whole subject, the predicate as written", () => {
    const s = "Marta Kowalski scored twice in the second half to beat Vardar 3-1.";
    expect(subjectQuestion(s, chunk(s, "Marta Kowalski"))).toBe("Who scored twice in the second half to beat Vardar 3-1?");
  });
  it("moves a leading time to the end", () => {
    const s = "On Tuesday, Elena Marchetti opened the new terminal at the port of Brindisi.";
    expect(subjectQuestion(s, chunk(s, "Elena Marchetti"))).toBe("Who opened the new terminal at the port of Brindisi, on Tuesday?");
  });
  it("asks a country as the subject by its noun", () => {
    const s = "Chile produces about a third of the world's mined copper.";
    expect(subjectQuestion(s, chunk(s, "Chile"))).toBe("Which country produces about a third of the world's mined copper?");
  });
  it("never asks a city as the subject: it stands for its club or its council", () => {
    const s = "Lyon had 12 points in the group after four matches.";
    expect(subjectQuestion(s, chunk(s, "Lyon"))).toBeNull();
  });
  it("refuses a predicate too short to say which fact is meant", () => {
    const s = "Norway dropped to fourth.";
    expect(subjectQuestion(s, chunk(s, "Norway"))).toBeNull();
    const has = "Norway has no national levy.";
    expect(subjectQuestion(has, chunk(has, "Norway"))).toBeNull();
  });
  it("refuses a name that is not the subject, a verb of saying and a word pointing back", () => {
    const object = "The minister met Elena Marchetti at the port of Brindisi.";
    expect(subjectQuestion(object, chunk(object, "Elena Marchetti"))).toBeNull();
    const said = "Elena Marchetti said the terminal would open in the spring.";
    expect(subjectQuestion(said, chunk(said, "Elena Marchetti"))).toBeNull();
    const back = "Elena Marchetti opened the terminal with its new cranes.";
    expect(subjectQuestion(back, chunk(back, "Elena Marchetti"))).toBeNull();
  });
});

describe("which name chunks are asked", () => {
  it("none inside a quotation, none claimed by another fact's span", () => {
    const s = "“We owe this to Elena Marchetti,” the mayor said, before Tomas Berg spoke.";
    expect(askNameChunks(s, []).map((c) => c.name)).toEqual(["Tomas Berg"]);
    const at = s.indexOf("Tomas Berg");
    expect(askNameChunks(s, [[at, at + 10]]).map((c) => c.name)).toEqual([]);
  });
  it("none in the speaker's phrase before a verb of saying", () => {
    const s = "Tomas Berg, a geologist at the University of Tromsø, said the Caspian vents leak methane into Azerbaijan.";
    expect(askNameChunks(s, []).map((c) => c.name)).toEqual(["Azerbaijan"]);
  });
});

describe("a name found by form gets real questions only", () => {
  const article: ArticleInput = {
    slug: "invented-derby",
    title: "Invented derby report",
    source: "Invented Sports Desk",
    publishedAt: new Date(Date.UTC(2026, 10, 20)),
    body: [
      "Marta Kowalski scored twice in the second half to beat Vardar 3-1 at the Gradski stadium.",
      "Anja Petrova had given the visitors the lead after ten minutes with a header from a corner.",
      "Ilse Brandt made four saves before the break and kept the home side in the game.",
      "Sofia Lindqvist came on for the last twenty minutes and set up the third goal.",
    ].join("\n\n"),
  };
  const items = generateArticleItems(article);
  it("asks the scorer by a wh-question, and blanks no name found by form", () => {
    const onScorer = items.filter((i) => i.answer === "Marta Kowalski");
    // (Its typed copy of the same question yields to the sentence's other facts: a name is asked by its options first.)
    expect(onScorer.map((i) => i.type)).toContain("choice");
    expect(onScorer.every((i) => i.type === "choice" || i.type === "typed")).toBe(true);
    expect(onScorer.find((i) => i.type === "choice")?.prompt).toContain("Who scored twice in the second half to beat Vardar 3-1");
    const names = ["Marta Kowalski", "Anja Petrova", "Ilse Brandt", "Sofia Lindqvist"];
    expect(items.filter((i) => i.type === "cloze" && names.includes(i.answer))).toEqual([]);
    expect(items.filter((i) => i.type === "truefalse" && names.some((n) => i.prompt.includes(n)))).toEqual([]);
  });
});

describe("two names joined by 'and'", () => {
  it("are two chunks when each side is a name by itself, one when a side is not", () => {
    expect(findNameChunks("Norvik Holdings SA and Brenta Costruzioni SA bid for the work.").map((c) => c.name)).toEqual(["Norvik Holdings SA", "Brenta Costruzioni SA"]);
    expect(findNameChunks("The Ministry of Trade and Industry approved the bid.").map((c) => c.name)).toEqual(["Ministry of Trade and Industry"]);
  });
});

describe("wrong options for a name from the article's other names of its kind", () => {
  const chunks = ["Chile and Peru signed the pact in Lima before Elena Marchetti flew to Madrid with Tomas Berg.", "Norvik Holdings SA and Brenta Costruzioni SA bid for the work."].flatMap((s) => findNameChunks(s));
  const fact = (kind: string, answer: string, unit: string, extra: object = {}) => ({ kind, answer, unit, question: null, ...extra });
  it("a country takes countries, a city cities, a person any person", () => {
    expect(peersOf(fact("place", "Chile", "country"), chunks)).toEqual(["Peru"]);
    expect(peersOf(fact("place", "Lima", "city"), chunks)).toEqual(["Madrid"]);
    expect(peersOf(fact("person", "Tomas Berg", ""), chunks)).toEqual(["Elena Marchetti"]);
    expect(peersOf(fact("organisation", "Norvik Holdings SA", "company"), chunks)).toEqual(["Brenta Costruzioni SA"]);
  });

  it("are a bounded few, the first the article gives, however many names a long article holds", () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ kind: "person" as const, name: `Person ${String.fromCharCode(65 + (i % 26))}${i}`, start: 0, end: 0, noun: "" }));
    const peers = peersOf(fact("person", "Tomas Berg", ""), many);
    expect(peers).toHaveLength(24);
    expect(peers[0]).toBe("Person A0");
  });
  it("never one name twice, nor the answer inside an option", () => {
    const cities = ["Hanoi", "Ho Chi Minh City", "Ho Chi Minh", "Lima", "Lima Norte"].map((name) => ({ kind: "place" as const, noun: "city", name, start: 0, end: 0 }));
    expect(peersOf(fact("place", "Lima", "city"), cities)).toEqual(["Hanoi", "Ho Chi Minh City"]);
  });
  it("none for a name whose nationality the text gives, which a form cannot match", () => {
    expect(peersOf(fact("person", "Tomas Berg", "", { nationality: "Swedish" }), chunks)).toEqual([]);
  });
});

describe("a name inside a list is not completed", () => {
  const fact = { kind: "place" } as Fact;
  it.each([
    ["Ghana, Cameroon and Malawi have all adopted similar levies.", "Cameroon"],
    ["Ghana, Cameroon and Malawi have all adopted similar levies.", "Ghana"],
    ["Several, including Italy and Spain, are still arguing.", "Italy"],
    ["Prices rose after poor weather in Brazil and Vietnam.", "Vietnam"],
  ])("%s (%s)", (sentence, name) => {
    const at = sentence.indexOf(name);
    expect(listedName(sentence, at, at + name.length, fact)).toBe(true);
  });
  it("a name on its own is", () => {
    const s = "Japan buys sesame seeds from Nigeria, its largest supplier.";
    expect(listedName(s, s.indexOf("Nigeria"), s.indexOf("Nigeria") + 7, fact)).toBe(false);
  });
});

describe("a name inside a quotation is not completed", () => {
  it("is what someone said", () => {
    const s = "The farmers' leader called the cut “a gift to Bangkok paid for by the poor”.";
    expect(listedName(s, s.indexOf("Bangkok"), s.indexOf("Bangkok") + 7, { kind: "place" } as Fact)).toBe(true);
  });
});

describe("a capitalised word no lexicon knows, after a preposition of place, is a place", () => {
  const places = (sentence: string, people?: ReadonlySet<string>) => findNameChunks(sentence, people).filter((c) => c.kind === "place").map((c) => c.name);
  it.each([
    ["The partners met in the back room of a cafe in Vellamora, to share out the contracts.", "Vellamora"],
    ["The delegation leaves for Ostrivka on Saturday.", "Ostrivka"],
    ["The sea wall will be extended to the border at Kaména.", "Kaména"],
    ["About 900 families live near Grand-Tovo, the most exposed stretch.", "Grand-Tovo"],
  ])("%s -> %s", (sentence, name) => {
    expect(places(sentence)).toContain(name);
  });

  it("a common noun, a people's name, a quoted source or a named person's surname is none", () => {
    expect(places("The bill finally passed in Parliament.")).toEqual([]);
    expect(places("The firm will offer 25 scholarships a year to Timorese students.")).toEqual([]);
    expect(places("According to Wamena, the birds moved uphill.")).toEqual([]);
    expect(places("The keeper saved well from Dembalo in the second half.", new Set(["Issa Dembalo"]))).toEqual([]);
  });

  it("chunks a sentence with the article's people as without them only when none of their last names is in it", () => {
    // (Without people the chunks are remembered per sentence: asking again with people must not get the cached ones.)
    const sentence = "The keeper saved well from Ralumba in the second half.";
    expect(places(sentence)).toEqual(["Ralumba"]);
    expect(places(sentence, new Set(["Issa Ralumba"]))).toEqual([]);
    expect(places(sentence, new Set(["Issa Dembalo"]))).toEqual(["Ralumba"]);
    expect(places(sentence)).toEqual(["Ralumba"]);
  });

  it("takes any other place but a country as a wrong option", () => {
    const found = ["A plant will open in Vellamora, near Ostrivka.", "Exports from Chile rose."].flatMap((s) => findNameChunks(s));
    expect(peersOf({ kind: "place", answer: "Vellamora", unit: "place", question: null }, found)).toEqual(["Ostrivka"]);
  });
});

describe("a firm named by a trade word after a name of its own", () => {
  const orgs = (sentence: string) => findNameChunks(sentence).filter((c) => c.kind === "organisation").map((c) => [c.name, c.noun]);
  it.each([
    ["The mill is owned by the investment group Varna Transport Holding.", "Varna Transport Holding"],
    ["The bank will lend money to Perth-based Kestrel Minerals for a plant.", "Kestrel Minerals"],
    ["The hull was built by Tarlow Marine Engineering at its yard.", "Tarlow Marine Engineering"],
  ])("%s -> %s", (sentence, name) => {
    expect(orgs(sentence)).toContainEqual([name, "company"]);
  });

  it("a body named 'of' its field, or a common phrase at a sentence's start, is none", () => {
    expect(orgs("The Ministry of Energy said so.")).toEqual([["Ministry of Energy", "ministry"]]);
    expect(orgs("Renewable Energy is growing fast.")).toEqual([]);
  });
});

// Lane noitem8 (w+x "no item"): a name found by its form alone was never blanked, even when a role set off after it
// says what it is; such a name is blanked like one a rule found.
describe("a name chunk followed by its role", () => {
  it("is a role set off by a comma: a, an, the or a possessive, then a role noun", () => {
    const at = (s: string, name: string) => namedRoleAfter(s, s.indexOf(name) + name.length);
    expect(at("The pact was signed with Ana Ruiz, Ruritania's Minister of Health and Welfare.", "Ana Ruiz")).toBe(true);
    expect(at("Tomas Vell, a 20-year-old substitute, scored the winner.", "Tomas Vell")).toBe(true);
    expect(at("The hall was designed by Pons & Febrer, which used local stone.", "Pons & Febrer")).toBe(false);
    expect(at("Visitors came from Elmvale, the village by the lake.", "Elmvale")).toBe(false);
    // (A place's aside may name a role that is someone else's: the role must be the aside's own noun.)
    expect(at("The festival opened in Elmvale, the seat of the old duke, on Friday.", "Elmvale")).toBe(false);
    expect(at("Visitors came from Elmvale, the mayor's home town.", "Elmvale")).toBe(false);
  });

  it("is blanked in a cloze", () => {
    const body = "The harbour accord was signed at the town hall with Ana Ruiz Ortega, Ruritania's Minister of Ports and Fisheries, after two years of talks.";
    const items = generateArticleItems({ slug: "n", title: "Harbour accord signed", source: "Wire", publishedAt: new Date(Date.UTC(2026, 10, 2)), body });
    const cloze = items.find((i) => i.type === "cloze" && i.answer === "Ana Ruiz Ortega");
    expect(cloze?.prompt).toContain("signed at the town hall with _____, Ruritania's Minister of Ports and Fisheries");
  });
});
