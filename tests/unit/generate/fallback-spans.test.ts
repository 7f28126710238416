// The fallback reader (fallback-spans.ts): figures no rule read, found by their form after the rules. Each sentence
// invented.
import { describe, expect, it } from "vitest";
import { countedNoun, fallbackNames, fallbackValueSpans } from "@/lib/generate/fallback-spans";
import { extractFacts } from "@/lib/generate/extract-facts";
import { generateArticleItems } from "@/lib/generate";
import { CORE_FROM } from "@/lib/generate/item-tier";
import type { ArticleInput } from "@/lib/content/parse-article";

const answers = (sentence: string, taken: [number, number][] = []) => fallbackValueSpans(sentence, taken).map((s) => `${s.kind}:${s.answer}:${s.unit}`);

describe("fallbackValueSpans", () => {
  it("reads a number with the plural noun it counts", () => {
    expect(answers("The depot will service 215 trolleys that the city ordered.")).toEqual(["count:215:trolley"]);
    expect(answers("The lender now serves 3.4 million savers across the coast.")).toEqual(["count:3.4 million:saver"]);
    expect(answers("Wells near the 60 dairies that treat their slurry stayed clean.")).toEqual(["count:60:dairy"]);
  });
  it("reads a sum whose scale is joined by a hyphen and a spelled share", () => {
    expect(answers("The mill received a $4-million loan from the state.")).toEqual(["money:$4-million:$ million"]);
    expect(answers("The pump supplies about a fifth of what the town drinks.")).toEqual(["percent:a fifth:fraction"]);
  });
  it("leaves years, names with numbers, verbs, durations, tables and what a rule read", () => {
    expect(answers("The hall opened in 1998 beside the harbour.")).toEqual([]);
    expect(answers("Buses on Route 66 stops were late again.")).toEqual([]);
    expect(answers("Output rose 40 percent and 12 said so.")).toEqual([]);
    expect(answers("The strike lasted 12 days in all.")).toEqual([]);
    expect(answers("| Ferries | 14 boats | 12 |")).toEqual([]);
    expect(answers("Sales recovered in the first half of the year.")).toEqual([]);
    expect(answers("The ferry left with a quarter of an hour to spare.")).toEqual([]);
    expect(answers("The depot will service 215 trolleys.", [[23, 26]])).toEqual([]);
  });
  it("takes a counted noun of one or two words, the last a plural", () => {
    expect(countedNoun(" new kilns were built")).toBe("new kilns");
    expect(countedNoun(" kilns were built")).toBe("kilns");
    expect(countedNoun(" to the hectare")).toBeNull();
  });
});

describe("fallback facts in extraction", () => {
  const article: ArticleInput = {
    slug: "fallback-depot", title: "Marrow Vale opens its tram depot", source: null, publishedAt: new Date("2026-10-01T00:00:00Z"), tags: [],
    body: "Marrow Vale opened its new tram depot on Monday.\n\nWells near the 60 dairies that treat their slurry stayed clean in the spring survey.\n",
  } as unknown as ArticleInput;
  it("marks a figure no rule read as a fallback fact, and keeps its items out of the core set", () => {
    const fact = extractFacts(article).find((f) => f.answer === "60");
    expect(fact?.fallback).toBe(true);
    const items = generateArticleItems(article, { keepFrom: 0, fullFrom: 0 });
    expect(items.some((it) => it.answer === "60")).toBe(true);
    const scored = generateArticleItems(article);
    for (const it of scored.filter((i) => i.answer === "60")) expect(it.worth ?? 1).toBeLessThan(CORE_FROM);
  });
  it("drops a fallback figure that repeats a figure a rule read", () => {
    const repeated = { ...article, body: "Inspectors counted 45 otters on the river in May.\n\nOf the 45 animals counted, most were young.\n" };
    expect(extractFacts(repeated).filter((f) => f.answer === "45").every((f) => !f.fallback)).toBe(true);
  });
});

