import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";

// Invented sentences: "raised X from A to B" asks the new value B with the old value A kept as context.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const questions = (body: string) =>
  generateItems([{ slug: "t", title: "Harbour fees", source: "Test", publishedAt: PUBLISHED, body }]).filter((i) => i.type !== "truefalse" && i.type !== "cloze" && !/_____/.test(i.prompt));

describe("the new value of a change is asked with the old one kept", () => {
  it("a sum: 'To what amount did ... raise ... from US$12?'", () => {
    const item = questions("Port Elara raised its harbour entry fee from US$12 to US$18 on 1 March, the first increase since 2015. The port meets again in May.").find((i) => i.answer === "US$18");
    expect(item?.prompt).toMatch(/To what amount did Port Elara raise its harbour entry fee from US\$12 on 1 March\?$/);
  });

  it("a rate: 'To what level did ... raise ... from 5%?'", () => {
    const item = questions("Port Elara raised its hotel tax from 5% to 7% on 1 March, the first increase since 2015. The port meets again in May.").find((i) => i.answer === "7%");
    expect(item?.prompt).toMatch(/To what level did Port Elara raise its hotel tax from 5% on 1 March\?$/);
  });

  it("a range is no change: neither end is asked as a question", () => {
    const items = questions("Port Elara charges fees ranging from US$12 to US$18 for each yacht. The port meets again in May.");
    expect(items.filter((i) => /^US\$1[28]$/.test(i.answer))).toEqual([]);
  });
});
