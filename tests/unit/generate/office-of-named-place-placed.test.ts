import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

// Lane who94 (session 39): "The plant was opened by the governor of Neuquén, Marcelo Antiñir, ..." is placed only by
// the item's header ("The plant"), so every question of the sentence was withdrawn and the governor got only a cloze.
// An office of a named place or body, asked with its date, says whose it is by its "of" and needs no subject: it is
// kept. Offices with many holders, "a" roles and unnamed owners are still not asked. Invented names.
const at = new Date(Date.UTC(2026, 10, 11));
const lede =
  "**Tarvel, 11 November 2026** — Orlin Frutas S.A., an exporter of pears from the Vardia valley, today opened a packing plant on the northern edge of Tarvel. The plant can pack up to 60,000 tonnes of fruit a season.";
const questionsFor = (second: string, answer: string, more = "") =>
  generateArticleItems({ slug: "a", title: "Orlin Frutas opens pear packing plant in Tarvel", source: "Orlin Frutas communications office", publishedAt: at, body: `${lede}\n\n${second} Around 400 growers attended the ceremony.\n\n${more}` })
    .filter((i) => i.answer === answer && (i.type === "choice" || i.type === "typed"))
    .map((i) => i.prompt.replace(/^\(.*?\)\s*/, ""));

describe("an office of a named place, in a sentence placed only by the header", () => {
  const opened = "The plant was opened by the governor of Vardia, Marcelo Antuna, together with the company's president, Mariela Quesada, and the mayor of Tarvel, Esteban Lorca.";
  it("asks the governor and the mayor by their office and date", () => {
    expect(questionsFor(opened, "Marcelo Antuna")).toContain("Who was the governor of Vardia in November 2026?");
    expect(questionsFor(opened, "Esteban Lorca")).toContain("Who was the mayor of Tarvel in November 2026?");
  });
  it("near miss: the company's president, whose company the office does not name, is not asked by it", () => {
    expect(questionsFor(opened, "Mariela Quesada").filter((p) => /^Who\b/.test(p))).toEqual([]);
  });
  it("near miss: an office with many holders ('the agronomist of the Soil Institute') or an 'a' role is not asked", () => {
    expect(questionsFor("The plant was opened by the agronomist of the Vardia Soil Institute, Ana Ruizo, and the growers.", "Ana Ruizo").filter((p) => /^Who\b/.test(p))).toEqual([]);
    expect(questionsFor("The plant was opened by a researcher at the University of Vardia, Ana Ruizo, and the growers.", "Ana Ruizo").filter((p) => /^Who\b/.test(p))).toEqual([]);
  });
  it("near miss: a deputy's office, of which a province often has several, is not asked from such a sentence", () => {
    expect(questionsFor("The plant was opened by the Vice Governor of Vardia Province, Ana Ruizo, and the growers.", "Ana Ruizo").filter((p) => /Vice Governor/.test(p))).toEqual([]);
  });
  it("near miss: an office that names a department, not a country ('the Minister of Trade'), is not asked from such a sentence", () => {
    expect(questionsFor("The plant was opened by the Minister of Trade and Industry, Ana Ruizo, and the growers.", "Ana Ruizo").filter((p) => /Minister of Trade/.test(p))).toEqual([]);
  });
  it("near miss: two holders of one office in the article, neither is asked by it", () => {
    const later = "The plant was later visited by the mayor of Tarvel, Ana Ruizo, who took office in October.";
    expect(questionsFor(opened, "Esteban Lorca", later).filter((p) => /mayor of Tarvel/.test(p))).toEqual([]);
    expect(questionsFor(opened, "Ana Ruizo", later).filter((p) => /mayor of Tarvel/.test(p))).toEqual([]);
  });

  const sole = (role: string) => questionsFor(`The plant was opened by the ${role}, Ana Ruizo, and the growers.`, "Ana Ruizo").filter((p) => /^Who\b/.test(p));
  it("keeps a sole office of a named place: the governor, the mayor", () => {
    expect(sole("governor of Vardia")).toContain("Who was the governor of Vardia in November 2026?");
    expect(sole("mayor of Tarvel")).toContain("Who was the mayor of Tarvel in November 2026?");
  });
  it("near miss: a seat or post held side by side (senator, councillor, ambassador, judge, spokesperson) is not asked as if sole", () => {
    for (const role of ["senator of Vardia", "councillor of Tarvel", "ambassador of Vardia", "judge of the Vardia High Court", "spokesperson of the Vardia Ministry"]) expect(sole(role), role).toEqual([]);
  });
  it("near miss: a department named in lower case ('the minister of Agriculture') is as countryless as in capitals", () => {
    expect(sole("minister of Agriculture").filter((p) => /^Who was the minister of Agriculture\b/.test(p))).toEqual([]);
  });
  it("keeps the undated 'Who is X’s …' office too, but not a deputy's", () => {
    expect(questionsFor("The plant was opened by Goa’s industries minister, Ana Ruizo, and the growers.", "Ana Ruizo")).toContain("Who is Goa’s industries minister?");
    expect(questionsFor("The plant was opened by Goa’s deputy industries minister, Ana Ruizo, and the growers.", "Ana Ruizo").filter((p) => /^Who\b/.test(p))).toEqual([]);
  });
});