describe("fallbackNames", () => {
  const names = (sentence: string, taken: [number, number][] = []) => fallbackNames(sentence, taken).map((n) => n.name);
  it("reads a capitalised run no rule read, without the words that open a sentence", () => {
    expect(names("Barges from the mill are unloaded at the Orvel Quay every night.")).toEqual(["Orvel Quay"]);
    expect(names("In March the Tarnow Lowland Basin Board raised its charges.")).toEqual(["Tarnow Lowland Basin Board"]);
  });
  it("leaves adjectives of peoples, owners, days, labels of numbers, acronyms, quotes, speakers and what is taken", () => {
    expect(names("The Moravian council backed the plan.")).toEqual([]);
    expect(names("Shares rose at the Dalvik Exchange on Friday morning.")).toEqual(["Dalvik Exchange"]);
    expect(names("Fines follow Decree No. 114 from last year.")).toEqual([]);
    expect(names("The fund signed an MoU with the port.")).toEqual([]);
    expect(names("The mayor called it “a gift to Orvel Quay” at the opening.")).toEqual([]);
    expect(names("Orvel Quay, a harbour master, said the barges were late.")).toEqual([]);
    expect(names("Barges are unloaded at the Orvel Quay every night.", [[30, 40]])).toEqual([]);
    expect(names("FOR IMMEDIATE RELEASE from the harbour board of the town")).toEqual([]);
    expect(names("Supporters of St Kilda's were in good voice all through the night.")).toEqual([]);
    expect(names("Orvel Quay backed the cut.")).toEqual([]);
    expect(names("After the Second Dune Treaty the workshop on the coast was closed.")).toEqual([]);
    expect(names("The largest yards on the river, such as Orvel Quay, run newer cranes.")).toEqual([]);
  });
});

// fallback10's strict read: a name that modifies a common noun has several fitting answers.
describe("fallbackNames, a name used as a modifier", () => {
  const names = (sentence: string) => fallbackNames(sentence, []).map((n) => n.name);
  it("leaves a name before a doer it says where from, and an adjective of a people", () => {
    expect(names("Funding went to the Vardel developer of small river turbines last spring.")).toEqual([]);
    expect(names("Orders came from the North Velmark maker of frozen waffles this winter.")).toEqual([]);
    expect(names("Voters backed a Velmish-style plan of free hours for all children in the town.")).toEqual([]);
    expect(names("Grain prices rose sharply for Flemish growers after the long dry summer.")).toEqual([]);
  });
  // (Review 66: "an Australian-run centre" was blanked as "an _____ centre".)
  it("leaves a name joined by a hyphen to a lower-case part, keeps one joined to a capitalised part", () => {
    expect(names("It was a windfall for Nauru, phosphate and an Australian-run centre for asylum seekers.")).not.toContain("Australian-run");
    expect(names("Freight now moves to the port on a French-built line that opened last spring.")).toEqual([]);
    expect(names("Tourism grew fastest in Castilla-La Mancha over the long dry summer months.")).toEqual(["Castilla-La Mancha"]);
    expect(names("Engines for the new jets will come from Rolls-Royce under the deal signed on Friday.")).toEqual(["Rolls-Royce"]);
    expect(names("Rice imports to Guinea-Bissau rose again over the long dry summer months.")).toEqual(["Guinea-Bissau"]);
  });
  it("keeps a name before the kind of thing it names, and one the word after is a verb of", () => {
    expect(names("Gas from the Tarvesh field reaches the coast through two pipelines each day.")).toEqual(["Tarvesh"]);
    expect(names("Walkers crowd the Velm Trail every summer despite the steep climb.")).toEqual(["Velm Trail"]);
    expect(names("The new crane will be shown for the first time at the Ostrel trade show in May.")).toEqual(["Ostrel"]);
    expect(names("Chargers have been put in at the Inter-Island Quay in the harbour this year.")).toEqual(["Inter-Island Quay"]);
    expect(names("Last year the Orvel Board plans were dropped, and the Orvel Board cut its charges.")).toContain("Orvel Board");
  });
});

describe("fallback names in extraction", () => {
  const article = {
    slug: "fallback-quay", title: "Barge traffic returns to the river", source: null, publishedAt: new Date("2026-10-01T00:00:00Z"),
    body: "Barge traffic returned to the river this autumn after the dredging ended.\n\nMost barges are now unloaded at the Orvel Quay overnight.\n",
  } as unknown as ArticleInput;
  it("blanks a name of unknown kind in a sentence no rule took a fact from, as a cloze only, never core", () => {
    const items = generateArticleItems(article, { keepFrom: 0, fullFrom: 0 }).filter((it) => it.answer === "Orvel Quay");
    expect(items.map((it) => it.type)).toEqual(["cloze"]);
    for (const it of generateArticleItems(article).filter((i) => i.answer === "Orvel Quay")) expect(it.worth ?? 1).toBeLessThan(CORE_FROM);
  });
});

