import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

// Defects from the strict reads genstrict-1 and C1 (/work/coord/strict-read-genstrict-1.md, strict-read-c1.md): facts
// that are true but not worth learning, or that the prompt gives away, must not become items of any type.
const article = (body: string, title = "Report", source: string | null = "Daily Wire") => ({ slug: "a", title, source, publishedAt: new Date(Date.UTC(2026, 9, 7)), body });
const answersOf = (body: string, title?: string) => generateArticleItems(article(body, title)).map((i) => i.answer);

const MATCH = [
  "Glasgow Warriors beat the Stormers 31-20 at Scotstoun on Saturday to go top of the league.",
  "Winger Callum Baird scored two tries and fly-half Finn Rutherford kicked 11 points.",
  "With the Stormers leading 13-10 after 38 minutes, their lock Pieter Swanepoel was shown a yellow card.",
  "Centre Jaylen Brooks had 16 points and 13 rebounds, his fourth double-double of the season.",
  "Glasgow scored again early in the second half through their captain.",
  "The coach said the match turned on the scrum.",
  "Glasgow won the league title in 2024, beating the Bulls 21-16 in Pretoria.",
  "Cardiff had 18 points.",
].join(" ");

describe("a match report's in-game statistics are not worth learning", () => {
  const answers = answersOf(MATCH, "Glasgow Warriors beat Stormers 31-20 to go top");

  it("no box-score counts, standings rows, match-clock minutes or halves", () => {
    for (const bad of ["11", "16", "13", "18", "38 minutes", "second", "fourth"]) expect(answers).not.toContain(bad);
  });

  it("the club's title and where it was won are still asked", () => {
    expect(answers).toContain("2024");
  });

  it("points outside a match report are still asked", () => {
    expect(answersOf("The Dow Jones index closed 120 points lower on Friday after the central bank raised rates.")).toContain("120");
  });
});

describe("answers that follow from the other figures in the prompt", () => {
  it("a margin, and the two tallies it is the difference of", () => {
    const answers = answersOf("In Mpika North, Mr Peter Mumba of the PF was declared elected with 7,650 votes, against 7,128 votes for Mr Given Chisanga of the UPND, a margin of 522 votes.");
    for (const bad of ["522", "7,650", "7,128"]) expect(answers).not.toContain(bad);
  });

  it("a share worked out from its two counts", () => {
    expect(answersOf("Out of 46,305 registered voters, 22,841 cast their ballots, a turnout of 49.3 percent.")).not.toContain("49.3%");
  });

  it("a figure the title's figures sum to", () => {
    const answers = answersOf("The developer built 45 homes for social rent and 75 homes for private sale in the first phase of the scheme.", "Builder completes 120 homes in Leeds");
    expect(answers).not.toContain("75");
    expect(answers).not.toContain("45");
  });

  it("figures that do not sum are still asked", () => {
    expect(answersOf("The developer built 45 homes for social rent and 75 homes for private sale in the first phase of the scheme.", "Builder completes homes in Leeds")).toContain("75");
  });
});

describe("who said it is not the fact", () => {
  it("the relative who confirmed a death, a player quoted", () => {
    expect(answersOf("Her daughter, Valeria Ostrowski, said the cause was heart failure.", "Lucía Ferraro, Architect, Dies at 88")).not.toContain("Valeria Ostrowski");
    expect(answersOf("Australia captain Nathan Pryce admitted his side had been outplayed in Perth.")).not.toContain("Nathan Pryce");
  });

  it("a minister who speaks for the government is still asked", () => {
    expect(answersOf("Finance Minister Kwame Mensah said the deficit would fall to 2.8 percent of GDP next year.")).toContain("Kwame Mensah");
  });
});

describe("abbreviations of bodies cited in passing", () => {
  const body = "The World Health Organization (WHO) has recommended taxes that raise the price of sugary drinks by at least 20%. Mexico introduced a tax of one peso per litre in January 2014.";

  it("are not asked to be spelled out", () => {
    expect(generateArticleItems(article(body, "Sugar taxes a decade on")).filter((i) => /stand for/.test(i.prompt))).toEqual([]);
  });

  it("the body an article is about is", () => {
    expect(generateArticleItems(article(body, "WHO wants sugar taxes to grow")).filter((i) => /stand for/.test(i.prompt)).length).toBeGreaterThan(0);
    const again = `${body} The WHO says the tax should be at least 20%.`;
    expect(generateArticleItems(article(again, "Sugar taxes a decade on")).filter((i) => /stand for/.test(i.prompt)).length).toBeGreaterThan(0);
  });
});
