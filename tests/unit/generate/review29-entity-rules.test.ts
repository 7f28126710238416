import { describe, expect, it } from "vitest";
import { matchEntityRules } from "@/lib/generate/entity-rules";
import { findLedePerson } from "@/lib/generate/lede-person";
import { officesHeldTwice } from "@/lib/generate/find-entity-facts";

const found = (sentence: string) => matchEntityRules(sentence).map((m) => [m.name, m.noun]);

// Review 29 of round 29's rules: each could give a wrong answer.
describe("another name of a proper name", () => {
  it("stands in commas after the whole name, never after the verb 'called'", () => {
    expect(found("Finance Minister Ana Ruiz called Tarvel Energy, which owns the plant, on Monday.")).not.toContainEqual(["Tarvel Energy", "other name of Finance Minister Ana Ruiz"]);
    expect(found("Finance Minister Ana Ruiz called Tarvel Energy, which owns the plant, on Monday.").some(([, noun]) => /^other name of/.test(noun ?? ""))).toBe(false);
    expect(found("Students at the University of the West Indies, known as UWI, pay no fees.").some(([, noun]) => noun === "other name of the West Indies")).toBe(false);
    expect(found("Freight moves along the Trans-Caspian International Transport Route, known as the Middle Corridor, since 2022.")).toContainEqual(["Middle Corridor", "other name of the Trans-Caspian International Transport Route"]);
  });
});

describe("a side's coach", () => {
  it("is read from 'coached by' only, and never from the end of a longer name", () => {
    expect(found("The Riverside Hotel, managed by Ana Ruiz, reopened in May.").some(([, noun]) => /^coach of/.test(noun ?? ""))).toBe(false);
    expect(found("Deportivo Vardia de Lima, coached by Raúl Vela, won.").some(([, noun]) => noun === "coach of Lima")).toBe(false);
    expect(found("St Aldo's, coached by the Spaniard Raúl Vela, grew into the game.")).toContainEqual(["Raúl Vela", "coach of St Aldo's"]);
  });
});

describe("a statement's sign-off", () => {
  it("never moves a surname into the office", () => {
    expect(found("Dr. Amina Njeri Wekesa Governor and Chairman, Monetary Policy Committee").some(([name]) => name === "Amina Njeri")).toBe(false);
    expect(found("Dr. Amina Wekesa Governor and Chairman, Monetary Policy Committee")).toContainEqual(["Amina Wekesa", "Governor and Chairman"]);
    expect(found("Issued by: Mr Joel Banda Public Relations Manager ELECTORAL COMMISSION OF MALAWI")).toContainEqual(["Joel Banda", "Public Relations Manager"]);
  });
});

describe("the person a visit story's lede names by role", () => {
  const published = new Date(Date.UTC(2026, 10, 4));
  it("is not the host who meets the visitor, nor one of two people titled alike", () => {
    const host = ["Poland's trade minister arrived in Kyiv on Monday.", "Trade Minister Olena Kovalenko met him at the station."];
    expect(findLedePerson("Polish trade minister visits Kyiv", host, published)).toBeNull();
    const two = ["Poland's trade minister arrived in Kyiv on Monday.", "Trade Minister Olena Kovalenko spoke first.", "Trade Minister Piotr Nowak said the deals would double trade."];
    expect(findLedePerson("Polish trade minister visits Kyiv", two, published)).toBeNull();
    const one = ["Poland's trade minister arrived in Kyiv on Monday.", "Trade Minister Piotr Nowak said the deals would double trade."];
    expect(findLedePerson("Polish trade minister visits Kyiv", one, published)?.name).toBe("Piotr Nowak");
  });
});

describe("a bare national office two people hold", () => {
  it("is counted once per office, a nationality before it left off", () => {
    expect(officesHeldTwice("Trade Minister Olena Kovalenko met him. Polish Trade Minister Piotr Nowak said so.")).toEqual(new Set(["trade minister"]));
    expect(officesHeldTwice("Trade Minister Olena Kovalenko met him. Trade Minister Olena Kovalenko said so. President Ana Ruiz spoke.")).toEqual(new Set());
  });
});
