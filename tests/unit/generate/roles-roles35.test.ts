import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";

// People named by a role of a named body that had no item (roles35). Invented sentences.
const at = new Date(Date.UTC(2026, 10, 7));
const people = (s: string) => findEntitySpans(s, { publishedAt: at }).filter((e) => e.kind === "person").map((e) => ({ name: e.name, question: e.question }));

describe("a role after the name whose body is written by its possessive and reaches a named region", () => {
  it("reads the region into the role", () => {
    expect(people("“Roads come first,” said Ilse Marten, Borvik Aid’s country director for East Timor, who lives in Dili.")).toContainEqual({ name: "Ilse Marten", question: "Who is Borvik Aid’s country director for East Timor?" });
  });
  it("asks no role many people hold, whatever region it reaches", () => {
    expect(people("“Roads come first,” said Ilse Marten, Borvik Aid’s researcher for East Timor.").every((p) => p.question === null)).toBe(true);
  });
  it("keeps two bodies' holders of the same role apart", () => {
    const found = people("Ilse Marten, Borvik Aid’s country director for East Timor, met Joao Sarmento, Tarvel Relief’s country director for East Timor.");
    expect(found).toContainEqual({ name: "Ilse Marten", question: "Who is Borvik Aid’s country director for East Timor?" });
    expect(found).toContainEqual({ name: "Joao Sarmento", question: "Who is Tarvel Relief’s country director for East Timor?" });
  });
});

describe("a rank before the name is no part of it", () => {
  it("drops Captain or Colonel between the office and the name", () => {
    expect(people("The Director of the Harbour Office, Captain Lena Fiskvik, said the limits would stay.").map((p) => p.name)).toEqual(["Lena Fiskvik"]);
    expect(people("The commander of the Tarvel Garrison, Colonel Ivo Brandt, said the base would close.").map((p) => p.name)).toEqual(["Ivo Brandt"]);
  });
});

describe("a kin after the name is no office, and yields to the office before it", () => {
  it("reads the office before the name", () => {
    const found = findEntitySpans("“We bought the farm,” said chief executive Ana Lund, the founder’s granddaughter, who has run the firm since 2019.", { publishedAt: at }).filter((e) => e.kind === "person");
    expect(found.map((e) => [e.name, e.descriptor])).toEqual([["Ana Lund", "chief executive"]]);
  });
  it("asks no kin as a body's role", () => {
    expect(people("Tomas Berg, the mayor’s son, opened the shop on Friday.")).toEqual([]);
    // (the near miss: a real office after the name, with a possessive owner)
    expect(people("Tomas Berg, the council’s treasurer, opened the shop on Friday.").map((p) => p.name)).toEqual(["Tomas Berg"]);
  });
});

describe("an office asked with a body's letters needs no subject from its sentence", () => {
  it("is asked though a quotation's It leaves the sentence unplaced", () => {
    const body = "The Borvik Financial Authority (BFA) fined a payments firm €200,000 on Monday. “Rules are not paperwork. It is the promise that money is safe,” said Lena Fiskvik, the BFA's chief officer for supervision. The firm has 30 days to appeal.";
    const items = generateArticleItems({ slug: "a", title: "Borvik regulator fines payments firm", source: "Daily Wire", publishedAt: at, body }).filter((i) => i.answer === "Lena Fiskvik");
    expect(items.some((i) => i.type !== "truefalse" && i.type !== "cloze" && /Who was the BFA’s chief officer for supervision in November 2026\?$/.test(i.prompt))).toBe(true);
  }, 60_000);
  it("asks no office whose owner is a described body", () => {
    const body = "A payments firm was fined €200,000 on Monday. “Rules are not paperwork. It is the promise that money is safe,” said Lena Fiskvik, the regulator's chief officer for supervision. The firm has 30 days to appeal.";
    const items = generateArticleItems({ slug: "a", title: "Regulator fines payments firm", source: "Daily Wire", publishedAt: at, body }).filter((i) => i.answer === "Lena Fiskvik");
    expect(items.filter((i) => i.type !== "truefalse" && i.type !== "cloze" && /regulator/.test(i.prompt))).toEqual([]);
  }, 60_000);
});

describe("a role owned by a plural name's possessive ('Borvik Ferries’ chief executive, X,')", () => {
  it("asks a body's one office by its owner", () => {
    expect(people("Borvik Ferries’ chief executive, Lena Fiskvik, said fares would rise.")).toContainEqual({ name: "Lena Fiskvik", question: "Who is Borvik Ferries’ chief executive?" });
    expect(people("Tarvel Mills' managing director, Ms. Ana Lund, welcomed the decision.")).toContainEqual({ name: "Ana Lund", question: "Who is Tarvel Mills’ managing director?" });
  });
  it("asks no role many hold, nor a country's office it cannot date with its 'the'", () => {
    expect(people("Borvik Ferries’ engineer, Lena Fiskvik, said fares would rise.").every((p) => p.question === null)).toBe(true);
    expect(people("The United Arab Emirates' minister of energy, Khalid Nasser, signed the deal.").every((p) => p.question === null)).toBe(true);
  });
});
