import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

// Invented sentences: a share that is a sentence's whole subject ("Nearly half said ...") is asked with the group the
// sentence before counts ("412 dairy farmers"), written in; without one group to take, it is still refused.
const article = (body: string) => ({ slug: "a", title: "Farm survey", source: "Daily Wire", publishedAt: new Date(Date.UTC(2026, 3, 21)), body });
const items = (body: string) => generateArticleItems(article(body));
const shareItems = (body: string, share: RegExp) => items(body).filter((i) => share.test(i.answer));

describe("a share that is a whole subject takes the group the sentence before counts", () => {
  it("'surveyed 412 dairy farmers ... Nearly half said' asks of the 412 dairy farmers surveyed", () => {
    const found = shareItems("Researchers at the agency surveyed 412 dairy farmers across the northern provinces in March. Nearly half said they had sold part of their herd to pay debts.", /nearly half/i);
    expect(found.length).toBeGreaterThan(0);
    for (const i of found) expect(`${i.prompt} ${i.source.sentence}`).toMatch(/nearly half of the 412 dairy farmers surveyed said/i);
  });

  it("a plural subject counted before: 'Some 900 nurses joined the strike. About a third returned ...'", () => {
    const found = shareItems("Some 900 nurses joined the strike at the city's hospitals on Monday. About a third returned to work within a week, the union said.", /about a third/i);
    expect(found.length).toBeGreaterThan(0);
    for (const i of found) expect(`${i.prompt} ${i.source.sentence}`).toMatch(/about a third of the 900 nurses returned/i);
  });

  it("no group, or two groups, before the share: still refused", () => {
    expect(shareItems("The survey was carried out in March across the northern provinces. Nearly half said they had sold part of their herd.", /nearly half/i)).toEqual([]);
    expect(shareItems("The agency asked 412 farmers and 96 vets about the drought in March. Nearly half said they had sold part of a herd.", /nearly half/i)).toEqual([]);
  });
});
