import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { garbledQuestion } from "@/lib/generate/garbled-question";
import { splitSentences } from "@/lib/generate/split-sentences";

// Lane genre3 (issue 9): sports reports and press releases with fact boxes. Every text here is invented.
const article = (body: string, title = "Test", publishedAt = new Date(Date.UTC(2026, 10, 20))) => ({ slug: "t", title, source: "Test", publishedAt, body });

describe("a press release's contact lines are not learned", () => {
  it("'Contact: X, Head of Communications, +00 ...' and 'Media contact: X, Press Officer, x@y' give no item", () => {
    const body = [
      "Brannvik Solar Ltd. opened a 12 MW solar park near Tovik on Monday. The park cost NOK 140 million and will power 3,000 homes.",
      "",
      "Contact: Sigrun Aalvik, Head of Communications, +47 21 00 00 00",
      "",
      "Media contact: Pål Hemstad, Press Officer, Brannvik Solar, press@brannvik.example",
    ].join("\n");
    const items = generateArticleItems(article(body, "Brannvik Solar opens park"));
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((i) => /Aalvik|Hemstad/.test(`${i.answer} ${i.prompt}`))).toEqual([]);
  });
});

describe("'It was his 12th league goal' after the sentence that told the goal", () => {
  // Blind batch 2026-11m's build articles: "X put Y ahead in the 71st minute ... It was his 99th league goal." lost
  // the tally; "put ... ahead", "levelled", "gave ... the lead" are goals as much as "scored".
  const tally = (goal: string) => {
    const body = `Tema Athletic beat Ashvale Rovers 2-1 on Saturday in the Northern League. Winger Kwame Okafor started on the bench for the first time this season. ${goal} It was his 12th league goal of the season.`;
    return generateArticleItems(article(body, "Tema beat Ashvale")).filter((i) => i.answer === "12th").map((i) => i.prompt.replace(/^\([^)]*\)\s*/, ""));
  };

  it("is the scorer's, whoever else the goal's sentence names", () => {
    expect(tally("Okafor put Tema ahead in the 64th minute, running on to a pass from the captain, Daniel Mensah, and shooting past the goalkeeper, Yaw Boateng.")).toContain("It was Kwame Okafor’s _____ league goal of the season.");
    expect(tally("Okafor levelled in the 64th minute from a cross by the captain, Daniel Mensah.")).toContain("It was Kwame Okafor’s _____ league goal of the season.");
    expect(tally("Okafor gave Tema the lead in the 64th minute after the captain, Daniel Mensah, won a corner.")).toContain("It was Kwame Okafor’s _____ league goal of the season.");
  });

  it("stays unasked when the sentence before names two people and no one scored", () => {
    expect(tally("Okafor argued with the captain, Daniel Mensah, in the 64th minute.")).toEqual([]);
  });
});

describe("a fact box's labelled line that is no figure", () => {
  const box = (...lines: string[]) => splitSentences(["Norla Ferries today launched the Sula, an electric ferry.", "", "**The Sula at a glance**", "", ...lines.map((l) => `- ${l}`)].join("\n")).map((s) => s.text).slice(1);

  it("a name and its apposition, or a definite noun phrase, is what the label is (its figures are then asked)", () => {
    expect(box("Buyer: Vestra Power, the island's utility, under a 15-year contract")).toEqual(["The Sula’s buyer is Vestra Power, the island's utility, under a 15-year contract."]);
    expect(box("Berth: the new quay at Tovik, which takes ships up to 200 metres long")).toEqual(["The Sula’s berth is the new quay at Tovik, which takes ships up to 200 metres long."]);
    expect(box("Model: Norla E-Ferry 30, 30 metres long")).toEqual(["The Sula’s model is Norla E-Ferry 30, 30 metres long."]);
  });

  it("a date is when the label's event is", () => {
    expect(box("Opening: March 2027", "First sailing: 15 December 2026", "Completion: late 2028")).toEqual(["The Sula’s opening is in March 2027.", "The Sula’s first sailing is on 15 December 2026.", "The Sula’s completion is in late 2028."]);
  });

  it("a clause whose figure follows its verb is said as written, not as a thing the subject has", () => {
    expect(box("Water: a closed-loop system recycles 85% of the water used, a rule of the river authority")).toEqual(["A closed-loop system recycles 85% of the water used, a rule of the river authority."]);
    expect(box("Power: a 9 MW solar park with 22 MWh of storage; solar covers about 70% of the ferry's electricity")).toEqual(["The Sula has a 9 MW solar park with 22 MWh of storage.", "Solar covers about 70% of the ferry's electricity."]);
  });

  it("a bare plural noun phrase, or 'the rest', is still no sentence", () => {
    expect(box("Reach: shelves from floor level to 2.4 metres", "Energy: the rest comes from a wind farm")).toEqual([]);
    // A list of places is no name and its apposition: "The Sula’s location is Port Vell, Tovik, beside ..." asks badly.
    expect(box("Location: Port Vell Industrial Park, Tovik, beside the ferry terminal")).toEqual([]);
  });
});

