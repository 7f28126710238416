import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { garbledQuestion } from "@/lib/generate/garbled-question";
import { splitSentences } from "@/lib/generate/split-sentences";

// Lane bullets40 (issue 9): a fact box's labelled line whose value opens with a plain noun phrase, and a line labelled
// by a product's or a route's name, lost their facts (no sentence at all). Every text here is invented.
const box = (caption: string, ...lines: string[]) =>
  splitSentences(["Tarnvik Transit today opened its new depot in Dunmere.", "", `**${caption}**`, "", ...lines.map((l) => `- ${l}`)].join("\n"))
    .map((s) => s.text)
    .slice(1);

describe("a labelled line whose value is a noun phrase with a figure or a name", () => {
  it("is what the label is, the caption's subject's when the caption names one", () => {
    expect(box("The depot at a glance", "Heating: recovered waste heat from the Lindqvist smelter, enough for 300 homes")).toEqual([
      "The depot’s heating is recovered waste heat from the Lindqvist smelter, enough for 300 homes.",
    ]);
    expect(box("Power and water", "Tariff: capped at 3.10 krona per kilowatt-hour until 2031")).toEqual(["The tariff is capped at 3.10 krona per kilowatt-hour until 2031."]);
  });

  it("a bare plural, a determiner, a value with no figure or name, a link or a contact line stays unsaid", () => {
    expect(box("Power and water", "Storage: crates from floor level to 3 metres", "Cooling: the rest comes from the fjord", "Verdict: excellent value for money", "Read more: full report at www.tarnvik.example", "Contact: the press office, press@tarnvik.example")).toEqual([]);
    // A plural label is not what a noun phrase is: "The suppliers are timber bought from 12 sawmills" says nothing true.
    expect(box("Power and water", "Suppliers: timber bought from 12 sawmills near Dunmere")).toEqual([]);
  });

  it("is asked with the name or figure it holds, and never as 'Near which place is the heating recovered waste heat ...?'", () => {
    const body = ["Tarnvik Transit today opened its new bus depot in Dunmere, the company said.", "", "**Energy**", "", "- Electricity: certified green supply from a wind farm near Hallby, about 4 GWh a year"].join("\n");
    const items = generateArticleItems({ slug: "t", title: "Tarnvik Transit opens Dunmere depot", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body }, { keepFrom: 0, fullFrom: 0 });
    expect(items.some((i) => i.answer === "Hallby" || i.answer === "about 4 GWh" || i.answer === "4 GWh")).toBe(true);
    expect(items.filter((i) => /which place is the electricity/i.test(i.prompt))).toEqual([]);
    expect(items.filter((i) => i.type !== "cloze" && i.type !== "truefalse" && garbledQuestion(i.prompt.replace(/^\([^)]*\)\s*/, "")))).toEqual([]);
  });
});

describe("a list line labelled by a product's or a route's name", () => {
  it("the name is the subject: a noun phrase is what it is, a count is what it has", () => {
    expect(box("The range", "Tern Compact: a 12-seat shuttle, from €18 a ride", "Tern Max: 40 seats and a wheelchair lift")).toEqual([
      "Tern Compact is a 12-seat shuttle, from €18 a ride.",
      "Tern Max has 40 seats and a wheelchair lift.",
    ]);
  });

  it("a route between two places is said as the route, with what follows its semicolon", () => {
    expect(box("Routes", "Harlow - Dunmere (Quay Street): six buses an hour; journey time about 25 minutes")).toEqual([
      "The Harlow - Dunmere route (Quay Street) has six buses an hour; journey time about 25 minutes.",
    ]);
  });

  it("a date, a caption word or a speaker's name is no product: the line is not said as 'X is ...'", () => {
    const out = box("Milestones", "March 2027: first electric bus enters service on Line 9", "Media Contact: Ana Ruiz, press officer", "Jane Holm: We are delighted with the depot");
    expect(out.filter((s) => /^(?:March 2027|Media Contact|Jane Holm) (?:is|has)\b/.test(s))).toEqual([]);
  });

  it("the product's price is asked with the product named in the prompt", () => {
    const body = ["Fjellbrygg Coffee today launched its first roasted range in Norway.", "", "**The range**", "", "- Fjell Morning: a washed single-origin blend, 250 g at NOK 129", "- Fjell Evening: a dark roast for espresso, 1 kg at NOK 389"].join("\n");
    const items = generateArticleItems({ slug: "t", title: "Fjellbrygg launches range", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body }, { keepFrom: 0, fullFrom: 0 });
    const price = items.filter((i) => i.answer === "NOK 389" && i.type !== "truefalse");
    expect(price.length).toBeGreaterThan(0);
    expect(price.every((i) => i.prompt.includes("Fjell Evening"))).toBe(true);
  });
});

