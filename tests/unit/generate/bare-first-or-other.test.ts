import { describe, expect, it } from "vitest";
import { bareFirstOrOther } from "@/lib/generate/build-items";
import { generateArticleItems } from "@/lib/generate";

// Lane noitem61: "The first <what>" names what it counts and is blanked under its title; a bare "The first" or "The
// other" is one of a list the sentence before gave, and stays refused.
describe("bareFirstOrOther", () => {
  it("refuses an ordinal that is the whole subject, and any 'the other'", () => {
    expect(bareFirstOrOther("The first was signed in 2019 and runs for 12 years.")).toBe(true);
    expect(bareFirstOrOther("The first, a ferry link, will cost 40 million euros.")).toBe(true);
    expect(bareFirstOrOther("The first of them opens in 2028.")).toBe(true);
    expect(bareFirstOrOther("The first runs for 12 years and covers six ferries.")).toBe(true);
    expect(bareFirstOrOther("The first six will reach the harbour in 2028.")).toBe(true);
    expect(bareFirstOrOther("The first links the harbour with Tallinn.")).toBe(true);
    expect(bareFirstOrOther("The first pairs the college with a Danish school of forestry.")).toBe(true);
    expect(bareFirstOrOther("The other pairs the college with a Danish school of forestry.")).toBe(true);
    expect(bareFirstOrOther("The other ferry will sail in 2028.")).toBe(true);
  });

  it("lets a first that names what it counts through", () => {
    expect(bareFirstOrOther("The first 30 trainees will begin in March.")).toBe(false);
    expect(bareFirstOrOther("The first trains leave at six.")).toBe(false);
    expect(bareFirstOrOther("The first order is for six ferries.")).toBe(false);
    expect(bareFirstOrOther("The first delivery contract runs for seven years.")).toBe(false);
    expect(bareFirstOrOther("The first Baltic Link cable was laid in 2019.")).toBe(false);
    expect(bareFirstOrOther("Officials said the first order was late.")).toBe(false);
  });

  // Review 35a finding 4: a word after "first" that is no sure verb is no proof that it names what is first.
  it("refuses a first whose next word is a verb it cannot tag, an adverb, 'to', or a count with no plural noun", () => {
    expect(bareFirstOrOther("The first cost £5m.")).toBe(true);
    expect(bareFirstOrOther("The first two cost £5m each.")).toBe(true);
    expect(bareFirstOrOther("The first 24 start in May.")).toBe(true);
    expect(bareFirstOrOther("The first set sail in May 2019.")).toBe(true);
    expect(bareFirstOrOther("The first also won in 2019.")).toBe(true);
    expect(bareFirstOrOther("The first to go will be Leeds.")).toBe(true);
    expect(bareFirstOrOther("The first two, in Leeds and York, opened in 2019.")).toBe(true);
    expect(bareFirstOrOther("The first set, in Leeds, opened in 2019.")).toBe(true);
  });

  it("still lets a first with a head noun, or a count and its plural noun, through (near misses of finding 4)", () => {
    expect(bareFirstOrOther("The first 24 apprentices start in May.")).toBe(false);
    expect(bareFirstOrOther("The first two ferries cost £5m each.")).toBe(false);
    expect(bareFirstOrOther("The first batch costs £5m.")).toBe(false);
    expect(bareFirstOrOther("The first set of rules came in 2019.")).toBe(false);
    expect(bareFirstOrOther("The first phase will cost £5m.")).toBe(false);
    expect(bareFirstOrOther("The first stage starts in May.")).toBe(false);
  });
});

describe("bareFirstOrOther after review 35c", () => {
  // Finding 5: an -s word after "first" followed by a bare noun is the ordinal's verb and its object.
  it("refuses 'The first <verb>s <noun>' (review 35c finding 5)", () => {
    for (const s of ["The first handles freight.", "The first carries freight.", "The first handles cargo.", "The first houses offices.", "The first hosts concerts.", "The first stages concerts.", "The first builds ships.", "The first uses solar power.", "The first handles transport for the port.", "The first one costs £5m."]) {
      expect(bareFirstOrOther(s), s).toBe(true);
    }
  });

  it("still lets a plural head with its verb through (near misses of finding 5)", () => {
    for (const s of ["The first trains leave at six.", "The first houses were built in 2019.", "The first ferries arrived in May.", "The first trains will run in 2027."]) {
      expect(bareFirstOrOther(s), s).toBe(false);
    }
  });

  // Finding 4: plurals the lexicon tags as verbs or durations, -ly nouns, and "ever"/"such" before the head.
  it("lets counted plurals, -ly nouns and 'ever'/'such' + noun through (review 35c finding 4)", () => {
    for (const s of ["The first two trains arrived in May.", "The first two ships arrived in May.", "The first 24 hours were calm.", "The first two weeks were calm.", "The first three months cost £5m.", "The first supply agreement covers ten years.", "The first supply deal opened.", "The first ever cable opened in 2019.", "The first such plant opened in 2019.", "The first family home opened in 2019."]) {
      expect(bareFirstOrOther(s), s).toBe(false);
    }
  });

  it("still refuses an adverb, a bare 'ever'/'such', or an -s word with an object after a count (near misses of finding 4)", () => {
    for (const s of ["The first reportedly opened in 2019.", "The first such opened in 2019.", "The first ever was signed in 2019.", "The first two handles the freight.", "The first two sets £5m aside.", "The first only opened in 2019."]) {
      expect(bareFirstOrOther(s), s).toBe(true);
    }
  });
});

describe("a sentence opening with 'The first <noun>'", () => {
  const article = (body: string) => ({ slug: "yard", title: "Pärnu shipyard opens hall for electric ferries", source: "Baltic Desk", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });

  it("is blanked under its title", () => {
    const items = generateArticleItems(article("The Pärnu yard opened a new assembly hall on Monday. The first 30 trainees will begin in March."));
    expect(items.some((i) => i.answer === "30" && i.type !== "truefalse" && i.prompt.includes("The first _____ trainees"))).toBe(true);
  });

  it("is not blanked when the ordinal is the whole subject", () => {
    const items = generateArticleItems(article("The yard signed two contracts on Monday with ferry operators. The first runs for 12 years and covers six ferries."));
    expect(items.filter((i) => /The first runs for/.test(i.prompt) && i.type !== "choice")).toEqual([]);
    expect(items.filter((i) => /The first runs for/.test(i.prompt) && i.type === "truefalse")).toEqual([]);
  });
});
