import { describe, expect, it } from "vitest";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";
import { findNameChunks } from "@/lib/generate/find-name-chunks";

// Names that hold lower-case joining words or "&", taken whole with bounds (names7). Invented sentences.
const chunks = (s: string) => findNameChunks(s).map((c) => `${c.name}|${c.kind}|${c.noun}`);

describe("names with joining words", () => {
  it("takes a firm whose name '&' joins whole, asked as what the text calls it", () => {
    expect(chunks("The hall was designed by the Tarvel architecture studio Orrin & Velasc, which used local stone.")).toContain("Orrin & Velasc|organisation|studio");
    expect(chunks("Its municipally owned utility, Vardel Energi & Vandvirke (VEV), has spent a decade on pipes.")).toContain("Vardel Energi & Vandvirke|organisation|utility");
  });

  it("asks a country '&' joins as a country, and two people or a common noun before '&' as no firm (mend15)", () => {
    expect(chunks("Trinidad & Tobago ordered 2 million of the coins in October.")).toEqual(["Trinidad & Tobago|place|country"]);
    expect(chunks("Bosnia & Herzegovina ordered the coins.")).toEqual(["Bosnia & Herzegovina|place|country"]);
    expect(chunks("Ana Smith & Ben Jones signed the lease in March.").some((c) => c.includes("organisation"))).toBe(false);
    expect(chunks("Lawyers Smith & Jones said the fee was fair.").some((c) => c.startsWith("Lawyers"))).toBe(false);
    // (A one-word side is a partner's name in a firm's, given name or not.)
    expect(chunks("The drug maker Johnson & Johnson said so.")).toContain("Johnson & Johnson|organisation|company");
  });

  it("takes a body whose head opens the name before 'for', and keeps its 'and'", () => {
    expect(chunks("according to figures compiled by the Office for Coastal Planning and Harbours, often late.")).toContain("Office for Coastal Planning and Harbours|organisation|office");
  });

  it("cuts a people's name before a body's opening head", () => {
    expect(chunks("The study follows the Greek Ministry of Fisheries and Water, which set a quota.")).toContain("Ministry of Fisheries and Water|organisation|ministry");
  });

  it("keeps two names that 'and' joins apart", () => {
    expect(chunks("Spain and Portugal signed the accord.")).toEqual(["Spain|place|country", "Portugal|place|country"]);
    expect(chunks("Ana Costa and Maria Lenz said the vote was close.").some((c) => c.startsWith("Ana Costa and"))).toBe(false);
  });

  it("takes a person's name with its particles", () => {
    expect(chunks("Councillor Pieter Van den Brocke of the liberal group backed the plan.")).toContain("Pieter Van den Brocke|person|");
    expect(chunks("She was met by Minister Karim al-Tarhouni, his counterpart, before talks.")).toContain("Karim al-Tarhouni|person|");
  });

  it("takes a place whose words a Romance 'de' joins, after a preposition of place or located in one", () => {
    expect(chunks("Bidding reopened for a block at the smaller Salar de Vantora in Oruro.")).toContain("Salar de Vantora|place|place");
    expect(chunks("The crew drove up to the Pico de los Almendros Observatory, whose dome is new.")).toContain("Pico de los Almendros Observatory|organisation|observatory");
    // ("on Monday": a weekday after "on" is no part of the place.)
    expect(chunks("She flew to Santa Vera de Tolmo on Monday.").some((c) => c.includes("Monday"))).toBe(false);
    // (Every lower-case word is a Romance joining word, and a building or a body is no place: mend15.)
    expect(chunks("Officials of the Casa de la Moneda in Lima said so.").some((c) => c.includes("Casa") && c.includes("place"))).toBe(false);
    expect(chunks("Fans of Rayo de la Villa in Madrid cheered.").some((c) => c.startsWith("Fans"))).toBe(false);
    expect(chunks("They met at the Hotel de la Paix in Geneva.").some((c) => c.startsWith("Hotel") && c.includes("place"))).toBe(false);
    expect(chunks("The Ordem dos Advogados in Lisbon objected.").some((c) => c.startsWith("Ordem") && c.includes("place"))).toBe(false);
    // (A given name opens a person's.)
    expect(chunks("He met Ana de Souza in Lisbon.")).toContain("Ana de Souza|person|");
  });

  it("keeps a titled person's particles whole in the entity reader", () => {
    const people = (s: string) => findEntitySpans(s, { publishedAt: new Date("2026-11-01") }).filter((e) => e.kind === "person").map((e) => e.name);
    expect(people("Councillor Pieter Van den Brocke of the liberal group backed the plan.")).toContain("Pieter Van den Brocke");
    expect(people("The minister was met by Transport Minister Karim al-Tarhouni, his counterpart, before talks.")).toContain("Karim al-Tarhouni");
  });
});