describe("a list under a heading that names its subject ('## The tram at a glance')", () => {
  it("is the subject's, as under a bold caption; a heading that names none ('## Key facts') leaves the label bare", () => {
    const said = (heading: string) => splitSentences(`Tarnvik Transit today unveiled its first tram.\n\n## ${heading}\n\n- Capacity: 240 passengers and 8 bicycles\n- Power: overhead line at 750 volts`).map((s) => s.text).slice(1);
    expect(said("The tram at a glance")).toEqual(["The tram’s capacity is 240 passengers and 8 bicycles.", "The tram’s power is overhead line at 750 volts."]);
    expect(said("Key facts")).toEqual(["The capacity is 240 passengers and 8 bicycles.", "The power is overhead line at 750 volts."]);
  });
});

describe("review 32b finding 3: a labelled value that opens with a verb is no noun phrase", () => {
  it("'Target: cut 40% by 2030' is never 'The target is cut 40% by 2030'", () => {
    const out = box("Climate plan", "Target: cut 40% by 2030", "Plan: build 400 homes by 2029", "Goal: double exports to 2 million tonnes", "Aim: halve waiting times by 2028");
    expect(out.filter((s) => /^The (?:target|plan|goal|aim) is (?:cut|build|double|halve)\b/.test(s))).toEqual([]);
  });

  it("a noun, an adjective or a participle still opens a value (near misses)", () => {
    expect(box("Power and water", "Heating: waste heat from the Lindqvist smelter, enough for 300 homes")).toEqual(["The heating is waste heat from the Lindqvist smelter, enough for 300 homes."]);
    expect(box("Power and water", "Electricity: certified supply from a wind farm near Hallby")).toEqual(["The electricity is certified supply from a wind farm near Hallby."]);
    expect(box("Power and water", "Power: supply from 3 wind farms near Hallby")).toEqual(["The power is supply from 3 wind farms near Hallby."]);
  });

  // Review 32c finding 6: the "-ed/-ing/-en" participle test ran before the lexicon, so infinitives ending so passed.
  it("an infinitive ending in -en, -ed or -ing is a verb too (review 32c finding 6)", () => {
    const out = box("Growth plan", "Plan: reopen 3 branches by 2027", "Target: exceed 40% by 2030", "Goal: widen the road to 4 lanes by 2028", "Aim: open 3 branches by 2027", "Priority: bring 200 jobs to Dunmere");
    expect(out.filter((s) => /^The (?:plan|target|goal|aim|priority) is (?:reopen|exceed|widen|open|bring)\b/.test(s))).toEqual([]);
  });

  it("a participle or an adjective ending so still opens a value (review 32c finding 6, near misses)", () => {
    expect(box("Power and water", "Tariff: frozen at 4.20 dobras per kilowatt-hour until 2031")).toEqual(["The tariff is frozen at 4.20 dobras per kilowatt-hour until 2031."]);
    expect(box("Power and water", "Heating: recovered waste heat from the Lindqvist smelter")).toEqual(["The heating is recovered waste heat from the Lindqvist smelter."]);
    expect(box("Power and water", "Electricity: shared supply from 3 wind farms near Hallby")).toEqual(["The electricity is shared supply from 3 wind farms near Hallby."]);
  });
});

describe("review 32b finding 4: a Title-Case property label is no product's name", () => {
  it("'Seating Capacity: 240 passengers' under a caption is the caption's subject's", () => {
    const out = box("The tram at a glance", "Seating Capacity: 240 passengers", "Top Speed: 320 kilometres per hour", "Construction Cost: about 120 million euros");
    expect(out.filter((s) => /^(?:Seating Capacity|Top Speed|Construction Cost) (?:is|has)\b/.test(s))).toEqual([]);
    expect(out).toContain("The tram’s seating capacity is 240 passengers.");
    expect(box("Key facts", "Maximum Range: 400 kilometres", "Annual Output: 4 GWh")).toEqual(["The maximum range is 400 kilometres.", "The annual output is 4 GWh."]);
  });

  it("a product's or a route's name still names it (near misses)", () => {
    expect(box("The range", "Tern Max: 40 seats and a wheelchair lift", "Line 4 (Harbour-Airport): six trams an hour", "Harbour Line: 12 stations")).toEqual([
      "Tern Max has 40 seats and a wheelchair lift.",
      "Line 4 (Harbour-Airport) has six trams an hour.",
      "Harbour Line has 12 stations.",
    ]);
  });
});

