import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generate/extract-facts";
import { officesNamedIn } from "@/lib/generate/find-entity-facts";

// Review 18, finding 5: in "Finnish trade minister visits Bengaluru", a story mostly about India, a bare "Trade
// Minister Aino Lehtola" was asked as "the Indian trade minister" (a wrong answer). The title's demonym says whose the
// office is. Articles written for the test.
const at = new Date(Date.UTC(2026, 2, 10));
const BODY =
  "Trade Minister Aino Lehtola said India was a partner Finland could not ignore. Commerce Minister Piyush Rao said India would send a delegation to Helsinki in May. " +
  "Indian officials said India and Finland would sign a tax treaty. India wants the deal by 2027, India's commerce ministry said. Indian airlines have asked for a direct flight since 2019.";
const people = (title: string) => extractFacts({ slug: "a", title, source: "Test Wire", publishedAt: at, body: BODY }).filter((f) => f.kind === "person");
const nationalityOf = (title: string, name: string) => people(title).find((f) => f.answer === name && f.measure.includes("minister"))?.nationality;

describe("a national office's country from the title's demonym", () => {
  it("reads the offices a title names with a nationality", () => {
    expect([...officesNamedIn("Finnish Trade Minister Visits Bengaluru")]).toEqual([["trade minister", "Finnish"]]);
    expect([...officesNamedIn("Trade minister visits Bengaluru")]).toEqual([]);
  });

  it("the office the title names is of the title's country, not the story's", () => {
    const title = "Finnish trade minister visits Bengaluru to court Indian software firms";
    expect(nationalityOf(title, "Aino Lehtola")).toBe("Finnish");
    expect(people(title).map((f) => f.question ?? "").join(" ")).not.toMatch(/Indian trade minister/);
  });

  it("near miss: another office in the same story is no visitor's, and (a visit) no sure host's either", () => {
    // (Review 35b finding 4: a title naming another country's party makes the story possibly a visit, and a bare office
    // then takes no country; a dropped item is no wrong country.)
    expect(nationalityOf("Finnish trade minister visits Bengaluru to court Indian software firms", "Piyush Rao") ?? null).toBeNull();
  });
});
