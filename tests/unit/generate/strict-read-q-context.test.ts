import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";

// Strict reads Q0/Q1 (blind batches 2026-11q/r): items that left what they were about unresolved, or that the stem
// gave away. Sentences below are invented.
const at = new Date("2026-11-04T00:00:00Z");
const itemsOf = (body: string, title = "Lakeside ministers sign power and port deals", source = "Lakeside Courier") =>
  generateItems([{ slug: "a", title, source, publishedAt: at, body }]);

// Q1 #1: "_____ companies, the Libyan firm ... Co. and the Athens-based ... SA, signed ..." keyed "Two": the legal
// form's full stop hid the list from the rule that cuts it.
describe("a count whose listed members end in a legal form's full stop is asked without the list (strict read Q1 #1)", () => {
  it("cuts 'X Co. and Y SA' after the counted noun", () => {
    const prompts = itemsOf("Two firms, the Kenyan firm Savanna Power Co. and the Oslo-based Nordlys Energi AS, signed the survey contract on Monday. The survey will cost about €4.2 million.")
      .filter((it) => it.answer === "Two" && it.type !== "truefalse")
      .map((it) => it.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => p.includes("Nordlys"))).toEqual([]);
  }, 30_000);
});