// Review 32c finding 7: a product named by a measure's head or by common nouns ("Star Power", "Fire Fly") was read as
// a property ("The fleet’s star power is 30 cabins"), and lowercasing a property label whole lowered a place's name.
describe("a name ending in a measure's head or made of common nouns, before a count of things (review 32c finding 7)", () => {
  it("names the product when the value is a count of things, not of a unit", () => {
    expect(box("The fleet", "Star Power: 30 cabins and a spa", "Harbour Time: 40 seats", "Fire Fly: 8 seats")).toEqual(["Star Power has 30 cabins and a spa.", "Harbour Time has 40 seats.", "Fire Fly has 8 seats."]);
    expect(box("The fleet", "Island Princess: 120 cabins and a spa", "Sea Eagle: 40 cabins")).toEqual(["Island Princess has 120 cabins and a spa.", "Sea Eagle has 40 cabins."]);
  });

  it("a property label keeps a place's capital; a measure's head before a unit stays a property (near misses)", () => {
    expect(box("Key facts", "Vienna Office Staff: 40 people")).toEqual(["The Vienna office staff is 40 people."]);
    expect(box("Key facts", "Journey Time: 40 minutes", "Maximum Range: 400 kilometres", "Engine Power: 400 kilowatts")).toEqual(["The journey time is 40 minutes.", "The maximum range is 400 kilometres.", "The engine power is 400 kilowatts."]);
    expect(box("The tram at a glance", "Seating Capacity: 240 passengers")).toEqual(["The tram’s seating capacity is 240 passengers."]);
  });
});

// Review 32d finding 6: a unit after one modifier ("nautical miles", "working days") or after a qualifier the count list
// lacked ("approximately") was a count of things, so a property label was read as a product's name; a given name in a
// property label ("Grant") kept its capital.
describe("a count of a unit after a modifier or a qualifier is a property's value (review 32d finding 6)", () => {
  it("reads the label as the caption's subject's property", () => {
    expect(box("The vessel at a glance", "Cruising Range: 1,200 nautical miles")).toEqual(["The vessel’s cruising range is 1,200 nautical miles."]);
    expect(box("Key facts", "Delivery Time: 3 working days", "Survey Range: 12 light years", "Deck Area: 40 square metres", "Build Time: 6 man-hours", "Top Speed: approximately 40 knots")).toEqual([
      "The delivery time is 3 working days.",
      "The survey range is 12 light years.",
      "The deck area is 40 square metres.",
      "The build time is 6 man-hours.",
      "The top speed is approximately 40 knots.",
    ]);
    expect(box("Key facts", "Project Grant Funding: 4 million euros")).toEqual(["The project grant funding is 4 million euros."]);
  });

  it("a count of things after a modifier or a qualifier still names the product (near misses)", () => {
    expect(box("The fleet", "Night Range: 40 sleeper cabins", "Star Time: roughly 30 cabins", "Sun Range: 4 flights a week")).toEqual(["Night Range has 40 sleeper cabins.", "Star Time has roughly 30 cabins.", "Sun Range has 4 flights a week."]);
  });
});

// Review 33a findings 3 and 5: "units" (the last word of "astronomical units") counted as a unit, so "Star Power: 30
// units" read as the fleet's property; and a city the lexicon tags only as a person ("Houston") lost its capital.
describe("a count of things called units names the product; a city tagged as a person keeps its capital (review 33a findings 3, 5)", () => {
  it("'units' and a capitalised abbreviation are no measure of their own", () => {
    expect(box("The ferry line", "Star Power: 30 units", "Harbour View: 120 units")).toEqual(["Star Power has 30 units.", "Harbour View has 120 units."]);
    // Near misses: a whole multi-word unit, an abbreviation in its own case and a square unit still measure.
    expect(box("Key facts", "Survey Range: 4 astronomical units", "Annual Output: 4 GWh", "Deck Area: 40 square metres")).toEqual([
      "The survey range is 4 astronomical units.",
      "The annual output is 4 GWh.",
      "The deck area is 40 square metres.",
    ]);
  });

  it("a city the lexicon tags only as a person keeps its capital in a property label; a given name does not", () => {
    expect(box("Key facts", "Houston Office Staff: 240", "Sydney Office Staff: 60 people")).toEqual(["The Houston office staff is 240.", "The Sydney office staff is 60 people."]);
    expect(box("Key facts", "Project Grant Funding: 4 million euros")).toEqual(["The project grant funding is 4 million euros."]);
  });
});
