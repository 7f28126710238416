// The general reader for "no span" (session 35, lane fallback60): spans a teacher would ask, read by their form after
// the rules, as fallback facts (never core). Each sentence invented.
//
// The "no span" misses of build batches am, ak, ai, ag at ea7ca3c (87 of 784 gold facts), sorted by form:
//   a proper-noun run no rule read (place, body, person, title)        23  (11 found by fallbackNames but refused
//                                                                           by its gate: rules read 2+ facts there)
//   a bare number whose counted noun is before it, elided or far after 27  (3 of them count a noun with no -s plural:
//                                                                           "412 salmon", "34 argali")
//   a range of numbers or years ("two to four metres", "from 46 to 58")  9
//   a defined term ("known as X", "X (ACRONYM)", a Latin name)            7
//   a year or a pair of years                                             4
//   a month                                                               3
//   a frequency ("every ten days")                                        2
//   a common noun (a substance, a species)                                2
//   other phrases ("first three weeks", "within a point", "17-year-old")  4
//   the answer not verbatim in the text (a resolved date, a rounded sum)  6
// Taken here: the proper-noun run that is the one name rules left in a sentence they read several facts of (the gate
// now asks for that one name instead of none), a run cut inside its closing abbreviation ("Bahía S" of "Bahía S.A.")
// refused, as is a genus before an unknown epithet ("Ovis" of "Ovis ammon ammon", seen on the strict read), and a count whose noun is the same in the plural.
import { MIXED_CASE_DATELINE } from "@/lib/generate/datelines";
import { describe, expect, it } from "vitest";
import { countedNoun, fallbackNames, fallbackValueSpans, headerWordsOf, namedInHeader as namedInWords } from "@/lib/generate/fallback-spans";
import { generateArticleItems } from "@/lib/generate";
import { extractFacts } from "@/lib/generate/extract-facts";
import type { ArticleInput } from "@/lib/content/parse-article";

const answers = (sentence: string) => fallbackValueSpans(sentence, []).map((s) => `${s.kind}:${s.answer}:${s.unit}`);

describe("a count whose noun is the same in the plural", () => {
  it("reads a number before a noun the lexicon calls uncountable or does not know", () => {
    expect(answers("The farm keeps 340 sheep on the upper slopes of the valley.")).toEqual(["count:340:sheep"]);
    expect(countedNoun(" markhor, 30 of them females")).toBe("markhor");
  });
  it("leaves a time of day and a noun that modifies the next", () => {
    expect(answers("The ferry leaves the pier at 12 noon on weekdays.")).toEqual([]);
    expect(answers("The town's 5 star hotel reopened after the floods.")).toEqual([]);
    expect(countedNoun(" markhor hunt began")).toBeNull();
  });
});

describe("a same-plural count is no abbreviation, time, unit, mass noun or labelled number (review 35b finding 6)", () => {
  it("leaves the reviewer's abbreviations, times, units and mass nouns", () => {
    for (const after of [" p.m.", " kph.", " bps.", " pc.", " mw.", " hrs.", " bankruptcy in May.", " revenue.", " software.", " rainfall."]) expect(countedNoun(after)).toBeNull();
    expect(answers("Voting closes at 9 tonight.")).toEqual([]);
    expect(answers("The fastest gust reached 140 kph.")).toEqual([]);
    expect(answers("The firm filed for chapter 11 bankruptcy in May.")).toEqual([]);
    expect(answers("The new hall will be opened by the mayor at 7 p.m. on Friday.")).toEqual([]);
    expect(countedNoun(" argali in the valley", "chapter")).toBeNull();
    expect(countedNoun(" equipment at the depot")).toBeNull();
    expect(countedNoun(" education in the region")).toBeNull();
  });
  it("still counts a same-plural noun after a verb, preposition or determiner (near misses)", () => {
    expect(answers("Anglers landed 412 salmon during the autumn run on the river.")).toEqual(["count:412:salmon"]);
    expect(answers("Rangers counted 34 argali, 21 females and 13 males, in the upper valley.")).toEqual(["count:34:argali", "count:21:female", "count:13:male"]);
    expect(answers("The air force keeps 24 aircraft at its northern base.")).toEqual(["count:24:aircraft"]);
    expect(countedNoun(" argali in the valley", "of")).toBe("argali");
    expect(countedNoun(" offspring in the spring", "raised")).toBe("offspring");
    expect(countedNoun(" moose on the road")).toBe("moose");
  });
});

describe("a run cut inside its closing abbreviation or a Latin name", () => {
  it("is no name", () => {
    const names = fallbackNames("The board turned down the offer made by Naviera Olmedo S.A. after a long review last week.", []).map((n) => n.name);
    expect(names.filter((n) => n.startsWith("Naviera"))).toEqual([]);
    const latin = fallbackNames("The rare snail, Helix vorsanta orella, is protected in the park and may not be collected.", []).map((n) => n.name);
    expect(latin.filter((n) => n.startsWith("Helix"))).toEqual([]);
    expect(fallbackNames("The board turned down the offer made by Naviera Olmedo after a long review last week.", []).map((n) => n.name)).toContain("Naviera Olmedo");
  });
});

