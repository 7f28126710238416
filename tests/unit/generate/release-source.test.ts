import { describe, expect, it } from "vitest";
import { placeSubject } from "@/lib/generate/place-subject";

// Issue 9, blind batches 2026-11e and -11d: a source written "<body> - press release" or "<body>, <place> — media
// release" was written into sentences whole ("The Rhine Water Board (RWB) - statement held a consultation ...").
const ctx = (source: string) => ({ title: "Regulator cuts tariff", source, company: null, titleName: null, city: null, mission: null, country: null, before: [] });
const placed = (text: string, source: string) => placeSubject(text, ctx(source))?.text ?? null;

describe("the issuer a release's source names (issue 9)", () => {
  it("'<body> (<acronym>) - statement': the body's name, without the acronym or the kind of release", () => {
    expect(placed("The commission held a public consultation in May.", "Rhine Water Commission (RWC) - statement")).toBe("The Rhine Water Commission held a public consultation in May.");
  });

  it("'<body> (<acronym>), <place> — media release' and '<body>, press statement'", () => {
    expect(placed("The office received 40 comments.", "Office of Water Regulation (OWR), Belize — media release")).toBe("The Office of Water Regulation received 40 comments.");
    expect(placed("The authority received 40 complaints.", "Data Authority of Moravia, press statement")).toBe("The Data Authority of Moravia received 40 complaints.");
  });

  it("'the company' in a public body's statement is the firm it regulates, not the body", () => {
    // (With no firm named in the sentence before, no header can say which: refused, strict reads M1 #30, Q1 #2.)
    expect(placed("The company also plans to invest €96 million.", "Rhine Water Commission (RWC) - statement")).toBeNull();
  });

  it("'<company> (press release)' still names the company", () => {
    expect(placed("The company expects to employ 650 people.", "Kestrel Robotics Inc. (press release)")).toBe("Kestrel Robotics Inc. expects to employ 650 people.");
  });
});
