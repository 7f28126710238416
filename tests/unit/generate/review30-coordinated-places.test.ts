import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { M, splitCoordinated } from "@/lib/generate/build-question";
import { questionText } from "./question-text";

const article = (body: string): ArticleInput => ({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 9, 28)), body });
const questionsOf = (body: string, answer: string) => generateItems([article(body)]).filter((i) => i.answer === answer && !/_____/.test(questionText(i.prompt) ?? "")).map((i) => questionText(i.prompt) ?? "");

// Review 30 finding 1: "Norway's government expects up to 40,000 new jobs in Finnmark and Troms by 2030, ..." asked
// "Up to how many new jobs does Norway's government expect in Finnmark?": the two counties' total of the first alone,
// and without "by 2030".
describe("a figure of two coordinated places is asked of both, with its time (review 30 finding 1)", () => {
  it("keeps 'in Finnmark and Troms by 2030' when a trailing attribution follows", () => {
    const body = "Norway's government expects up to 40,000 new jobs in Finnmark and Troms by 2030, the minister said on Monday. The plan was approved.";
    const questions = questionsOf(body, "40,000");
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q).toMatch(/in Finnmark and Troms by 2030/);
  });

  it("keeps a list of three places", () => {
    const body = "Officials expect about 2,000 new jobs in Bavaria, Saxony and Thuringia by 2028, the minister said on Monday. The plan was approved.";
    for (const q of questionsOf(body, "2,000")) expect(q).toMatch(/in Bavaria, Saxony and Thuringia by 2028/);
  });

  it("near miss: an 'and' that joins two clauses is still cut", () => {
    expect(splitCoordinated(`The plant opened in Finnmark and Equinor employs ${M} people, the minister said`)).toBe(`Equinor employs ${M} people, the minister said`);
    expect(splitCoordinated(`The mine employs ${M} people and Equinor opened a plant in Troms`)).toBe(`The mine employs ${M} people`);
  });

  it("near miss: 'and' joining two verbs of one subject keeps the clause whole", () => {
    const body = "The plant opened in Finnmark and employs 300 people, the company said on Monday. The plan was approved.";
    for (const q of questionsOf(body, "300")) expect(q).not.toMatch(/\bin Finnmark\?$/);
  });
});
