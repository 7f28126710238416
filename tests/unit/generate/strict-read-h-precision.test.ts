import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";

// Rules from the strict read H1 of batch 2026-11h (tests/fixtures/gold/blind-2026-11h/strict-read-h1-e6227be.md),
// each tested on invented sentences.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const article = (title: string, body: string): ArticleInput => ({ slug: "t", title, source: "Test", publishedAt: PUBLISHED, body });
const itemsOf = (title: string, body: string) => generateItems([article(title, body)]);
const answers = (title: string, body: string) => itemsOf(title, body).map((i) => i.answer);

describe("strict read H1: what is not worth a card", () => {
  // "How many balls did Blessing Chari have?": an innings told in balls, fours and sixes is play, not the result.
  it("asks no balls faced, fours or sixes in a cricket report", () => {
    const body =
      "DUNMORE — Dunmore beat Kelso by 20 runs in the third one-day match on Saturday to win the series 2-1.\n\nThe opener Tom Varga scored 88 from 64 balls, with nine fours and two sixes, before he was caught at long-on.\n\nKelso captain Ivo Marsh took three wickets, and the league's leading spinner conceded only 31 runs in his ten overs.\n\nThe coach praised the fielding, and the season ends next week with the final at Lorne Park.";
    const got = answers("Dunmore beat Kelso by 20 runs to win the series", body);
    expect(got).not.toContain("64");
    expect(got).not.toContain("nine");
    expect(got).not.toContain("two");
    // The result stays.
    expect(got).toContain("20");
  });
});
