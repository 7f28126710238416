import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { itsRoleHolder } from "@/lib/generate/its-role-holder";
import { placeSubject } from "@/lib/generate/place-subject";

// Lane place73. "The agency expects ..." is written as the body the sentences before name ("the X Agency"); when they
// name two bodies of that kind, "the agency" is either, and writing one in would be a guess: nothing is written (the
// sentence is then refused or left to its header), never the last one named.
const ctx = (before: string[]) => ({ title: "Nordic grid report", source: "Energy Wire", company: null, before });
const written = (text: string, before: string[]) => placeSubject(text, ctx(before))?.text ?? null;
const sentence = "The agency expects wind output to rise by 14% next year.";

describe("namedBefore writes in one body, never one of two", () => {
  it("one body named before is written in", () => {
    expect(written(sentence, ["Figures from the Danish Energy Agency show a record year for wind."])).toMatch(/^The Danish Energy Agency expects/);
  });

  it("two bodies of the kind in the nearest sentence: nothing is written", () => {
    expect(written(sentence, ["The Danish Energy Agency and the Swedish Energy Agency published joint figures on Monday."])).toBeNull();
  });

  it("the nearest sentence names none, two earlier ones name different bodies: nothing is written", () => {
    expect(written(sentence, ["Figures from the Danish Energy Agency show a record year.", "Figures from the Swedish Energy Agency show a slower one.", "Both countries added offshore farms."])).toBeNull();
    // (With the two a sentence apart and the nearer one naming none, as the extractor passes two sentences before.)
    expect(written(sentence, ["The Danish Energy Agency and the Swedish Energy Agency met in Malmö.", "Both countries added offshore farms."])).toBeNull();
  });

  it("near misses: the same body named twice, or once in full and once short, is one body", () => {
    expect(written(sentence, ["The Danish Energy Agency said the Danish Energy Agency would publish more."])).toMatch(/^The Danish Energy Agency expects/);
    expect(written(sentence, ["Figures from the Danish Energy Agency show a record year.", "Both countries added offshore farms."])).toMatch(/^The Danish Energy Agency expects/);
    // (The nearest sentence naming one still says which, whatever a sentence further back named.)
    expect(written(sentence, ["Figures from the Swedish Energy Agency show a slower year.", "Figures from the Danish Energy Agency show a record year."])).toMatch(/^The Danish Energy Agency expects/);
  });
});

describe("through the generator: a body named beyond the two sentences before still makes 'the agency' either", () => {
  const at = new Date("2026-11-19T00:00:00Z");
  const body = "The Danish Energy Agency published a report on Monday. The Swedish Energy Agency published one on Tuesday. Prices rose sharply in the autumn. The agency said gas stocks stood at 82%.";
  it("no item writes one agency into 'The agency said ...'", () => {
    const items = generateItems([{ slug: "nordic-gas", title: "Nordic gas report", source: "Energy Wire", publishedAt: at, body }]);
    expect(items.filter((i) => /gas stocks/.test(i.prompt)).map((i) => i.prompt)).toEqual([]);
    // (The sentences that name one agency are still asked.)
    expect(items.map((i) => i.answer)).toContain("Swedish Energy Agency");
  });

  it("near miss: one agency named, and none further back, is written in", () => {
    const one = "Wind output rose on Tuesday. The Danish Energy Agency published a report on Monday. Prices rose sharply in the autumn. The agency said gas stocks stood at 82%.";
    const items = generateItems([{ slug: "danish-gas", title: "Danish gas report", source: "Energy Wire", publishedAt: at, body: one }]);
    expect(items.filter((i) => /_____\.$/.test(i.prompt) && /gas stocks/.test(i.prompt)).map((i) => i.prompt.replace(/^.*?\)\s?:?\s?/, ""))).toEqual(["The Danish Energy Agency said gas stocks stood at _____.", "The Danish Energy Agency said gas stocks stood at _____."]);
  });
});

describe("itsRoleHolder: 'Its president' after two bodies asks nothing", () => {
  const at = new Date(Date.UTC(2026, 10, 19));
  it("two bodies joined by 'and' as the subject: no question", () => {
    expect(itsRoleHolder("Its president, Mara Soler, said the plan was late.", "The Danish Energy Agency and the Swedish Energy Agency criticised the plan.", at)).toBeNull();
  });

  it("near misses: one body, or one body's name holding 'and', is asked", () => {
    expect(itsRoleHolder("Its president, Mara Soler, said the plan was late.", "The Danish Energy Agency criticised the plan.", at)?.question).toMatch(/president of the Danish Energy Agency/);
    expect(itsRoleHolder("Its president, Mara Soler, said the plan was late.", "The Ministry of Trade and Industry criticised the plan.", at)?.question).toMatch(/Ministry of Trade and Industry/);
  });
});

describe("through the generator: 'Its chief executive' after two bodies joined by 'and' writes in neither", () => {
  const at = new Date("2026-11-19T00:00:00Z");
  const ask = (body: string) => generateItems([{ slug: "ports", title: "Ports deal", source: "Port Wire", publishedAt: at, body }]).filter((i) => /chief executive/.test(i.prompt)).map((i) => i.prompt.replace(/^.*?2026\)\s?:?\s?/, ""));
  it("no question names one port authority as the owner (review of place73, MEDIUM 3)", () => {
    expect(ask("The Port of Rotterdam Authority and the Port of Antwerp Authority signed a deal on Monday. Its chief executive, Boudewijn Siemons, said it would save 40 million euros.")).toEqual([
      "The Port of Rotterdam Authority and the Port of Antwerp Authority signed a deal on Monday. Its chief executive, Boudewijn Siemons, said it would save _____.",
      "The Port of Rotterdam Authority and the Port of Antwerp Authority signed a deal on Monday. Its chief executive, _____, said it would save 40 million euros.",
    ]);
  });

  it("near miss: one body whose name holds 'and' is no two bodies", () => {
    expect(ask("The Ministry of Trade and Industry signed a deal on Monday. Its chief executive, Boudewijn Siemons, said it would save 40 million euros.")).toEqual([
      "The Ministry of Trade and Industry signed a deal on Monday. Its chief executive, Boudewijn Siemons, said it would save _____.",
      "The Ministry of Trade and Industry signed a deal on Monday. Its chief executive, _____, said it would save 40 million euros.",
    ]);
  });
});
