import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { buildItems } from "@/lib/generate/build-items";
import { garbledQuestion } from "@/lib/generate/garbled-question";
import { itsOwner } from "@/lib/generate/its-owner";
import { pointsBack } from "@/lib/generate/points-back";
import { splitSentences } from "@/lib/generate/split-sentences";
import { extractFacts } from "@/lib/generate/extract-facts";
import { computedFromPrompt } from "@/lib/generate/gives-away";
import { buildPool, layerPools, pickDistractors } from "@/lib/generate/pick-distractors";

// Strict reads E0-M1 (seen batches 2026-11e to 2026-11n): items a strict reader rejects though the fact is worth
// learning, because the stem rules options out or gives the answer away. Sentences are invented.
const at = new Date("2026-11-20T00:00:00Z");

/** The options pickDistractors offers for the fact keyed `answer`, with the article's facts as the pool. */
function optionsFor(body: string, answer: string): string[] {
  const facts = extractFacts({ slug: "a", title: "T", source: "Coast Courier", publishedAt: at, body });
  const fact = facts.find((f) => f.answer === answer);
  if (!fact) throw new Error(`no fact ${answer}`);
  return pickDistractors(fact, layerPools(buildPool(facts)), fact.sentence, "k", 3, false, at);
}
const figure = (option: string) => Number(option.replace(/[^\d.]/g, ""));

describe("options a stem rules out are not offered", () => {
  it("a share of a whole takes no option of 100% or more (K0 #28)", () => {
    for (const o of optionsFor("The minister said tourism and fishing make up more than 80% of exports. Exports rose by 60% last year.", "80%")) expect(figure(o)).toBeLessThan(100);
    // A rise is no share: its options may pass 100%.
    expect(optionsFor("The minister said exports rose by more than 80% last year. Imports rose by 30% and fees by 45%.", "80%").some((o) => figure(o) >= 100)).toBe(true);
  });

  it("a part 'of which' is less than its whole (K0 #12)", () => {
    const body = (whole: string) => `The terminal cost €14.2 million${whole} €6 million is a grant from the regional development fund. The old terminal cost €9 million in 1998 and the new car park €3 million.`;
    const options = optionsFor(body(", of which"), "€6 million");
    expect(options.length).toBe(3);
    for (const o of options) expect(figure(o)).toBeLessThan(14.2);
    // A figure that bounds nothing leaves the options free.
    expect(optionsFor(body(". Of the rest,"), "€6 million").length).toBe(3);
  });

  it("a round target year after 'by' takes round options still to come (F1 #14, G2 #43, I0 #44)", () => {
    const body = "The island has committed to generating all of its electricity from renewable sources by 2035. It opened its first wind farm in 2019 and a solar park in 2023.";
    const options = optionsFor(body, "2035");
    expect(options.length).toBe(3);
    for (const o of options) {
      expect(figure(o) % 5).toBe(0);
      expect(figure(o)).toBeGreaterThan(2026);
    }
    // A year that is no target ("in 2019") keeps its nearby options.
    expect(optionsFor(body, "2019").some((o) => figure(o) % 5 !== 0)).toBe(true);
  });

  it("a kind of body named before the blank keeps options of that kind (M1 #29)", () => {
    const others = " The plan was backed by the Island Development Bank, the Fisheries Institute and the National Statistics Office. Sea Lanes Ltd will run the ferry, and the Harbour Workers Union agreed the new shifts.";
    // No other airline in the article: no options at all, rather than a bank, an institute and an office.
    expect(optionsFor(`The national carrier, Bluewing Airways, will fly twice a week from March.${others}`, "Bluewing Airways")).toEqual([]);
    // A stem that names no kind leaves the article's other names as options.
    expect(optionsFor(`The island signed a deal with Bluewing Airways, which will fly twice a week from March.${others}`, "Bluewing Airways").length).toBe(3);
  });

  it("after 'the' only names said with 'the' are options (I0 #42, I1 #29)", () => {
    const body = (first: string) => `${first} is weighing visa rules for the island's citizens. The United Kingdom imposed such rules in 2023. Fiji, Samoa and Tonga have also sold passports, and Vanuatu ended its scheme in 2024. A delegation from the United Arab Emirates came in June.`;
    const options = optionsFor(body("The United States"), "United States");
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o).toMatch(/United/);
    // No "the" before the blank: any country of the article may stand in.
    expect(optionsFor(body("Australia"), "Australia").some((o) => /Fiji|Samoa|Tonga|Vanuatu/.test(o))).toBe(true);
  });
});

