import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

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
