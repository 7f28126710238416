import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
import { generateItems } from "@/lib/generate";
import { garbledQuestion } from "@/lib/generate/garbled-question";
import { splitSentences } from "@/lib/generate/split-sentences";

// Strict read I1 (blind batches 2026-11i/j): wh-questions built from a "Label: value" bullet or a copula sentence
// came out garbled (#19 "How many tonnes of used is the plant's capacity beverage cans ...?", #20 "How many places are
// the apprenticeships in ...?", #43 "In which year is X a Bahraini company founded ...?"), and a company name lost
// its first word (#38 "Marine's president"). Sentences below are invented.
const article = (body: string): ArticleInput => ({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
const questionOf = (body: string, answer: string) => extractFacts(article(body)).find((f) => f.answer === answer)?.question ?? null;
const fact = (sentence: string) => ({ sentence, span: null });

describe("a copula sentence gives a sound question or none (strict read I1 #19, #20, #43)", () => {
  it("the year a company was founded, not 'is X a company founded'", () => {
    expect(questionOf("Orbis Recycling is a Kenyan company founded in 2021 to build the country's recycling industry.", "2021")).toBe("In which year was Orbis Recycling founded?");
  });

  it("no question when the value's noun phrase would be split around the subject", () => {
    expect(questionOf("The ferry’s battery is 1,450 kWh lithium iron phosphate, supplied by a partner in Turin.", "1,450 kWh")).toBeNull();
    // A plural subject is the things counted: "How many places are the apprenticeships in ...?".
    expect(questionOf("The apprenticeships are 24 places in welding, carpentry and logistics.", "24")).toBeNull();
  });

  it("no count asked of a noun that has no size, nor a participle that describes the value", () => {
    expect(questionOf("The depot’s collection is 240 ticket machines in shops and stations by the end of 2027.", "240")).toBeNull();
    expect(questionOf("The scheme’s deposit is 20 cents returned for every bottle, paid in cash.", "20 cents")).toBeNull();
    // A comparison asks no size: it stays.
    expect(questionOf("Iron is about 40 times more abundant in the Earth’s crust than copper.", "40 times")).toBe("Roughly how many times more abundant is iron in the Earth’s crust than copper?");
  });

  it("a described source's 'estimates that' is an attribution, and 'times as much' stays whole", () => {
    expect(questionOf("Amina Bello, a planner at the Kano water board, estimates that each kilometre of new pipe costs roughly three times as much as repairing the old one.", "three times as much")).toBe(
      "Roughly how many times as much does each kilometre of new pipe cost as repairing the old one, according to Amina Bello?",
    );
  });

  it("no question from a relative clause's verb", () => {
    expect(questionOf("The copper mine at Tsumeb gets its water from a desalination plant that cost thirty times as much.", "thirty times as much")).toBeNull();
  });

  it("keeps a copula question whose rest is a preposition's phrase, a frequency or an aside", () => {
    // (", about 9 million bags" restates the figure: cut, like a sum in another currency.)
    expect(questionOf("The mill’s capacity is 600 tonnes of roasted coffee beans a year, about 9 million bags.", "600 tonnes")).toBe("How many tonnes of roasted coffee beans is the mill’s capacity a year?");
    expect(questionOf("The fleet is 60 drones at launch.", "60")).toBe("How many drones is the fleet at launch?");
    expect(questionOf("Nordfisk's plant is 14,500 square metres on four floors.", "14,500 square metres")).toBe("How many square metres is Nordfisk's plant on four floors?");
  });

  it("takes the whole noun phrase after a unit's 'of', and none when it cannot", () => {
    expect(questionOf("Nordfisk exported 1,200 tonnes of frozen shrimp to Japan in 2025.", "1,200 tonnes")).toBe("How many tonnes of frozen shrimp did Nordfisk export to Japan in 2025?");
    expect(questionOf("The Alder mill roasts 600 tonnes of roasted coffee a year on two shifts.", "600 tonnes")).toBe("How many tonnes of roasted coffee does the Alder mill roast a year on two shifts?");
    expect(questionOf("Nordfisk shipped 300 tonnes of the catch to Oslo.", "300 tonnes")).toBeNull();
  });
});

describe("garbledQuestion catches what these taught (strict read I1)", () => {
  it("a name that lost its first word (#38)", () => {
    const sentence = `"A good year," said Coral Bay Ferries' chief executive, Ana Ruiz, and Hollis Marine's president, Tom Reed.`;
    expect(garbledQuestion("Who is Marine’s president?", fact(sentence))).toBe("a name cut short");
    expect(garbledQuestion("Who is Hollis Marine’s president?", fact(sentence))).toBeNull();
    // A sentence's opening "The" or a preposition is no part of the name.
    expect(garbledQuestion("Who is Kenya’s trade minister?", fact("The talks were led by Kenya's trade minister, Ruth Wanjiku."))).toBeNull();
    expect(garbledQuestion("Who is Kenya’s trade minister?", fact("In Kenya's view, the trade minister, Ruth Wanjiku, erred."))).toBeNull();
  });

  it("a clause left unturned after 'did' or 'does' (sample sound-1 of batches h-j)", () => {
    expect(garbledQuestion("How many nurses did Amina Bello estimates that Kano hire in 2025?")).not.toBeNull();
    expect(garbledQuestion("By what fraction does water use fell after the mill switched to dry cleaning?")).not.toBeNull();
    expect(garbledQuestion("Roughly how many more beds did within two years the region have in its hospitals?")).not.toBeNull();
    expect(garbledQuestion("How much did the share of people who fell ill rise?")).toBeNull();
    expect(garbledQuestion("How many patients did the hospital treat in 2025?")).toBeNull();
  });

  it("a passive read as an active verb after 'did', its agent left behind (sample sound-2 of batches 11-11g)", () => {
    expect(garbledQuestion("In which city did judgment deliver by Justice Ann Moss on 5 June 2026?")).not.toBeNull();
    expect(garbledQuestion("In which place did was receive by President Ana Lima at the palace?")).not.toBeNull();
    // A participle or a noun before "by", or "by" before a date or a figure, is no such.
    expect(garbledQuestion("How much did the firm pay to settle the case brought by Greenpeace?")).toBeNull();
    expect(garbledQuestion("How much does the budget give the heating network run by Termo?")).toBeNull();
    expect(garbledQuestion("How long did surveys by the Transport Administration show support below half?")).toBeNull();
    expect(garbledQuestion("How many seats did Labour win by Friday?")).toBeNull();
  });

  it("a copula kept before a predicate noun (#43)", () => {
    expect(garbledQuestion("In which year is Orbis Recycling a Kenyan company founded to build the recycling industry?")).not.toBeNull();
    expect(garbledQuestion("In which year was Orbis Recycling founded?")).toBeNull();
    expect(garbledQuestion("When was a new terminal opened in Mombasa?")).toBeNull();
  });
});

// Strict read I1 #4 ("In _____ seasons when the bloom was weak, 2019 and 2023, ...") and #12 ("signed three agreements
// covering forest protection, offshore safety and ..."): a count whose sentence lists what it counts is answered by
// counting the list, so it is asked with the list cut.
describe("a count whose sentence lists its members is asked without the list (strict read I1 #4, #12)", () => {
  const at = new Date("2026-10-14T00:00:00Z");
  const promptsFor = (body: string, answer: string) =>
    generateItems([{ slug: "a", title: "Lakeside drone hubs", source: "Lakeside Courier", publishedAt: at, body }])
      .filter((it) => it.answer === answer && it.type !== "truefalse")
      .map((it) => it.prompt);

  it("an apposition, an 'in' phrase or a 'covering' phrase with as many members as the count", () => {
    const hubs = promptsFor("Under the deal, Skyhawk will open two distribution hubs, in Mbale and Gulu, which will serve 140 clinics across the north.", "two");
    expect(hubs.length).toBeGreaterThan(0);
    expect(hubs.filter((p) => p.includes("Gulu"))).toEqual([]);
    expect(hubs.some((p) => p.includes("two distribution hubs, which will serve") || p.includes("_____ distribution hubs, which will serve"))).toBe(true);
    const years = promptsFor("In three years when the rains failed, 2015, 2019 and 2023, the herd fell below 900 animals. Rangers counted 2,400 animals in 2025.", "three");
    expect(years.filter((p) => p.includes("2019"))).toEqual([]);
    const deals = promptsFor("The ministers signed four agreements on Monday covering fisheries, tourism, customs and air links, the ministry said. Trade between the two countries reached US$41 million in 2025.", "four");
    expect(deals.filter((p) => p.includes("tourism"))).toEqual([]);
    // A closing comma of the apposition goes with it: "Two countries offer ...".
    const countries = promptsFor("Two countries, Chad and Niger, offer contrasting lessons on grain reserves.", "Two");
    expect(countries.filter((p) => p.includes("Niger") || p.includes("countries, offer"))).toEqual([]);
  }, 30_000);

  it("a list of a different length, or a list the count is one member of, stays as written", () => {
    expect(promptsFor("Under the deal, Skyhawk will open three distribution hubs, in Mbale and Gulu first, by March. The hubs will serve 140 clinics.", "three").some((p) => p.includes("Gulu"))).toBe(true);
    expect(promptsFor("The new trains have step-free boarding, two wheelchair spaces, free Wi-Fi and power sockets at every seat.", "two").some((p) => p.includes("Wi-Fi"))).toBe(true);
  }, 30_000);
});

// Strict read I1 #6: "The second leg is on Sunday, _____." offered 24 November (a Tuesday) and 28 November (a Saturday):
// a weekday in the stem rules out dates on other weekdays, so every option falls on the answer's weekday.
describe("a weekday in the stem keeps date options on that weekday (strict read I1 #6)", () => {
  const at = new Date("2026-11-22T00:00:00Z");
  const weekdays = (dates: string[]) => dates.map((d) => new Date(`${d} UTC`).getUTCDay());
  const choicesOf = (body: string, answer: string) =>
    generateItems([{ slug: "a", title: "Rovers and United draw in first leg", source: "Lakeside Courier", publishedAt: at, body }]).filter((it) => it.type === "choice" && it.answer === answer);

  it("options on the answer's weekday when the stem names it", () => {
    const items = choicesOf("Rovers and United drew 1-1 in the first leg of the cup semi-final on Saturday. The second leg is on Sunday, Nov. 29, at the Riverside ground in Lakeside.", "29 November 2026");
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) expect(new Set(weekdays(it.choices ?? []))).toEqual(new Set([0]));
  }, 30_000);

  it("options on any day when the stem names no weekday", () => {
    const items = choicesOf("Rovers and United drew 1-1 in the first leg of the cup semi-final on Saturday. The second leg is on Nov. 29 at the Riverside ground in Lakeside.", "29 November 2026");
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((it) => new Set(weekdays(it.choices ?? [])).size > 1)).toBe(true);
  }, 30_000);
});

