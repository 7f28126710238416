import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { LEGAL_FORM, findNameChunks } from "@/lib/generate/find-name-chunks";
import { givesAwayPart } from "@/lib/generate/gives-away";
import { issuerName } from "@/lib/generate/place-subject";
import type { Fact } from "@/lib/generate/types";

// Portugal's "Lda." was special-cased beside LEGAL_FORM by the fallback reader and the lede company; it is one of the
// forms now, so the name chunker reads such a name as a company too (before, it read none).
describe("a company's legal form (find-name-chunks LEGAL_FORM)", () => {
  const chunks = (s: string) => findNameChunks(s).map((c) => `${c.kind}:${c.noun}:${c.name}`);
  it("holds the forms of the countries whose companies the stories name", () => {
    for (const form of ["Lda", "Lda.", "S.A.", "SA", "GmbH", "AG", "S.p.A.", "Oy", "AB", "K.K.", "Ltd.", "plc"]) expect(LEGAL_FORM.test(` ${form}`), form).toBe(true);
    // (Only as a word of its own, closing the name.)
    for (const name of [" Ldam", " Lda Vale", "Quinta Lda.x", " Oyster", " ABC"]) expect(LEGAL_FORM.test(name), name).toBe(false);
  });
  it("makes the chunker read 'Quinta do Vale Lda.' as a company, its full stop the name's", () => {
    expect(chunks("Quinta do Vale Lda. said it would plant 40 hectares of vines next year.")).toEqual(["organisation:company:Quinta do Vale Lda."]);
    expect(chunks("The vineyard was bought last year by Quinta do Vale Lda. for an undisclosed sum.")).toContain("organisation:company:Quinta do Vale Lda.");
  });
  it("leaves a name without a form as it was: its sentence's full stop is not the name's", () => {
    expect(chunks("Visitors came by bus to Quinta do Vale.")).toEqual(["place:place:Quinta do Vale"]);
  });
  it("lets the opening sentence's 'Lda.' company stand for 'the company'", () => {
    const tail = "The company expects to hire 120 more workers for its new bottling line next year.";
    const stems = generateArticleItems(
      { slug: "douro", title: "Douro winery lifts profit", source: "Jornal do Douro", publishedAt: new Date(Date.UTC(2026, 10, 3)), body: `PESO DA RÉGUA, Nov. 3 — Quinta do Vale Lda., the valley's largest winery, reported that half-year profit rose 40% at its cellars. ${tail}` },
      { types: ["cloze", "choice"] },
    ).map((i) => i.prompt.replace(/^\([^)]*\)\s*/, ""));
    expect(stems.some((stem) => /Quinta do Vale expect/.test(stem))).toBe(true);
  }, 60_000);
});

// Review 66: an "Obô Energia press release" header gave away "Obô Energia Lda.": the name without its form is the
// header's, and gives-away.ts reads the chunker's forms.
describe("a company's name given away without its legal form", () => {
  const fact = { kind: "organisation", answer: "Obô Energia Lda.", sentence: "Obô Energia Lda., a producer, opened a farm.", span: [0, 16] } as unknown as Fact;
  it("is given away by a header that writes it", () => {
    expect(givesAwayPart("Complete the sentence (“Solar farm opens”, Obô Energia press release, November 2026): _____, a producer, opened a farm.", fact)).toBe(true);
  });
  it("is not by one that writes only its first word", () => {
    expect(givesAwayPart("Complete the sentence (“Solar farm opens”, Obô Press, November 2026): _____, a producer, opened a farm.", fact)).toBe(false);
  });
});

// place-subject's issuerName keeps a legal form after the last comma, read from find-name-chunks' one list (tidy87).
describe("issuerName keeps a legal form after a comma", () => {
  it("keeps 'Inc.', 'S.A.' and 'Limited', drops a place", () => {
    expect(issuerName("Acme Holdings, Inc. - press release")).toBe("Acme Holdings, Inc.");
    expect(issuerName("Andes Air, S.A. - press release")).toBe("Andes Air, S.A.");
    expect(issuerName("Obô Energia, Limited - press release")).toBe("Obô Energia, Limited");
    expect(issuerName("Office of Utilities Regulation (OUR), Jamaica — media release")).toBe("Office of Utilities Regulation");
  });
});
