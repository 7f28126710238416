import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { bareInfinitiveClause, garbledQuestion } from "@/lib/generate/garbled-question";
import { pointsBack } from "@/lib/generate/points-back";
import { withoutShownStatements } from "@/lib/generate/cap-items-per-sentence";
import type { QuizItem } from "@/lib/generate/types";

// Defects found by strict read W0 (tests/fixtures/gold/blind-2026-11w/strict-read-w0core-beab3cb.md). Every sentence
// below is written for the test, not taken from a gold batch.
const article = (body: string, title: string, source: string | null = "Lakeside Business Desk") => ({ slug: "a", title, source, publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
const items = (body: string, title: string, source?: string | null) => generateArticleItems(article(body, title, source));
const fromSentence = (all: ReturnType<typeof items>, words: string) => all.filter((i) => i.source.sentence.includes(words));

describe("a numbered point copied as a bare 'To require ...' clause is never stated as true or false (W0 15)", () => {
  it("flags a bare infinitive clause, not a purpose clause before its main clause", () => {
    expect(bareInfinitiveClause("To oblige every ferry of more than 30 metres to carry a second engineer until the end of March 2027.")).toBe(true);
    expect(bareInfinitiveClause("To raise the harbour fee to 400 dollars, in line with the tariff updated by Decree No. 12.")).toBe(true);
    expect(bareInfinitiveClause("To fund the new quay, the board raised the harbour fee by 4%.")).toBe(false);
    expect(bareInfinitiveClause("The board resolved to raise the harbour fee by 4%.")).toBe(false);
  });

  it("a resolution list's point gives no true/false item, and keeps its cloze", () => {
    const body = "The Harbour Board, the island's ferry regulator, adopted new safety rules on Monday after two groundings this year. Ferries carried 2.1 million passengers in 2025.\n\n\"A ferry is only as safe as its crew,\" said board chair Elin Maro.\n\n**The Board resolves:**\n\n1. To oblige every ferry of more than 30 metres carrying passengers to keep a second engineer on board on every crossing until the end of the winter timetable on 31 March 2027. Until now a second engineer was required only at night.\n2. To raise the maximum fine for an unlicensed crossing to 90,000 dollars, in line with the penalties updated by Act No. 12.\n3. To require every ferry operator to file a crew roster with the board 48 hours before each crossing.";
    // (The point is read as "The Board resolves to raise the maximum fine ...", joined to its lead-in: lane precision15.)
    const all = fromSentence(items(body, "Harbour Board orders second engineers on ferries"), "raise the maximum fine");
    // A statement to judge names who decides; a bare "To raise ..." states nothing.
    expect(all.filter((i) => i.type === "truefalse" && !/: The Board resolves to raise/.test(i.prompt))).toEqual([]);
    expect(all.some((i) => i.type === "cloze" && i.answer === "90,000 dollars")).toBe(true);
    // The lead-in's verb is no part of a question's subject ("To what amount do the Board resolves to raise ...?").
    expect(all.filter((i) => /\b(?:do|does|did)\b[^?]*\bresolves\b/.test(i.prompt))).toEqual([]);
  });
});

describe("an amount of 'it' or a count of 'them' with no referent in its sentence points back (W0 6, 17, 24)", () => {
  it("flags 'tonnes of it' and 'There are now 40 of them', not a share of a whole the sentence names", () => {
    expect(pointsBack("Farms in the valley grow about 2.4 million tonnes of it every year, and most is sold abroad.")).toBe(true);
    expect(pointsBack("There are now 40 of them, covering about 9,000 hectares.")).toBe(true);
    expect(pointsBack("About 4.3 million people were eligible, and 312,000 of them voted early.")).toBe(false);
    expect(pointsBack("Farms in the valley grow about 2.4 million tonnes of barley every year.")).toBe(false);
  });

  it("the blank is shown after the sentence that names the thing, and no true/false states it alone", () => {
    const body = "Rice straw used to be burned in the fields after harvest. Farms in the valley produce about 2.4 million tonnes of it each year, and the new mill will take only a tenth.";
    const all = fromSentence(items(body, "Valley mill turns rice straw into board", "Valley Mill Ltd (media release)"), "tonnes of it");
    expect(all.filter((i) => i.type === "truefalse")).toEqual([]);
    for (const i of all.filter((i) => i.type === "cloze")) expect(i.prompt).toMatch(/Rice straw used to be burned/);
  });
});

describe("a date's options are not ruled out by the tense or the answer's era (W0 16, 49)", () => {
  it("a day this month in a past-tense clause takes no option after the article's date", () => {
    const body = "The Regional Water Board, the valley's highest water authority, adopted Decision No. 14/2026 at its session on Tuesday, 17 November, on the use of the river's upper reach. The decision caps summer withdrawals at 40% of the flow.";
    const choice = items(body, "Water board caps summer withdrawals from the upper river").find((i) => i.type === "choice" && i.kind === "date");
    expect(choice?.choices?.length).toBe(4);
    for (const option of choice?.choices ?? []) expect(Date.parse(`${option} UTC`)).toBeLessThanOrEqual(Date.UTC(2026, 10, 20));
  });

  it("a founding year half a century ago takes no option from the last few years", () => {
    const body = "Lakeside Outfitters reported record quarterly sales of $84 million on Friday. Shares have doubled since January 2023. The company, which began in 1971 as a tackle shop on the harbour run by the founder's father, now employs about 1,400 people. Chief executive Mara Lind said the firm would open 12 stores in 2026.";
    const all = items(body, "Lakeside Outfitters posts record quarter").filter((i) => i.answer === "1971" && i.type === "choice");
    expect(all.length).toBeGreaterThan(0);
    for (const i of all) for (const option of i.choices ?? []) expect(Math.abs(Number(option) - 1971)).toBeLessThan(30);
  });
});

describe("a statement that another item shows written out is dropped (W0 11 and 37)", () => {
  const item = (type: QuizItem["type"], prompt: string, answer: string, sentence: string): QuizItem => ({ key: `${type}|${prompt}`, type, kind: "count", prompt, answer, choices: [], accepted: [], source: { article: "a", sentence }, difficulty: 0.5 });
  const surveyed = "The rangers said they would next count the nesting pairs on 14 islands to learn how far the rats had spread.";
  const funded = "That work is paid for by a 2-million-dollar grant from the national parks fund.";

  it("the statement goes when another sentence's item shows it as its lead-in; the item stays", () => {
    const statement = item("truefalse", "True or false (Test, May 2026): The rangers said they would next count the nesting pairs on 15 islands to learn how far the rats had spread.", "False", surveyed);
    const led = item("cloze", `(Test, May 2026) ${surveyed} That work is paid for by a _____ grant from the national parks fund.`, "2-million-dollar", funded);
    expect(withoutShownStatements([statement, led])).toEqual([led]);
  });

  it("a statement stays beside items of its own sentence and beside items that do not show it", () => {
    const statement = item("truefalse", "True or false (Test, May 2026): The rangers said they would next count the nesting pairs on 15 islands to learn how far the rats had spread.", "False", surveyed);
    const own = item("cloze", "(Test, May 2026) The rangers said they would next count the nesting pairs on _____ islands to learn how far the rats had spread.", "14", surveyed);
    const other = item("cloze", "(Test, May 2026) That work is paid for by a _____ grant from the national parks fund.", "2-million-dollar", funded);
    expect(withoutShownStatements([statement, own, other])).toEqual([statement, own, other]);
  });
});

describe("'the arm' or 'the venture' is read after the sentence that names it (W0 40, 2)", () => {
  it("flags a company's part named only as 'the arm', not one its own sentence says", () => {
    expect(pointsBack("Okoro said the arm would close eight branches by June.")).toBe(true);
    expect(pointsBack("The venture will be based in Tema and employ 300 workers.")).toBe(true);
    expect(pointsBack("The venture of the two mills will employ 300 workers.")).toBe(false);
  });

  it("a Malaysian 'Sdn. Bhd.' ends no sentence, so the venture's sentence leads the next one in and keeps its name whole", () => {
    const body = "Ghana's trade minister signed three agreements in Kuala Lumpur on Monday. The first commits a Malaysian refiner to build a cocoa plant near Kumasi.\n\nThe second deal is a US$25 million joint venture between Accra-based Volta Looms Ltd. and the Johor textile maker Benang Emas Sdn. Bhd. to spin cotton yarn for West African mills. The venture will be based in Tema and employ 300 workers.";
    const all = items(body, "Ghana and Malaysia sign textile and cocoa deals", "Gulf of Guinea Wire");
    const workers = all.filter((i) => i.answer === "300" && i.type === "cloze");
    expect(workers.length).toBeGreaterThan(0);
    for (const i of workers) expect(i.prompt).toMatch(/Benang Emas Sdn\. Bhd\. to spin cotton yarn/);
    expect(all.some((i) => i.answer === "Benang Emas Sdn")).toBe(false);
  });
});

describe("a lead-in's finite verb left inside a do-support subject is garbled", () => {
  it("flags 'do the Board resolves to raise', not a plural noun before 'to' or a bare verb", () => {
    expect(garbledQuestion("To what amount do the Board resolves to raise the maximum fine?")).not.toBeNull();
    expect(garbledQuestion("How many ferries does the island council plans to buy?")).not.toBeNull();
    expect(garbledQuestion("By how much did the firm's sales to Chile rise?")).toBeNull();
    expect(garbledQuestion("How many ferries does the council plan to buy?")).toBeNull();
  });
});