// Strict read I1 #8: "Lethem, ... near the border with _____" offered Guyana (where Lethem lies) and Norway (the
// visitor), both named in the title: a place's neighbour is neither, so the title's places are no options.
describe("a border blank takes no options from the title (strict read I1 #8)", () => {
  const at = new Date("2026-11-17T00:00:00Z");
  const body = [
    "Kenya and Finland signed two agreements on Tuesday in Nairobi, as the Finnish minister opened a three-day visit.",
    "On Wednesday the minister flies to Lodwar, in the dry north-west near the border with Uganda, to visit a solar farm.",
    "Finland is also funding clinics in Tanzania, Ethiopia and Somalia, and a water project in South Sudan.",
    "Kenya buys wheat from Argentina and Russia.",
  ].join(" ");
  // (Every fact, whatever its learned worth: the options are what is tested.)
  const items = generateItems([{ slug: "a", title: "Finnish minister visits Kenya to sign energy deals", source: "Wire", publishedAt: at, body }], { keepFrom: 0, fullFrom: 0 });

  it("neither the country the town is in nor the visitor is an option", () => {
    const choices = items.filter((it) => it.type === "choice" && it.answer === "Uganda").flatMap((it) => it.choices ?? []);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.filter((c) => c === "Kenya" || c === "Finland")).toEqual([]);
  }, 30_000);

  it("a place blank not after 'border' may still be offered the title's places", () => {
    const choices = items.filter((it) => it.type === "choice" && it.answer === "South Sudan").flatMap((it) => it.choices ?? []);
    expect(choices).toContain("Kenya");
  }, 30_000);
});

