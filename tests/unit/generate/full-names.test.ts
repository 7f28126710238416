import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { fullNamesBySurname, namesNoCardAnswers, withFullNames } from "@/lib/generate/full-names";

// Closing-note-16, known not mended: a stem that names a person by surname alone ("according to Brenner?") never says
// who that is; the article introduced them in full, and the stem now does too. Sentences written for the test.

describe("fullNamesBySurname", () => {
  it("maps a surname to the one person the article gives it, and leaves out a surname two people share", () => {
    const names = fullNamesBySurname(["Halvard Brenner", "Ana Ruiz", "Luis Ruiz", "Halvard Brenner", "Plato"]);
    expect([...names]).toEqual([["Brenner", "Halvard Brenner"]]);
  });
});

describe("namesNoCardAnswers: a true/false statement writes no name another card asks for", () => {
  const names = fullNamesBySurname(["Halvard Brenner", "Mirela Kostova", "Oskar Lind"]);

  it("leaves out a name that is a card's answer, is within one, or has a card's answer among its words", () => {
    const kept = namesNoCardAnswers(names, ["Halvard Brenner", "Mirela Kostova's deputy", "Oskar", "12", "2027"]);
    expect([...kept]).toEqual([]);
  });

  it("keeps a name no card asks for, and is not fooled by a word inside another word", () => {
    const kept = namesNoCardAnswers(names, ["12 cranes", "Lindholm", "the Brenner Pass road"]);
    expect([...kept.values()]).toEqual(["Halvard Brenner", "Mirela Kostova", "Oskar Lind"]);
  });
});

describe("withFullNames: a bare surname in a stem is written in full", () => {
  const names = fullNamesBySurname(["Halvard Brenner", "Mirela Kostova"]);

  it("writes the first bare surname in full", () => {
    expect(withFullNames("(“Port plans approved”, Harbour News, May 2026) How many cranes will the port buy, according to Brenner?", names, ["12"])).toBe(
      "(“Port plans approved”, Harbour News, May 2026) How many cranes will the port buy, according to Halvard Brenner?",
    );
    expect(withFullNames("Complete the sentence (Harbour News): Kostova said the quay would open in _____. Kostova added more.", names, ["2027"])).toBe(
      "Complete the sentence (Harbour News): Mirela Kostova said the quay would open in _____. Kostova added more.",
    );
  });

  it("replaces the part of a name already shown whole: a particle or the first of two surnames", () => {
    const more = fullNamesBySurname(["Karim El Mansouri", "Rosa Quispe Mamani"]);
    expect(withFullNames("Complete the sentence: El Mansouri now has _____ goals.", more, ["nine"])).toBe("Complete the sentence: Karim El Mansouri now has _____ goals.");
    expect(withFullNames("Quispe Mamani said the team would sample _____ wells.", more, ["12"])).toBe("Rosa Quispe Mamani said the team would sample _____ wells.");
  });

  it("leaves a surname in a title, a label or a quotation, one that is part of a longer name, and one whose full name shows the answer", () => {
    expect(withFullNames("What does the abbreviation PDA stand for in “Brenner opens the quay”?", names, ["Port Development Agency"])).toBe("What does the abbreviation PDA stand for in “Brenner opens the quay”?");
    expect(withFullNames('Complete the sentence: "Brenner promised us _____ cranes," a docker said.', names, ["12"])).toBe('Complete the sentence: "Brenner promised us _____ cranes," a docker said.');
    expect(withFullNames("The Brenner Foundation gave _____.", names, ["€2 million"])).toBe("The Brenner Foundation gave _____.");
    expect(withFullNames("Who is Brenner's deputy?", names, ["Halvard", "Mirela Kostova"])).toBe("Who is Brenner's deputy?");
  });
});

describe("an article's items name a person in full", () => {
  it("a statistic asked after the player was introduced in full says who made it", () => {
    const body = [
      "Riverton beat Eastport 2-0 on Saturday in front of a crowd at the harbour ground.",
      "The Riverton goalkeeper Halvard Brenner kept a clean sheet for the fifth game in a row.",
      "Brenner made 11 saves, the most by a keeper in the league this season.",
    ].join(" ");
    const items = generateArticleItems({ slug: "riverton", title: "Riverton beat Eastport at home", source: "Harbour Sports", publishedAt: new Date("2026-05-10T00:00:00Z"), body } as never);
    const saves = items.filter((it) => it.answer === "11" && it.type !== "truefalse");
    expect(saves.length).toBeGreaterThan(0);
    for (const it of saves) expect(it.prompt).toContain("Halvard Brenner");
  });
});
