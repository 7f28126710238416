import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { nameCutAtTitle } from "@/lib/generate/name-cut-at-title";

const fact = (answer: string, sentence: string, kind: "person" | "place" | "count" = "person") => ({ kind, answer, sentence, span: null });

describe("a 'person' followed by a bare number is a league's name cut short (round 6 brief: 'Ligue Professionnelle')", () => {
  it("'Harbour Premier' of 'the Harbour Premier 2' is no one's name; a score or a share after a name is", () => {
    expect(nameCutAtTitle(fact("Harbour Premier", "Rovers moved top of the Harbour Premier 2 after nine rounds."))).toBe(true);
    expect(nameCutAtTitle(fact("Anna Holt", "Rovers beat a side coached by Anna Holt 2-1 on Saturday."))).toBe(false);
    expect(nameCutAtTitle(fact("Anna Holt", "Shares held by Anna Holt 12% of the firm."))).toBe(false);
    expect(nameCutAtTitle(fact("Anna Holt", "The prize went to Anna Holt in 2025."))).toBe(false);
  });
});

describe("a name cut at a title's full stop is no answer", () => {
  it("'Marcus St' of 'Marcus St. Rose said' goes on past the full stop", () => {
    expect(nameCutAtTitle(fact("Marcus St", "The regulator's director, Marcus St. Rose, said the guide would follow."))).toBe(true);
    expect(nameCutAtTitle(fact("Port St", "Ships call at Port St. Lucie twice a week.", "place"))).toBe(true);
  });

  it("a whole name, a title that ends the sentence, or a figure is kept", () => {
    expect(nameCutAtTitle(fact("Marcus St. Rose", "The regulator's director, Marcus St. Rose, said so."))).toBe(false);
    expect(nameCutAtTitle(fact("Anna Holt", "Anna Holt said the plant would open. Mr. Dean agreed."))).toBe(false);
    expect(nameCutAtTitle(fact("Sammy Davis Jr", "The prize went to Sammy Davis Jr."))).toBe(false);
    expect(nameCutAtTitle(fact("St", "St. Ann's had 40 beds.", "count"))).toBe(false);
  });

  it("no item of an article keys a name cut at 'St.'", () => {
    const body = "The executive director of the Energy Commission, Marcus St. Rose, said the Commission would publish a customer guide by Dec. 15.";
    const items = generateArticleItems({ slug: "t", title: "Regulator sets solar credits", source: "Wire", publishedAt: new Date("2026-11-18"), body });
    expect(items.filter((i) => /\bSt$/.test(i.answer) || /Marcus St\b(?!\.)/.test(i.answer))).toEqual([]);
  });
});