describe("a match's award ('was named player of the match')", () => {
  // Every candidate: whether an award is worth a card is the learned model's call, not this rule's.
  const asked = (body: string) => generateArticleItems(article(`Tema Athletic beat Ashvale Rovers 2-1 on Saturday in the Northern League. ${body}`, "Tema beat Ashvale"), { keepFrom: 0, fullFrom: 0 }).map((i) => `${i.answer} :: ${i.prompt.replace(/^\([^)]*\)\s*/, "")}`);

  it("asks who won it, with the person the sentence before named for 'He'", () => {
    expect(asked("Winger Kwame Okafor scored both goals. Okafor finished with two goals from three shots. He was named player of the match.")).toContain("Kwame Okafor :: Who was named player of the match?");
  });

  it("a role before the name is no part of the answer", () => {
    const items = asked("Winger Kwame Okafor scored both goals and was named player of the match.");
    expect(items.some((i) => i.startsWith("Kwame Okafor :: "))).toBe(true);
    expect(items.filter((i) => i.startsWith("Winger Kwame Okafor"))).toEqual([]);
  });
});

describe("a question whose 'did' has no subject is withdrawn", () => {
  it("'How many clean sheets did have keep?' is garbled; 'did they have to pay' is not", () => {
    expect(garbledQuestion("How many clean sheets did have keep?")).toBe("no subject");
    expect(garbledQuestion("How much did they have to pay?")).toBeNull();
  });

  it("the sentence is still completed", () => {
    const body = "Tema Athletic beat Ashvale Rovers 2-1 on Saturday in the Northern League. Tema have conceded only eight goals, the fewest in the league, and have kept six clean sheets.";
    const items = generateArticleItems(article(body, "Tema beat Ashvale")).filter((i) => i.answer === "six");
    expect(items.some((i) => /did have/.test(i.prompt))).toBe(false);
    expect(items.length).toBeGreaterThan(0);
  });
});

describe("a crowd inside a prepositional phrase is no object to ask 'What crowd did ...?'", () => {
  it("'in front of a crowd of 21,300' and 'sent most of the crowd of 21,300 home happy' are completed, not asked", () => {
    for (const clause of ["Tema beat Ashvale Rovers 2-1 in front of a crowd of 21,300 at the Marlow Arena on Saturday.", "Winger Kwame Okafor scored in the 88th minute and sent most of the crowd of 21,300 home happy."]) {
      const items = generateArticleItems(article(`Tema Athletic won on Saturday in the Northern League. ${clause}`, "Tema beat Ashvale")).filter((i) => i.answer === "21,300");
      expect(items.filter((i) => /What crowd/.test(i.prompt))).toEqual([]);
    }
  });

  it("a crowd the verb takes is still asked", () => {
    const items = generateArticleItems(article("Tema Athletic beat Ashvale Rovers 2-1 on Saturday. The match drew a crowd of 21,300.", "Tema beat Ashvale"));
    expect(items.some((i) => i.answer === "21,300" && /What crowd did the match\b[^?]*draw\?/.test(i.prompt))).toBe(true);
  });
});
