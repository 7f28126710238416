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

// Review 32 finding 2 (review 31b finding 2): "and" with any three words before a period verb joined two events with
// different subjects into one period, and the later day's year went to the earlier day.
describe("a period joined by 'and' keeps one subject", () => {
  const october = new Date("2026-10-20T00:00:00Z");
  it("a new subject after 'and' makes two events: the dated day's year is not the yearless day's", () => {
    // (A dated day of another year that is no pair leaves the day without a year: precision first, as before.)
    for (const sentence of [
      "The old ferry stops on 3 November and the new one starts on 20 March 2028.",
      "The old ferry will stop on 3 November and the new one starts on 20 March 2028.",
      "The museum closes on 3 November and Harbour Hall opens on 20 March 2028.",
    ]) {
      const found = daysAt(october, sentence);
      expect(found).not.toContain("3 November 2027");
      expect(found).toHaveLength(2);
      expect(found).toContain("20 March 2028");
    }
  });

  it("near misses: auxiliaries and adverbs between 'and' and the period verb still join one period", () => {
    expect(days("Sowing may start on 6 May and must then finish by 30 September 2027.")).toEqual(["6 May 2027", "30 September 2027"]);
    expect(days("Bookings open on 1 December and finally close on 15 January 2027.")).toEqual(["1 December 2026", "15 January 2027"]);
    expect(days("Bookings open on 1 December and will close on 15 January 2027.")).toEqual(["1 December 2026", "15 January 2027"]);
  });
});

// Review 32 finding 3: a fronted subordinate clause or participle ("After talks failed,", "Hit by floods,") counted as
// the sentence's main verb, so the day's subject read as an object's and a past day moved a year on.
describe("a fronted subordinate clause or participle is no main verb", () => {
  it("the verb after the fronted piece is the sentence's past", () => {
    expect(days("After the strike ended, the quarry reopened on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("When orders dried up, the foundry closed on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("Although sales improved, the shop closed on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("Hit by rising costs, the foundry closed on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("Battered by storms, the pier closed on 9 March.")).toEqual(["9 March 2026"]);
  });

  it("near misses: a main clause before the comma still makes the later words an object's", () => {
    expect(days("The board declared a dividend, payable on 15 April to holders enrolled on 9 March.")).toEqual(["15 April 2027", "9 March 2027"]);
    expect(days("Registered on 18 March, the shares will trade in April.")).toEqual(["18 March 2027"]);
  });
});

// Review 32 finding 4: the comma of a thousands figure ("12,400") split the day's clause, cutting its verb off.
describe("a thousands figure does not split the day's clause", () => {
  it("the verb before the figure still tells the day's tense", () => {
    expect(days("Imports climbed to 18,600 barrels on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("The index slid to 7,350 points on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("The port will handle 2,500 containers on 9 March.")).toEqual(["9 March 2027"]);
  });

  it("near misses: a comma before a word, or before a number of other length, still splits the clause", () => {
    expect(days("Imports climbed to 600 barrels on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("Residents, who say it will reopen, were told it shut on 3 October.")).toEqual(["3 October 2026"]);
    expect(days("The shares, registered on 18 March, will trade in April.")).toEqual(["18 March 2027"]);
    expect(days("Officials said on Monday, 4,000 people left, and the mine closed on 9 March.")).not.toContain("9 March 2027");
  });
});

// Review 32b finding 5: a capitalised name in "-ing" or "-ed" ("Beijing", "Ahmed") opening the earlier piece was read as
// a fronted participle, so the piece's own verb was no main verb and a later participle's day read as a past.
describe("a name in '-ing' or '-ed' opening the sentence is its subject, no fronted participle", () => {
  const december = new Date("2026-12-10T00:00:00Z");
  it("the earlier piece's verb stays the main verb: the later day is not read as a past", () => {
    expect(daysAt(december, "Beijing raised tariffs on 1 December, and goods shipped on 4 March from Ningbo will pay 25%.")).not.toContain("4 March 2026");
    expect(daysAt(december, "Nanjing doubled fees on 1 December, and boats registered on 4 March from Wuxi will pay less.")).not.toContain("4 March 2026");
    expect(daysAt(december, "Ahmed Karimi signed the deal on 1 December, and goods shipped on 4 March from Ningbo will pay 25%.")).not.toContain("4 March 2026");
    expect(daysAt(december, "Reading raised fees on 1 December, and goods shipped on 4 March from Ningbo will pay 25%.")).not.toContain("4 March 2026");
  });

  it("a fronted participle or subordinate clause still hides its own verb", () => {
    expect(days("Hit by rising costs, the foundry closed on 9 March.")).toEqual(["9 March 2026"]);
    expect(days("After the strike ended, the quarry reopened on 9 March.")).toEqual(["9 March 2026"]);
  });

  // Review 32c finding 1: after "Having" or "Being" the next word is its participle, no finite verb of a subject.
  it("'Having lost ...', 'Being closed ...' are fronted participles, whatever follows them", () => {
    expect(daysAt(december, "Having lost its biggest buyer, the cannery closed on 4 March.")).toEqual(["4 March 2026"]);
    expect(daysAt(december, "Having sold its fleet, the ferry firm folded on 4 March.")).toEqual(["4 March 2026"]);
    expect(daysAt(december, "Being short of staff, the clinic closed on 4 March.")).toEqual(["4 March 2026"]);
  });
});

