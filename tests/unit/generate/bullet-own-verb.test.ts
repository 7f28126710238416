import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generate/split-sentences";

// Strict read AS0: "- Energy: a 5-megawatt boiler burning sawdust and bark supplies heat ..." became "The plant has a
// 5-megawatt boiler ... supplies heat" (two main verbs), and "- Jobs: 95 permanent staff, among them ..." became "The
// jobs are 95 permanent staff". Every text here is invented.
const box = (caption: string, ...lines: string[]) =>
  splitSentences(["Norvale Timber today opened its new sawmill in Eldorado.", "", `**${caption}**`, "", ...lines.map((l) => `- ${l}`)].join("\n"))
    .map((s) => s.text)
    .slice(1);

describe("a bullet whose value holds its own verb", () => {
  it("is said as written, with no 'has' put before it", () => {
    const texts = box("The plant at a glance", "Energy: a 5-megawatt boiler burning sawdust and bark supplies heat for drying and about 70% of the plant's electricity");
    expect(texts).toEqual(["A 5-megawatt boiler burning sawdust and bark supplies heat for drying and about 70% of the plant's electricity."]);
    expect(box("Key facts", "Transport: a fleet of 12 electric lorries serves the yard")).toEqual(["A fleet of 12 electric lorries serves the yard."]);
  });

  it("finds the verb past a relative clause set off by commas (review of wrong77: 'The plant has a boiler, which burns bark, heats')", () => {
    expect(box("The plant at a glance", "Heat: a boiler, which burns bark, heats 300 homes")).toEqual(["A boiler, which burns bark, heats 300 homes."]);
    // (An unclosed relative clause is still the noun's.)
    expect(box("The plant at a glance", "Heat: a boiler, which burns bark")).toEqual(["The plant has a boiler, which burns bark."]);
  });

  it("still puts 'has' before a noun phrase, its relative clause's verb the noun's", () => {
    expect(box("The plant at a glance", "Storage: a 14-megawatt-hour battery that stores power for the night shift")).toEqual(["The plant has a 14-megawatt-hour battery that stores power for the night shift."]);
    expect(box("The plant at a glance", "Power: a 9 MW boiler burning bark")).toEqual(["The plant has a 9 MW boiler burning bark."]);
  });
});

describe("a counted label whose value counts other things", () => {
  it("keeps the bullet's label rather than 'The jobs are 95 permanent staff'", () => {
    expect(box("Key facts", "Jobs: 95 permanent staff, among them 18 trainee glass technicians")).toEqual(["Jobs: 95 permanent staff, among them 18 trainee glass technicians."]);
  });

  it("still says a price or a bare count with the label as subject", () => {
    expect(box("Key facts", "Introductory fares: from TT$1,299 return")).toEqual(["The introductory fares are from TT$1,299 return."]);
    expect(box("Key facts", "People reached: 1.2 million")).toEqual(["The number of people reached is 1.2 million."]);
  });
});