// Strict read I1 #26 (the title's "profit jumps 37pc" over a blank keyed 37%), here with a unit: "promises 180 km" in a
// title over a blank keyed "180 kilometres" states the answer, so the header drops the title.
describe("a title that states a measure in short form is no header for its blank", () => {
  const at = new Date("2026-11-17T00:00:00Z");
  const body = "Voltra's new battery gives an e-bike a range of 180 kilometres on a single charge, the company said. It weighs 2.9 kilograms.";
  const promptsFor = (title: string) => generateItems([{ slug: "a", title, source: "Wire", publishedAt: at, body }]).filter((it) => it.answer === "180 kilometres" && it.type !== "truefalse").map((it) => it.prompt);

  it("drops the title that says '180 km'", () => {
    const prompts = promptsFor("Voltra battery promises 180 km on a charge");
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => p.includes("180 km"))).toEqual([]);
  }, 30_000);

  it("keeps a title that states no figure", () => {
    expect(promptsFor("Voltra unveils lighter e-bike battery").some((p) => p.includes("Voltra unveils lighter e-bike battery"))).toBe(true);
  }, 30_000);
});

// A "Label: value" bullet whose value is a clause of its own ("Energy: 1,100 rooftop solar panels cover about a third
// of ...") was read as a figure of the label: "The campus's energy is 1,100 rooftop solar panels cover about ...".
describe("a bullet whose value is a clause is said as written", () => {
  const sentencesOf = (items: string[]) => splitSentences(`The depot at a glance:\n\n${items.map((i) => `- ${i}`).join("\n")}\n`).map((s) => s.text);

  it("a present verb that agrees with a figure's noun phrase", () => {
    expect(sentencesOf(["Energy: 2,400 rooftop solar panels cover about half of the depot's power needs"])).toEqual(["2,400 rooftop solar panels cover about half of the depot's power needs."]);
    expect(sentencesOf(["Solar: a 2.1-megawatt rooftop array supplies around a fifth of the depot's power needs"])).toEqual(["A 2.1-megawatt rooftop array supplies around a fifth of the depot's power needs."]);
  });

  it("a figure's noun phrase with a participle or a preposition stays the label's figure", () => {
    expect(sentencesOf(["Capacity: 800 tonnes of roasted coffee a year on two shifts"])).toEqual(["The depot’s capacity is 800 tonnes of roasted coffee a year on two shifts."]);
    expect(sentencesOf(["Power: 1,900 rooftop solar panels supplying about a third of the depot's electricity"])).not.toContain("1,900 rooftop solar panels supplying about a third of the depot's electricity.");
  });
});
