import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { garbledQuestion } from "@/lib/generate/garbled-question";

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

  // "How many balls did Blessing Chari have in the Scorecard?", "Which country had 70 points in the Scorecard?": a
  // scorecard table's rows are play, and a captain marked "(capt.)" is still a row's name.
  it("asks nothing from a match report's scorecard table", () => {
    const body = [
      "DUNMORE — Dunmore beat Kelso by 20 runs in the third match on Saturday to win the series 2-1, with the coach praising the fielding and the season ending next week.",
      "",
      "### Scorecard",
      "",
      "| Dunmore batting | Runs | Balls |",
      "|---|---|---|",
      "| Tom Varga | 88 | 64 |",
      "| Ivo Marsh (capt.) | 41 | 38 |",
      "| Total (6 wkts, 50 overs) | 270 | |",
      "",
      "| Kelso bowling | Overs | Runs | Wickets |",
      "|---|---|---|---|",
      "| Ben Ahl | 10 | 31 | 3 |",
      "| Ole Rask (capt.) | 8 | 52 | 1 |",
    ].join("\n");
    const prompts = itemsOf("Dunmore beat Kelso by 20 runs to win the series", body).map((i) => i.prompt);
    expect(prompts.filter((p) => /Scorecard/.test(p))).toEqual([]);
  });

  // "a rise of roughly half a metre along this coast by _____" (2100), "earned about a fifth of its export revenue in
  // _____" (2025): the horizon of a projection and the year of a share in words label the figure, which is the fact.
  it("blanks no projection horizon or year of a share written in words", () => {
    const body =
      "VELMAR — The coast of Velmar is losing land to the sea, a new report says.\n\nThe national weather office projects a rise in sea level of roughly 40 centimetres along the coast by 2100 under moderate emissions.\n\nCocoa earned about a third of the country's export revenue in 2024, most of it from the eastern districts.\n\nRice imports were worth two-thirds of the food bill in 2023.";
    const got = answers("Velmar coast faces rising sea", body);
    expect(got.filter((a) => /^(?:2100|2024|2023)$/.test(a))).toEqual([]);
    // The figures themselves stay.
    expect(got).toContain("40 centimetres");
    expect(got).toContain("about a third");
  });

  it("keeps the year of a target someone set", () => {
    const body = "VELMAR — The government of Velmar unveiled its export plan on Monday.\n\nThe trade minister said exports of cocoa would triple to $3 billion a year by 2030, and the plan names 12 new markets.";
    expect(answers("Velmar unveils export plan", body)).toContain("2030");
  });
});

describe("strict read H1: garbled fragments", () => {
  // "_____ for crew training, spares and the first two years of maintenance": a cost line copied from a list as a
  // sentence with no verb, which does not say what the sum is part of (#44).
  it("makes no card of a verbless list line that starts with its figure", () => {
    const body =
      "VELMAR — Velmar Ferries has ordered an electric ferry for the Dorsk crossing, the company said on Monday.\n\n## Cost\n\nThe total cost is $90 million, made up of:\n\n- $60 million for the hull and batteries\n- $30 million for crew training, chargers and spares\n\nThe ferry will carry 300 passengers.";
    const prompts = itemsOf("Velmar Ferries orders an electric ferry", body).map((i) => i.prompt);
    expect(prompts.filter((p) => /for the hull|for crew training/.test(p))).toEqual([]);
    expect(prompts.some((p) => /will carry _____ passengers/.test(p))).toBe(true);
  });
});

// (Strict read H1 #18, a subject only the sentence before names, is now weighed by the learned worth of facts,
// fact-worth.ts, whose labels include that read: rankFact's "subject named only before" is one of its features.)

describe("strict read H1: half a name", () => {
  // "the Seychelles Fire and _____" (#40), or "_____ and Rescue Services Agency" asked for "Seychelles Fire" as a person.
  it("blanks no half of a body's name cut at its 'and'", () => {
    const body =
      "DORSK — Dorsk Ferries launched its first electric ferry on Monday.\n\nThe company has also trained 30 firefighters of the Velmar Fire and Rescue Services Agency in handling battery fires, with a second group due in March.";
    const items = itemsOf("Dorsk Ferries launches electric ferry", body);
    expect(items.filter((i) => /_____ and Rescue|Fire and _____/.test(i.prompt))).toEqual([]);
    expect(items.map((i) => i.answer)).not.toContain("Velmar Fire");
  });
});

describe("strict read H1: garbled questions", () => {
  const questionsOf = (title: string, body: string) => itemsOf(title, body).filter((i) => i.type === "choice" || i.type === "typed").map((i) => i.prompt);

  // "From which nature reserve did researchers take cores ..., in the south to the Cedars of God grove ...?" (#50).
  it("asks neither end of a range whose ends carry their own words", () => {
    const body =
      "Velmar's pine forests are drying out faster than at any time in two centuries, a study found.\n\nRangers counted dead trees in nine forests along the Dorsk range, from the Osko Nature Reserve in the south to the Trell valley near Hamm in the north.";
    const prompts = questionsOf("Velmar forests are drying out, study finds", body);
    expect(prompts.filter((p) => /\b(?:From|To) which\b/.test(p))).toEqual([]);
  });

  it("keeps a plain route's question", () => {
    const sentence = "The new ferry sails from Dorsk to Hamm twice a day.";
    const span: [number, number] = [sentence.indexOf("Dorsk"), sentence.indexOf("Dorsk") + 5];
    expect(garbledQuestion("From which port does the new ferry sail to Hamm twice a day?", { sentence, span })).toBeNull();
  });

  // "How many before he was did Nyathi make stumped off the leg-spinner?": a clause's verb left before "did".
  it("withdraws a question with a verb left before do-support", () => {
    const body = "DORSK — Dorsk beat Hamm by five wickets on Sunday.\n\nThe striker Ivo Marsh made 72 before he was stumped off the spinner Ben Ahl.";
    expect(questionsOf("Dorsk beat Hamm", body).filter((p) => /\b(?:was|were|is|are) did\b/.test(p))).toEqual([]);
    expect(garbledQuestion("How many before she was did the opener make caught at slip?")).not.toBeNull();
  });
});

describe("strict read H1: a nationality where the team should be", () => {
  // "Who was the Tunisian coach in November 2026?" (#15): JS Kabylie's coach, asked as if there were one Tunisian coach.
  it("withdraws a who-question that names a side by its nationality", () => {
    expect(garbledQuestion("Who was the Moroccan head coach in March 2027?")).not.toBeNull();
    expect(garbledQuestion("Who was the Kuwaiti investor in March 2027?")).not.toBeNull();
  });

  it("keeps a who-question that names the team or a country's own office", () => {
    expect(garbledQuestion("Who was the Samoa head coach in March 2027?")).toBeNull();
    expect(garbledQuestion("Who was the Hungarian prime minister in March 2027?")).toBeNull();
  });
});
