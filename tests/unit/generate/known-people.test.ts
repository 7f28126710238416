import { describe, expect, it } from "vitest";
import { addKnownPerson, newKnownPeople, peopleEndingLike, peopleMaybeIn } from "@/lib/generate/known-people";
import { peopleNamedIn, personSubjectOf } from "@/lib/generate/resolve-subject-pronoun";

// Invented names of every shape a last word takes: plain, hyphenated, accented, with an apostrophe, no ASCII letter.
const PEOPLE = ["Tomas Berg", "Ana Ruiz-Ortega", "Lucía Núñez", "Sean O'Rourke", "Øy Åå", "Berg", "Ivo Marn", "Tomas Bergen", "Kai Ito Jr."];
const TEXTS = [
  "Berg scored twice in Bergen.",
  "Ruiz-Ortega and Núñez met O'Rourke.",
  "Åå and Ivo Marn spoke; Jr. was absent.",
  "The Ruiz family sold the Ortega farm.",
  "Nobody here.",
  "Marn’s goal came before Berg's.",
  "",
];

describe("known people, looked up by a sentence's words", () => {
  const known = newKnownPeople();
  for (const p of [...PEOPLE, "Tomas Berg"]) addKnownPerson(known, p);

  it("keeps each person once, in the order first added", () => {
    expect(known.all).toEqual(PEOPLE);
  });

  // Regression (speed3): the index must find whoever the scan of every person found, in the same order.
  it("names the same people as a scan of the whole list", () => {
    for (const text of TEXTS) {
      expect(peopleNamedIn(text, known), text).toEqual(peopleNamedIn(text, PEOPLE));
      expect(personSubjectOf(text, known), text).toBe(personSubjectOf(text, PEOPLE));
    }
  });

  it("lists everyone a text may name as a whole word, and no one whose words it lacks", () => {
    expect(peopleMaybeIn(known, "Berg scored twice in Bergen.")).toEqual(["Tomas Berg", "Øy Åå", "Berg", "Tomas Bergen"]);
    expect(peopleMaybeIn(known, "Nobody here.")).toEqual(["Øy Åå"]);
  });

  it("finds by last word whoever is the name or ends with it", () => {
    for (const name of ["Berg", "Tomas Berg", "Ruiz-Ortega", "Marn", "Jr.", "Bergen", "Smith"]) {
      const scan = PEOPLE.filter((p) => p === name || p.endsWith(` ${name}`));
      expect(peopleEndingLike(known, name).filter((p) => p === name || p.endsWith(` ${name}`)), name).toEqual(scan);
    }
  });
});