// closing-note-16 "Next steps" 2: most names no rule reads stand in a sentence a rule read another fact of.
describe("fallback names beside a rule's fact", () => {
  const article = {
    slug: "fallback-quay-share", title: "Barge traffic returns to the river", source: null, publishedAt: new Date("2026-10-01T00:00:00Z"),
    body: "Barge traffic returned to the river this autumn after the dredging ended.\n\nTraffic rose 12% this autumn, and most barges are now unloaded at the Orvel Quay overnight.\n",
  } as unknown as ArticleInput;
  it("reads a name in a sentence a rule read a figure of, still never core", () => {
    const items = generateArticleItems(article, { keepFrom: 0, fullFrom: 0 });
    expect(items.some((it) => it.answer === "12%")).toBe(true);
    expect(items.filter((it) => it.answer === "Orvel Quay").map((it) => it.type)).toEqual(["cloze"]);
    for (const it of generateArticleItems(article).filter((i) => i.answer === "Orvel Quay")) expect(it.worth ?? 1).toBeLessThan(CORE_FROM);
  });
});

// Review of eaa659d: the name chunker joins two names with "and"; the pair was asked for as one name.
describe("fallbackNames, two names joined by 'and'", () => {
  it("gives no answer that is two names", () => {
    const names = fallbackNames("Grain is shipped through Ostra and Velm to buyers across the region every autumn by lorry.", []).map((n) => n.name);
    expect(names.filter((n) => / (?:and|&) /.test(n))).toEqual([]);
    expect(fallbackNames("Grain is shipped through Ostra & Velm to buyers across the region every autumn by lorry.", []).map((n) => n.name).filter((n) => /&/.test(n))).toEqual([]);
  });
});

// Review of eaa659d: the fallback's list of words no number counts was a weaker copy of find-value-spans'.
describe("fallbackValueSpans, a number before a verb or a unit of money", () => {
  it("reads no count of a verb ('has', 'plays', 'watches') or of cents", () => {
    expect(answers("A total of 300 has been raised for the new roof of the hall.")).toEqual([]);
    expect(answers("The fare rose by 40 cents after the new contract was signed.")).toEqual([]);
    expect(answers("A team of 11 plays each match on a grass pitch near the river.")).toEqual([]);
    expect(answers("A crowd of 40,000 watches the final every year in the old stadium.")).toEqual([]);
  });
  it("still reads a plural that is also a verb, and an irregular plural", () => {
    expect(answers("The co-operative runs 40 farms across the valley.")).toEqual(["count:40:farm"]);
    expect(answers("The lorry carried 310 chassis to the port.")).toEqual(["count:310:chassis"]);
    expect(answers("The scheme trained 120 women in the valley.")).toEqual(["count:120:women"]);
  });
});

// Review of eaa659d: the word before each number was sought in the whole head of the line (quadratic).
describe("fallbackValueSpans on a long line of numbers", () => {
  it("reads it in one pass", () => {
    expect(fallbackValueSpans("12 ".repeat(60000), [])).toEqual([]);
  });
  // closing-note-16 "Known, not mended": each figure was checked against every taken span.
  // (Its time, at 20,000 figures, is the bench's case figures-20k, npm run bench:generate: a timed assertion here
  // failed under load, and at 20,000 figures so did the test's own timeout, at load 26. Here, what it reads.)
  it("checks a line of many figures against many taken spans in one pass", () => {
    const line = "40 farms ".repeat(2000);
    const taken: [number, number][] = Array.from({ length: 2000 }, (_, i) => [i * 9 + 3, i * 9 + 8]);
    const spans = fallbackValueSpans(line, taken);
    expect(spans).toHaveLength(2000);
    expect(spans.every((v, i) => v.answer === "40" && v.start === i * 9)).toBe(true);
    expect(fallbackValueSpans(line, [[0, line.length]])).toEqual([]);
  });
  it("leaves a figure a taken span overlaps, and reads one beside it", () => {
    expect(answers("The co-operative runs 40 farms across the valley.", [[22, 24]])).toEqual([]);
    expect(answers("The co-operative runs 40 farms across the valley.", [[0, 21], [24, 30]])).toEqual(["count:40:farm"]);
  });
});