describe("a figure the prompt's other figures compute is given away (strict reads M1 #3/#34/#49, K1 #28)", () => {
  const factOf = (body: string, answer: string) => {
    const fact = extractFacts({ slug: "a", title: "T", source: "Coast Courier", publishedAt: at, body }).find((f) => f.answer === answer);
    if (!fact) throw new Error(`no fact ${answer}`);
    return fact;
  };
  const blanked = (body: string, answer: string) => body.replace(answer, "_____");

  it("a surplus or a total that is the difference or sum of two stated sums", () => {
    const body = "The treasurer forecast revenue of €3,120 million and spending of €3,085 million, leaving a surplus of €35 million.";
    expect(computedFromPrompt(blanked(body, "€35 million"), factOf(body, "€35 million"))).toBe(true);
    expect(computedFromPrompt(blanked(body, "€3,085 million"), factOf(body, "€3,085 million"))).toBe(true);
    // Sums that do not add up to it give nothing away.
    const other = "The treasurer forecast revenue of €3,120 million and spending of €3,085 million, and set aside €60 million for roads.";
    expect(computedFromPrompt(blanked(other, "€60 million"), factOf(other, "€60 million"))).toBe(false);
  });

  it("a figure a stated percentage change computes from another", () => {
    const body = "Net profit rose to NZ$36.8 million from NZ$23 million a year earlier.";
    expect(computedFromPrompt(`(“Profit up 60%”) ${blanked(body, "NZ$36.8 million")}`, factOf(body, "NZ$36.8 million"))).toBe(true);
    expect(computedFromPrompt(`(“Profit up 45%”) ${blanked(body, "NZ$36.8 million")}`, factOf(body, "NZ$36.8 million"))).toBe(false);
  });

  it("a term in years between two stated years", () => {
    const body = "The permits were granted in March 2021 for six years and expire in March 2027.";
    expect(computedFromPrompt(blanked(body, "six years"), factOf(body, "six years"))).toBe(true);
    const open = "The permits were granted in March 2021 for six years and can be renewed once.";
    expect(computedFromPrompt(blanked(open, "six years"), factOf(open, "six years"))).toBe(false);
  });

  it("the choice is withdrawn and the cloze stays", () => {
    const body = "The treasurer forecast revenue of €3,120 million and spending of €3,085 million, leaving a surplus of €35 million.";
    const facts = extractFacts({ slug: "a", title: "T", source: "Coast Courier", publishedAt: at, body });
    const types = (answer: string) => {
      const fact = facts.find((f) => f.answer === answer);
      if (!fact) throw new Error(`no fact ${answer}`);
      const article = { slug: "a", title: "Island budget balanced", source: "Coast Courier", publishedAt: at };
      return buildItems(fact, article, layerPools(buildPool(facts)), ["choice", "cloze"]).map((it) => it.type);
    };
    expect(types("€35 million")).toEqual(["cloze"]);
  });
});

describe("a share of 'it' or 'them', or 'such a' thing, points back to the sentence before (strict reads K1 #29/#44, M0 #47)", () => {
  it("is shown after that sentence, or not blanked", () => {
    expect(pointsBack("Close to two thirds of them are women.")).toBe(true);
    expect(pointsBack("Schools account for €120 million of it.")).toBe(true);
    expect(pointsBack("The council is due to discuss such a ban in March.")).toBe(true);
    const body = "The cannery employs about 900 people at its plant in the harbour. Close to two thirds of them are women.";
    const items = generateItems([{ slug: "a", title: "Cannery profit doubles", source: "Coast Courier", publishedAt: at, body }]).filter((it) => it.type === "cloze" && it.prompt.includes("of them are women"));
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) expect(it.prompt).toContain("The cannery employs about 900 people at its plant in the harbour.");
  }, 30_000);

  it("not when the sentence names the whole itself, nor 'such' as an intensifier or 'each such'", () => {
    expect(pointsBack("Some 4.3 million people could vote, and 312,000 of them voted by post.")).toBe(false);
    expect(pointsBack("Prices rose by such a large margin that the bank acted.")).toBe(false);
    expect(pointsBack("Customers get a credit of $20 for each such interruption.")).toBe(false);
    expect(pointsBack("Crops such as maize and rice were hit.")).toBe(false);
  });
});

describe("garbled wh-questions are withdrawn (strict reads K0 #10/#33, H0 #12/#41)", () => {
  it("a past tense after do-support, a stranded 'only', a fused 'About X' heading", () => {
    expect(garbledQuestion("In which year did warned that the storm expect could close the port, according to Ruiz?")).not.toBeNull();
    expect(garbledQuestion("In which year does the mill broke even for the first time?")).not.toBeNull();
    expect(garbledQuestion("In which year did Chile open an embassy in Suva only?")).not.toBeNull();
    expect(garbledQuestion("In which year was About Kestrel Mills Kestrel Mills Ltd founded?")).not.toBeNull();
  });

  it("not a sound question with a bare verb in -ed, a subject's relative clause, 'only' inside, or 'about' as a word", () => {
    expect(garbledQuestion("How many beds did the hospital need in 2025?")).toBeNull();
    expect(garbledQuestion("What share of the energy does recycled glass need?")).toBeNull();
    expect(garbledQuestion("In which year does the mill break even for the first time?")).toBeNull();
    expect(garbledQuestion("In which year did the firm that built the bridge go bankrupt?")).toBeNull();
    expect(garbledQuestion("How many of the only 12 nurses did the clinic keep?")).toBeNull();
    expect(garbledQuestion("How much did the fund earn from about 40 investments in 2025?")).toBeNull();
  });
});

