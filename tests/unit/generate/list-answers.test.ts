import { describe, expect, it } from "vitest";
import { listMembers, sharesListMember } from "@/lib/generate/list-members";
import { buildPool, layerPools, pickDistractors } from "@/lib/generate/pick-distractors";
import type { Fact } from "@/lib/generate/types";

// Answers that are lists of names ("Kenya and Uganda"): lane fromto24. Invented sentences.
const place = (answer: string): Fact =>
  ({ article: "a", kind: "place", answer, accepted: [], value: null, unit: "country", form: null, sentence: `Talks were held in ${answer}.`, span: null, measure: "", direction: "none", time: null, question: null, clause: "", qualifier: null, relative: false }) as unknown as Fact;
const org = (answer: string): Fact =>
  ({ ...place(answer), kind: "organisation", unit: "university", orgKind: "university", sentence: `Researchers from ${answer} took part.` }) as unknown as Fact;

describe("a list answer's options", () => {
  it("reads a list's names, and a name with 'and' inside it shares no name with a like one", () => {
    expect(listMembers("Kenya, Uganda and Rwanda")).toEqual(["Kenya", "Uganda", "Rwanda"]);
    expect(listMembers("Tarvel Institute")).toBeNull();
    expect(sharesListMember("Kenya and Tanzania", "Kenya and Uganda")).toBe(true);
    expect(sharesListMember("University of Orvel", "University of Orvel and Kesso College")).toBe(true);
    expect(sharesListMember("Rwanda and Burundi", "Kenya and Uganda")).toBe(false);
    // ("Industry" is no name of its own)
    expect(sharesListMember("Ministry of Trade and Industry", "Ministry of Energy and Industry")).toBe(false);
    expect(sharesListMember("Kenya", "Uganda")).toBe(false);
  });

  it("offers no list that shares a name with the answer, nor two options of which one lists the other", () => {
    const asked = place("Kenya and Uganda");
    const pool = layerPools(buildPool([asked, place("Kenya and Tanzania"), place("Rwanda and Burundi"), place("Ghana and Togo"), place("Mali and Niger")]));
    const options = pickDistractors(asked, pool, "The pipeline will run through _____.", "k");
    expect(options).not.toContain("Kenya and Tanzania");
    expect(options).toHaveLength(3);
    const study = org("University of Kesso");
    const uni = layerPools(buildPool([study, org("University of Orvel and Tarvel College"), org("University of Orvel"), org("University of Lende"), org("University of Brix")]));
    const picked = pickDistractors(study, uni, "Researchers from the _____ took part.", "k");
    expect(picked.includes("University of Orvel") && picked.includes("University of Orvel and Tarvel College")).toBe(false);
    expect(picked).toHaveLength(3);
  });
});
