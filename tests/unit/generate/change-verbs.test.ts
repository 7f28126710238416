import { describe, expect, it } from "vitest";
import { FALL_VERBS, FINITE_FORMS, GROW_VERBS, LEVEL_VERBS, RISE_VERBS, verbWordPattern, verbWords } from "@/lib/generate/change-verbs";
import { extractFacts } from "@/lib/generate/extract-facts";
import { buildPool, layerPools, pickDistractors } from "@/lib/generate/pick-distractors";

const at = new Date("2026-11-04T00:00:00Z");

function optionsFor(body: string, answer: string): string[] {
  const facts = extractFacts({ slug: "a", title: "Valley council budget", source: "Valley Herald", publishedAt: at, body });
  const fact = facts.find((f) => f.answer === answer);
  expect(fact).toBeDefined();
  return fact ? pickDistractors(fact, layerPools(buildPool(facts)), fact.sentence, "k") : [];
}

// Review 29 finding 11: the rise / fall / grow / shrink / level verbs were spelled out in four places, each with other
// forms. One list now, each rule taking the forms it needs.
describe("change verbs: one list, read in the forms each rule needs", () => {
  it("makes a regular verb's forms and keeps an irregular one as written", () => {
    expect(verbWords(["climb"], ["base", "third", "past", "participle", "ing"])).toEqual(["climb", "climbs", "climbed", "climbing"]);
    expect(verbWords(["ease", "touch"], ["third", "past", "ing"])).toEqual(["eases", "eased", "easing", "touches", "touched", "touching"]);
    expect(verbWords(["total;totals;totalled|totaled;totalled|totaled;totalling|totaling"], ["past"])).toEqual(["totalled", "totaled"]);
    expect(verbWords(RISE_VERBS, ["participle"])).toEqual(expect.arrayContaining(["risen", "grown", "climbed"]));
  });

  it("a whole-word pattern takes only the forms asked for", () => {
    const finite = verbWordPattern([...LEVEL_VERBS, ...FALL_VERBS], FINITE_FORMS);
    for (const w of ["was", "were", "stood", "reaches", "totaled", "fell", "shrank", "sank"]) expect(finite.test(w)).toBe(true);
    // near misses: a base form after "will", a participle, a word that only starts like a verb
    for (const w of ["reach", "fallen", "falling", "fellow", "stands by"]) expect(finite.test(w)).toBe(false);
  });

  it("every grow verb says its size went up, in every form", () => {
    const up = verbWordPattern(GROW_VERBS, ["base", "third", "past", "participle", "ing"]);
    for (const w of ["enlarging", "enlarged", "widens", "deepening", "lengthened"]) expect(up.test(w)).toBe(true);
    expect(up.test("narrowed")).toBe(false);
  });
});

// "widening ... from _____" (an -ing grow verb) and "jumped from _____" (a rise verb) were missed by the old-figure
// rule's own shorter list, which offered 210 metres and 240 euros. One reader of "from X to Y" is left
// (`changeEndAt`, review 30 finding 10), and it takes its words from this list.
describe("a change 'verb ... from _____ to X': the old figure lies on the side the verb left", () => {
  it("an '-ing' grow verb: the old width is below the new one", () => {
    const options = optionsFor("The council is widening the ring road from 160 metres to 180 metres this winter.", "160 metres");
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(Number.parseFloat(o)).toBeLessThan(180);
  });

  it("a rise verb: the old fare is below the new one", () => {
    const options = optionsFor("The average fare jumped from 120 euros to 130 euros after the strike.", "120 euros");
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(Number.parseFloat(o)).toBeLessThan(130);
  });

  it("near miss: a change with no verb of direction leaves options on both sides", () => {
    const options = optionsFor("The average fare moved from 120 euros to 130 euros after the strike.", "120 euros");
    expect(options.some((o) => Number.parseFloat(o) > 130)).toBe(true);
  });
});
