import { describe, expect, it } from "vitest";
import { itsOwner } from "@/lib/generate/its-owner";

// Review 29 finding 12: the name is now read with startsWith and module-level sticky patterns instead of a pattern
// compiled per call. These pin each reading, with "The" before the name and without, and the near miss beside it.
describe("itsOwner reads the name that opens the sentence before", () => {
  it("refuses a name cut at its particle, with or without 'The'", () => {
    expect(itsOwner("The Union des Pêcheurs Côtiers asked for a hearing.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Union des Pêcheurs Côtiers asked for a hearing.", "Marlow Foods")).toEqual({ refused: true });
    // Near miss: a particle followed by a lower-case word is no name going on.
    expect(itsOwner("The Fishers Union de facto ran the port.", "Marlow Foods")).toEqual({ owner: "The Fishers Union" });
  });
  it("takes a body named by its letters when a lower-case word follows", () => {
    expect(itsOwner("The KTWU welcomed the ruling.", "Marlow Foods")).toEqual({ owner: "KTWU" });
    expect(itsOwner("KTWU welcomed the ruling.", "Marlow Foods")).toEqual({ owner: "KTWU" });
    // Near miss: the story's company's own letters are the company.
    expect(itsOwner("MF welcomed the ruling.", "MF Foods")).toEqual({ owner: "MF Foods" });
  });
  it("writes a long body by the abbreviation after it, and refuses it without one", () => {
    expect(itsOwner("The Council of Hill Farmers of the North (CHFN) said the plan was late.", "Marlow Foods")).toEqual({ owner: "CHFN" });
    expect(itsOwner("The Council of Hill Farmers of the North said the plan was late.", "Marlow Foods")).toEqual({ refused: true });
    expect(itsOwner("Valley Farmers Council said the plan was late.", "Marlow Foods")).toEqual({ owner: "Valley Farmers Council" });
  });
  it("takes a country the sentence before opens with, not one inside 'The ...'", () => {
    expect(itsOwner("Ghana has moved faster than most.", "Marlow Foods")).toEqual({ owner: "Ghana" });
    expect(itsOwner("Ghana, by contrast, waited.", "Marlow Foods")).toEqual({ owner: "Marlow Foods" });
  });
});
