import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Lane mend33a: review 32 findings 1–4, a day written without a year given the wrong year. Published 26 November 2026
// unless a test says otherwise: the nearest 4 March is in 2027, so a past day read as no past moves a year on.
const at = new Date("2026-11-26T00:00:00Z");
const daysAt = (published: Date, sentence: string) => findValueSpans(sentence, published).filter((s) => s.kind === "date" && s.unit === "day").map((s) => s.answer);
const days = (sentence: string) => daysAt(at, sentence);

// Review 32 finding 1: after a present verb that isFiniteVerb does not know ("pays", "applies"), its object was counted
// as the "-ed" verb's subject, and the participle read as a past.
describe("an object after a present verb is no subject of the '-ed' verb after it", () => {
  it("a present verb with its object before the participle: never the past year", () => {
    expect(days("The charity pays a grant to families enrolled on 9 March.")).not.toContain("9 March 2026");
    expect(days("The discount applies to members enrolled on 9 March.")).not.toContain("9 March 2026");
    expect(days("The fund covers the pensions of miners retired on 9 March.")).not.toContain("9 March 2026");
  });

  it("a present verb with a determiner after it is the clause's verb: the participle names the nearest day", () => {
    expect(days("The charity pays a grant to families enrolled on 9 March.")).toEqual(["9 March 2027"]);
  });

  it("near misses: a plural noun as the subject's head, or one after a determiner, is no verb", () => {
    expect(days("Ferries to the island resumed on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("Tram services resumed on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("The talks with the union collapsed on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("The dividend goes to shareholders registered on 18 March.")).toEqual(["18 March 2027"]);
  });
});
