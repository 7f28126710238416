import { describe, expect, it } from "vitest";
import { buildPool, layerPools, pickDistractors } from "@/lib/generate/pick-distractors";
import type { Fact } from "@/lib/generate/types";

// The prompt's own company is no wrong option with its legal form added (review of tidy87, HIGH). Invented sentences.
const company = (answer: string): Fact =>
  ({ article: "a", kind: "organisation", answer, accepted: [], value: null, unit: "company", orgKind: "company", form: null, sentence: `The deal went to ${answer}.`, span: null, measure: "", direction: "none", time: null, question: null, clause: "", qualifier: null, relative: false }) as unknown as Fact;

const optionsFor = (answer: string, others: string[], prompt: string) => {
  const asked = company(answer);
  return pickDistractors(asked, layerPools(buildPool([asked, ...others.map(company)])), prompt, "k");
};

describe("options that are the prompt's own company", () => {
  it("offers no 'Selkämeri Lämpö Oy' when the prompt names Selkämeri Lämpö", () => {
    const options = optionsFor("Merituuli Pori Ltd.", ["Selkämeri Lämpö Oy", "Kestrel Grid Ltd.", "Aurora Verkko Oy", "Baltic Vind AB"], "Selkämeri Lämpö has signed a ten-year supply deal with the wind producer, _____, in Rauma.");
    expect(options).not.toContain("Selkämeri Lämpö Oy");
    expect(options).toHaveLength(3);
  });

  it("offers no 'Nordhavn Energi GmbH' when the prompt names Nordhavn Energi", () => {
    const options = optionsFor("Ostsee Wind AG", ["Nordhavn Energi GmbH", "Kestrel Grid Ltd.", "Aurora Verkko Oy", "Baltic Vind AB"], "Nordhavn Energi has signed a supply deal with _____.");
    expect(options).not.toContain("Nordhavn Energi GmbH");
    expect(options).toHaveLength(3);
  });

  it("still offers a company whose name the prompt only shares a part of, or whose name is too short to tell", () => {
    // "Nordhavn" is not "Nordhavn Energi" as a whole; "BP" leaves two letters.
    const options = optionsFor("Ostsee Wind AG", ["Nordhavn Energi GmbH", "BP plc", "Kestrel Grid Ltd."], "Nordhavn Port and BP have signed a supply deal with _____.");
    expect(options).toEqual(expect.arrayContaining(["Nordhavn Energi GmbH", "BP plc", "Kestrel Grid Ltd."]));
  });

  // Review of tidy97: three characters, as gives-away counts them, not three letters: "H&M" names "H&M Group".
  it("offers no 'H&M Group' when the prompt names H&M", () => {
    const options = optionsFor("Inditex SA", ["H&M Group", "Kestrel Grid Ltd.", "Aurora Verkko Oy", "Baltic Vind AB"], "H&M has agreed to buy a stake in _____.");
    expect(options).not.toContain("H&M Group");
    expect(options).toHaveLength(3);
  });
});
