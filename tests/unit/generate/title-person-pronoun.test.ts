import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { peopleNamedIn, personSubjectOf } from "@/lib/generate/resolve-subject-pronoun";

// Issue 9 (lane pronoun84): an obituary's "She ..." after a sentence that opens with its subject's name was not written
// in when no rule knew the first name as a person's. Sentences written for this test, not taken from an article.
const obituary = (body: string) =>
  generateArticleItems({ slug: "o", title: "Zdeňka Kettunen, Bridge Engineer, Dies at 84", source: "The Northern Review", publishedAt: new Date(Date.UTC(2026, 10, 9)), body });

describe("a He or She after the sentence that names an obituary's subject", () => {
  it("is the subject, whose name the title gives and the body uses with an honorific", () => {
    const items = obituary(
      [
        "Zdeňka Kettunen, the engineer whose cable-stayed bridges cross rivers from the Elbe to the Mekong, died on Nov. 2 at her home in Rostock.",
        "She designed the Warnow crossing, which opened in 1979 with a main span of 340 metres.",
        "\n\nMs. Kettunen was born in Stralsund.",
      ].join(" "),
    );
    const span = items.filter((i) => i.answer === "340 metres" && i.type !== "truefalse");
    expect(span.length).toBeGreaterThan(0);
    for (const i of span) expect(i.prompt).toMatch(/Zdeňka Kettunen|Kettunen/);
  });

  it("is no one when the sentence before names a second person beside her", () => {
    const items = obituary(
      [
        "Zdeňka Kettunen met the builder Joachim Brenner in Hamburg in 1975.",
        "He designed the Warnow crossing, which opened in 1979 with a main span of 340 metres.",
        "\n\nMs. Kettunen was born in Stralsund.",
      ].join(" "),
    );
    expect(items.filter((i) => i.answer === "340 metres" && /Kettunen|Brenner/.test(i.prompt))).toEqual([]);
  });

  it("is no one when the one person named is only quoted", () => {
    const items = obituary(
      [
        "“She never stopped drawing,” her colleague said of Zdeňka Kettunen.",
        "She designed the Warnow crossing, which opened in 1979 with a main span of 340 metres.",
        "\n\nMs. Kettunen was born in Stralsund.",
      ].join(" "),
    );
    expect(items.filter((i) => i.answer === "340 metres" && /Kettunen/.test(i.prompt))).toEqual([]);
  });
});

describe("a name sharing a known person's surname with another first name", () => {
  it("is a second person, so no one is the next sentence's He", () => {
    const known = ["Lucía Ferraro"];
    expect(peopleNamedIn("Her son, David Ferraro, said the cause was heart failure.", known)).toEqual(["Lucía Ferraro", "David Ferraro"]);
    expect(personSubjectOf("Her son, David Ferraro, said the cause was heart failure.", known)).toBeNull();
  });

  it("while the known person named again, by surname or honorific, is still one person", () => {
    const known = ["Lucía Ferraro"];
    expect(personSubjectOf("Ms. Ferraro designed more than 240 schools.", known)).toBe("Lucía Ferraro");
    expect(personSubjectOf("Lucía Ferraro designed more than 240 schools.", known)).toBe("Lucía Ferraro");
    expect(personSubjectOf("Lucía Elena Ferraro was born in Pergamino.", known)).toBe("Lucía Ferraro");
  });

  it("and the description before a person's name is no second person: 'The minister met the governor' names no one", () => {
    expect(personSubjectOf("The minister met the governor in Tamale.", ["Ama Boateng"])).toBeNull();
  });
});
