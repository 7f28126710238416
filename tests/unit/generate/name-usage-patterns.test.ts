import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAME_ALONE, TWO_NAMES } from "@/lib/generate/find-name-chunks";

// The patterns as first written, testing what comes before a name at every position of the text.
const TWO_NAMES_FIRST = /(?<![\p{L}'’-]|\p{Lu}[\p{L}'’-]*\s)(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)\s(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?![\p{L}'’-]|\s\p{Lu})/gu;
const NAME_ALONE_FIRST = /(?<![\p{L}'’-]|\p{Lu}[\p{L}'’-]*\s)(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)(?![\p{L}-]|\s\p{Lu})/gu;

const matches = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m.slice(1).join("|")}`);

const TEXTS = [
  "Tinashe Mavhunga scored twice. Mavhunga, a 23-year-old, said he was pleased.",
  "The Nordvik Harbour Authority met O'Brien and Jean-Luc Ferrand in Port-Louis; Ferrand spoke first.",
  "McDonald's chief Ana Ruiz-Pérez met Ruiz-Pérez’s deputy, Eetu Pesonen, and Pesonen.",
  "A-Team Bravo Charlie delta Echo Foxtrot. Golf\nHotel India\tJuliet -Kilo 'Lima Mike",
];

describe("the name-usage patterns of peopleByUsage", () => {
  it("find what the patterns as first written found, on invented sentences and the fixture articles", () => {
    const dir = "tests/fixtures/articles";
    const articles = fs.readdirSync(dir).filter((f) => f.endsWith(".md")).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
    for (const text of [...TEXTS, ...articles]) {
      expect(matches(text, TWO_NAMES)).toEqual(matches(text, TWO_NAMES_FIRST));
      expect(matches(text, NAME_ALONE)).toEqual(matches(text, NAME_ALONE_FIRST));
    }
    expect(matches(TEXTS[0] ?? "", TWO_NAMES)).toEqual(["0:Tinashe|Mavhunga"]);
  });
});