describe("'Its' after a sentence opened by a body's letters is that body's (sample n7 of batch 2026-11n)", () => {
  it("the body the letters name owns it, not the story's company", () => {
    expect(itsOwner("The KWTA welcomed the decision.", "Harbour Power")).toEqual({ owner: "KWTA" });
    expect(itsOwner("KWTA welcomed the decision.", "Harbour Power")).toEqual({ owner: "KWTA" });
    // A plain opening word is no body: the company stays the owner.
    expect(itsOwner("Revenue rose 5% in the year.", "Harbour Power")).toEqual({ owner: "Harbour Power" });
  });
});

describe("an ordinal next to a stated one, and a multiple two stated sums make, are given away (a read of batch 2026-11n)", () => {
  const factOf = (body: string, answer: string) => {
    const fact = extractFacts({ slug: "a", title: "T", source: "Coast Courier", publishedAt: at, body }).find((f) => f.answer === answer);
    if (!fact) throw new Error(`no fact ${answer}`);
    return fact;
  };

  it("the session before the fifth is the fourth", () => {
    const body = "The Fiji–Samoa joint council, dormant since its third meeting in 2011, will hold its fourth meeting in Apia in May.";
    expect(computedFromPrompt(body.replace("third", "_____"), factOf(body, "third"))).toBe(true);
    const other = "The Fiji–Samoa joint council, dormant since its third meeting in 2011, will hold talks in Apia in May.";
    expect(computedFromPrompt(other.replace("third", "_____"), factOf(other, "third"))).toBe(false);
  });

  it("a reserve three times the budget, when both sums are stated", () => {
    const body = "The Pacific Reserve Fund was valued at €6.2 billion at the end of last year, equal to about 3.1 times the state's planned spending for 2027.";
    const fact = factOf(body, "3.1 times");
    expect(computedFromPrompt(`(“State tables €2 billion budget”) ${body.replace("3.1 times", "_____")}`, fact)).toBe(true);
    expect(computedFromPrompt(`(“State tables record budget”) ${body.replace("3.1 times", "_____")}`, fact)).toBe(false);
    // The sum the multiple and the other sum give.
    expect(computedFromPrompt(`(“State tables €2 billion budget”) ${body.replace("€6.2 billion", "_____")}`, factOf(body, "€6.2 billion"))).toBe(true);
    expect(computedFromPrompt(`(“State tables €2 billion budget”) ${body.replace("€6.2 billion", "_____").replace("3.1", "4.5")}`, factOf(body, "€6.2 billion"))).toBe(false);
  });
});

describe("a labelled price change in a list reads as a sentence (strict read M1 #20)", () => {
  const texts = (body: string) => splitSentences(body).map((s) => s.text);
  it("'Farm-gate price: from A to B' rises or falls", () => {
    const body = "The mill opened on Friday.\n\n**Key figures**\n\n- Farm-gate price: from EC$0.45 to EC$0.60 a pound, effective Jan. 4\n- Entry fee: from $12 to $9 for children\n";
    expect(texts(body)).toContain("The farm-gate price rises from EC$0.45 to EC$0.60 a pound, effective Jan. 4.");
    expect(texts(body)).toContain("The entry fee falls from $12 to $9 for children.");
  });

  it("a range of measures is no change", () => {
    expect(texts("The robot was shown on Friday.\n\n**Key figures**\n\n- Weight range: from 20 grams to 7 kilograms\n")).toContain("The weight range is from 20 grams to 7 kilograms.");
  });
});

describe("a change from a stated figure keeps the blank's options on the side the verb says (a read of batch 2026-11n)", () => {
  it("a rise from 0.45 offers no option below it, a cut from 500 none above it", () => {
    for (const o of optionsFor("The farm-gate price rises from EC$0.45 to EC$0.60 a pound from January. Growers were paid EC$0.31 in 2019 and EC$0.42 in 2023.", "EC$0.60")) expect(figure(o)).toBeGreaterThan(0.45);
    for (const o of optionsFor("The application fee is cut from EC$500 to EC$150 for homes. Firms pay EC$750 and EC$900 for larger systems.", "EC$150")) expect(figure(o)).toBeLessThan(500);
    // "from" without a verb of change bounds nothing.
    for (const o of optionsFor("The seat price rises from EC$455 to EC$610 in May. Other seats cost EC$380 and EC$430.", "EC$610")) expect(figure(o)).toBeGreaterThan(455);
    expect(optionsFor("Seats priced from EC$455 to EC$610 were sold out. Other seats cost EC$380 and EC$430.", "EC$610").some((o) => figure(o) < 455)).toBe(true);
  });
});

describe("'more than double the average of _____' keeps options under half the stated figure (a read of batch 2026-11n)", () => {
  it("no option of half the figure or more, unless the stem says no multiple", () => {
    const body = (link: string) => `The crowd of 31,500 was the largest at the stadium this season, ${link} the average of about 14,000. Tickets sold out in 18 minutes, and 11,000 fans watched on screens.`;
    for (const o of optionsFor(body("more than double"), "14,000")) expect(figure(o)).toBeLessThan(15_750);
    expect(optionsFor(body("well above"), "14,000").some((o) => figure(o) >= 15_750)).toBe(true);
  });
});