describe("the one name rules left in a sentence they read several facts of", () => {
  const article = (sentence: string) =>
    ({
      slug: "fallback-one-name", title: "Barge traffic returns to the river", source: null, publishedAt: new Date("2026-10-01T00:00:00Z"), tags: [],
      body: `Barge traffic returned to the river this autumn after the dredging ended.\n\n${sentence}\n`,
    }) as unknown as ArticleInput;
  const fallbackAnswers = (sentence: string) => extractFacts(article(sentence)).filter((f) => f.fallback).map((f) => f.answer);
  it("is read as a fallback fact (its items never core, and last in the sentence's cap)", () => {
    const sentence = "The port paid €2 million for 14 new cranes, which now stand on the Orvel Quay beside the grain store.";
    expect(extractFacts(article(sentence)).filter((f) => !f.fallback).length).toBeGreaterThan(1);
    expect(fallbackAnswers(sentence)).toEqual(["Orvel Quay"]);
    // (Review 66: a loop over its items checking they are not core passed with no item at all. Here none survives: the
    // name ranks after the rule facts' items of its sentence, and the kept "The port paid _____ for 14 new cranes,
    // which now stand on the Orvel Quay ..." states it, so the cap drops it. Said outright, so a change that lets it
    // through is seen; then its items must stay below core.)
    const items = generateArticleItems(article(sentence));
    expect(items.filter((i) => i.answer === "Orvel Quay")).toEqual([]);
    expect(items.some((i) => i.answer === "€2 million" && i.prompt.includes("Orvel Quay"))).toBe(true);
  }, 60_000);
  it("is not read when rules left two names there", () => {
    const sentence = "The port paid €2 million for 14 new cranes, which now stand on the Orvel Quay beside the Hallam Mill.";
    expect(fallbackAnswers(sentence)).toEqual([]);
  }, 60_000);
});

// Review 66: "Avarua, _____, 16 November 2026 – The Cook Islands ..." asked a mixed-case dateline's place.
describe("a mixed-case dateline", () => {
  const article = (body: string) =>
    ({ slug: "fallback-dateline", title: "Seabed minerals licences", source: null, publishedAt: new Date("2026-11-16T00:00:00Z"), tags: [], body }) as unknown as ArticleInput;
  it("gives no fallback name of its places", () => {
    const body = "Avarua, Rarotonga, 16 November 2026 – The Seabed Minerals Authority today announced three new licences for the Penrhyn basin.\n";
    expect(extractFacts(article(body)).filter((f) => f.fallback).map((f) => f.answer)).not.toContain("Rarotonga");
  }, 60_000);
  it("is read only with a date before its dash", () => {
    expect(MIXED_CASE_DATELINE.exec("Avarua, Rarotonga, 16 November 2026 – The Authority said.")?.[0]).toBe("Avarua, Rarotonga, 16 November 2026 – ");
    expect(MIXED_CASE_DATELINE.exec("Honiara, Nov. 18 (SIBC) — The ministry said.")?.[0]).toBe("Honiara, Nov. 18 (SIBC) — ");
    expect(MIXED_CASE_DATELINE.test("Ostra, the port town – once a whaling base – now ships grain.")).toBe(false);
    expect(MIXED_CASE_DATELINE.test("Avarua, Rarotonga, the Penrhyn basin – all three lie in the zone.")).toBe(false);
  });
});

const namedInHeader = (name: string, header: string) => namedInWords(name, headerWordsOf(header));

// Review 66: "SANTO ANTÓNIO, Príncipe, 18 November 2026 — _____., an independent power producer" under an "Obô Energia
// press release" header asked the name the header shows, and left the legal form's full stop outside the blank.
describe("a fallback name its article's header writes", () => {
  const article = (title: string, source: string | null) =>
    ({
      slug: "fallback-header", title, source, publishedAt: new Date("2026-11-18T00:00:00Z"), tags: [],
      body: "Power cuts on the island fell this year.\n\nSANTO ANTÓNIO, Príncipe, 18 November 2026 — Obô Energia Lda., an independent power producer, today switched on the island's first solar farm.\n",
    }) as unknown as ArticleInput;
  const fallbackFacts = (title: string, source: string | null) => extractFacts(article(title, source)).filter((f) => f.fallback);
  it("is not asked", () => {
    expect(fallbackFacts("Solar plant opens on Príncipe", "Obô Energia press release").map((f) => f.answer)).toEqual([]);
    expect(namedInHeader("Principality of Monaco", "Monaco's finance chief tables first €2 billion budget Riviera Economic Daily")).toBe(true);
  }, 60_000);
  it("is read, full stop and all, when the header writes only part of it", () => {
    // ("Lda." is one of the chunker's legal forms: the name is a company chunk, no fallback name.)
    const facts = extractFacts(article("Solar plant opens on Príncipe", "Obô Press")).filter((f) => f.kind === "organisation");
    expect(facts.map((f) => [f.answer, f.fallback ?? false])).toEqual([["Obô Energia Lda.", false]]);
    expect(namedInHeader("Obô Energia Lda.", "Obô Press")).toBe(false);
    expect(namedInHeader("Obô Energia Lda.", "Obô Energia press release")).toBe(true);
    expect(namedInHeader("Principality of Monaco", "Finance chief tables first €2 billion budget")).toBe(false);
    expect(namedInHeader("Monaco Telecom", "Monaco's finance chief tables first €2 billion budget")).toBe(false);
  }, 60_000);
});
