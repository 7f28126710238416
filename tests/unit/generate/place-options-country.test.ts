import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/generate/extract-facts";
import { buildPool, layerPools, pickDistractors } from "@/lib/generate/pick-distractors";

// Review 18, finding 4: another article's place of another country ("Graz" for a story about Brazil, "Vietnam-Russia"
// anywhere) made a place's options trivial. Articles written for the test.
const at = new Date(Date.UTC(2026, 2, 10));
const facts = (slug: string, body: string) => extractFacts({ slug, title: "Rail report", source: "Test Wire", publishedAt: at, body });

const BRAZIL = facts(
  "brazil",
  "Brazil opened a rail link to the city of Campinas on Monday. The line also stops in the city of Sorocaba. Brazil plans a second line to the city of Curitiba, Brazil's transport ministry said. Brazilian farmers welcomed the plan, and Brazil's exporters did too.",
);
const AUSTRIA = facts(
  "austria",
  "Austria opened a tram line in the city of Graz on Monday. Austria plans a second line in the city of Linz, Austria's transport ministry said. Austrian riders welcomed the plan, and Austria's unions did too.",
);
const BRAZIL_TOO = facts(
  "brazil-2",
  "Brazil opened a port in the city of Recife on Monday. Brazil plans a second port in the city of Belem, Brazil's ports agency said. Brazilian shippers welcomed the plan, and Brazil's farmers did too.",
);

const optionsFor = (answer: string, library: ReturnType<typeof facts>) => {
  const fact = BRAZIL.find((f) => f.kind === "place" && f.answer === answer);
  if (!fact) throw new Error(`no fact ${answer}`);
  return pickDistractors(fact, layerPools(buildPool(BRAZIL), buildPool(library)), fact.sentence, "k", 3);
};

describe("a place's options from elsewhere share its country", () => {
  it("the places are read with the country of their story", () => {
    expect(BRAZIL.find((f) => f.answer === "Curitiba")?.country).toBe("Brazilian");
    expect(AUSTRIA.find((f) => f.answer === "Graz")?.country).toBe("Austrian");
  });

  it("no Austrian city stands in for a Brazilian one", () => {
    expect(optionsFor("Curitiba", AUSTRIA)).not.toContain("Graz");
    expect(optionsFor("Curitiba", AUSTRIA)).not.toContain("Linz");
  });

  it("the article's own places come first", () => {
    expect(optionsFor("Curitiba", AUSTRIA)).toEqual(expect.arrayContaining(["Campinas", "Sorocaba"]));
  });

  it("near miss: a city of another story about the same country does", () => {
    expect(optionsFor("Curitiba", BRAZIL_TOO).some((o) => o === "Recife" || o === "Belem")).toBe(true);
  });
});

// Review 29 finding 9: every city of a story took the story's main country, so a Brazilian story's "Graz" became a
// Brazilian city, lent as an option beside Brazilian ones. Written for the test.
describe("a place takes the story's country only when its sentence speaks of no other", () => {
  const TRIP = facts(
    "brazil-trip",
    "Brazil opened a rail link to the city of Campinas on Monday. Brazil's rail agency ordered the trains from a plant in the city of Graz, Austria. Brazil plans a second line to the city of Curitiba, Brazil's transport ministry said. An Austrian delegation will visit the city of Linz next year. Brazilian farmers near the city of Santos welcomed the plan, and Brazil's exporters did too.",
  );
  const countryOf = (answer: string) => TRIP.find((f) => f.kind === "place" && f.answer === answer)?.country;
  it("leaves a place in a sentence naming another country or people unplaced", () => {
    expect(countryOf("Graz")).toBeNull();
    expect(countryOf("Linz")).toBeNull();
  });

  it("near miss: a place in a sentence naming only the story's country, or its people, is that country's", () => {
    expect(countryOf("Curitiba")).toBe("Brazilian");
    expect(countryOf("Santos")).toBe("Brazilian");
    expect(countryOf("Campinas")).toBe("Brazilian");
  });
});
