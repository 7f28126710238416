import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { titleOpeningModifies } from "@/lib/generate/extract-facts";

// Strict read AA1-core: "Santa Catarina shellfish farmer opens ..." made the state the company a later "The company"
// means ("Santa Catarina was founded in 2009 by ..."), and "Silesian heat supplier returns ..." made "Silesian" one.
const items = (title: string, body: string) => generateArticleItems({ slug: "a", title, source: "Wire", publishedAt: new Date(Date.UTC(2026, 10, 1)), body });
const prompts = (title: string, body: string) => items(title, body).map((i) => i.prompt);

describe("a title opening that modifies the noun phrase after it", () => {
  it.each([
    ["Santa Catarina shellfish farmer opens the largest oyster depuration centre", "Santa Catarina"],
    ["Silesian heat supplier returns to profit as pumps pay off", "Silesian"],
    ["Aruban hotel group lifts profit", "Aruban"],
    ["Mindelo tuna canner's profit doubles", "Mindelo"],
    ["Swedish truck maker Volvo lifts profit", "Swedish"],
  ])("%s: %s is no company", (title, opening) => {
    expect(titleOpeningModifies(title, opening)).toBe(true);
  });

  it.each([
    ["Andes Air swings to first-half profit", "Andes Air"],
    ["Mandelvallei Foods third-quarter results", "Mandelvallei Foods"],
    ["Boreal Cycle first-quarter sales rise", "Boreal Cycle"],
    ["Boreal Cycle opens plant in Ohio", "Boreal Cycle"],
    ["Andes Air founder dies", "Andes Air"],
    ["Boreal Cycle hires supplier", "Boreal Cycle"],
    ["Boreal Cycle buys bike maker", "Boreal Cycle"],
    ["Nordvind Energy water heater recall widens", "Nordvind Energy"],
  ])("%s: %s is still the company", (title, opening) => {
    expect(titleOpeningModifies(title, opening)).toBe(false);
  });

  it("a later “The company” is not the place the title opens with", () => {
    const body = "FLORIANÓPOLIS, Brazil — Ostras Marinhas, a shellfish farmer in the Brazilian state of Santa Catarina, opened a depuration centre on Tuesday. The centre can clean 40 tonnes of oysters a day. The company was founded in 2009 by Marta Kowalczyk. It employs 230 people.";
    for (const p of prompts("Santa Catarina shellfish farmer opens the largest oyster depuration centre", body)) expect(p).not.toMatch(/Santa Catarina (?:was )?founded|(?:does|did) Santa Catarina/);
  });

  it("nor the adjective the title opens with", () => {
    const body = "KATOWICE — A district-heating supplier on the Silesian grid returned to a net profit of 41 million zlotys in the third quarter. The company installed 1,200 heat pumps last year. The company was founded in 1994 by Jan Nowak.";
    for (const p of prompts("Silesian heat supplier returns to profit as pumps pay off", body)) expect(p).not.toMatch(/(?:did|does|was) Silesian\b/);
  });

  // Review 31 finding 3: "merger" (no lexicon entry) was read as a trade's doer, and "The company" became the lede's
  // other company.
  it("an unknown -er noun after the title's company leaves it the company", () => {
    const body = "SANTIAGO — Andes Air walked away from talks with its pilots on Monday. The company was founded in 1998 by Rodrigo Paz. Andes Air flies to 40 cities.";
    const founded = prompts("Andes Air merger talks collapse", body).filter((p) => /founded/.test(p));
    expect(founded.some((p) => /was Andes Air founded/.test(p))).toBe(true);
    // After a sentence naming another company too, "The company" may be either: it is written as neither (review 35b
    // finding 1), never as the other one.
    const two = "SANTIAGO — Cóndor Holdings Ltd. walked away from talks with Andes Air on Monday. The company was founded in 1998 by Rodrigo Paz. Andes Air flies to 40 cities.";
    for (const p of prompts("Andes Air merger talks collapse", two).filter((p) => /founded/.test(p))) expect(p).not.toMatch(/Cóndor|was Andes Air founded/);
  });

  // Review 31b finding 5: the doer at the title's opening was read for the table owner only, so a place before a
  // firm's trade noun ("Tolsby papermaker") became the company "The company was founded ..." means.
  it("a place before a firm's trade noun is no company", () => {
    const body = "Norrbruk AB lifted profit by 12% in the third quarter. Tolsby's mill employs 400. The company was founded in 1902.";
    const founded = prompts("Tolsby papermaker posts record third quarter", body).filter((p) => /founded/.test(p));
    expect(founded.length).toBeGreaterThan(0);
    for (const p of founded) expect(p).not.toMatch(/was Tolsby founded/);
    expect(titleOpeningModifies("Tolsby papermaker posts record third quarter", "Tolsby")).toBe(true);
    expect(titleOpeningModifies("Uppsala printer posts record quarter", "Uppsala")).toBe(true);
    expect(titleOpeningModifies("Kiruna drug producer cuts jobs", "Kiruna")).toBe(true);
  });

  it("a title that opens with the company and its verb still says who “the airline” is", () => {
    const body = "SANTIAGO — Andes Air swung to a net profit of US$286 million in the first half of the year. The airline carried 21 million passengers in the period. The company was founded in 1987 by Rodrigo Paz. Andes Air flies to 40 cities.";
    expect(prompts("Andes Air swings to first-half profit", body).some((p) => /was Andes Air founded/.test(p))).toBe(true);
  });
});
