import { describe, expect, it } from "vitest";
import { M, buildQuestion, stripLeadAdjunct, trimRest } from "@/lib/generate/build-question";
import { ASIDE_QUALIFIERS } from "@/lib/generate/figure-qualifiers";
import { extractFacts } from "@/lib/generate/extract-facts";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Figure facts asked only by a cloze or a completion (lane figure95): why no wh-question was built, fixed where the
// question reads sound.
const publishedAt = new Date(Date.UTC(2026, 10, 11));
const asked = (sentence: string, answer: string): string | null => {
  const span = findValueSpans(sentence, publishedAt).find((s) => s.answer === answer);
  if (!span) throw new Error(`no span ${answer}`);
  return buildQuestion(span, { sentence, publishedAt, lastPerson: null, mainPlaces: null })?.question ?? null;
};

const factsOf = (body: string) => extractFacts({ slug: "t", title: "T", source: "Test", publishedAt, body });

describe("a thousands comma in the subject is part of its number, no clause's", () => {
  it("asks the figure of 'The 16,500-square-metre plant'", () => {
    expect(asked("The 16,500-square-metre plant can pack up to 60,000 tonnes of fruit a season.", "60,000 tonnes")).toBe("How many tonnes of fruit can the 16,500-square-metre plant pack a season?");
    expect(asked("The 1,200-bed hospital will cost €450 million.", "€450 million")).toBe("How much will the 1,200-bed hospital cost?");
  });

  it("still refuses a subject with an aside of its own (near miss)", () => {
    expect(asked("The plant, opened in 2024, can pack 60,000 tonnes of fruit a season.", "60,000 tonnes")).toBeNull();
    expect(asked("The 16,500-square-metre plant, opened in 2024, can pack 60,000 tonnes of fruit a season.", "60,000 tonnes")).toBeNull();
  });
});

describe("an aside opening with a rough figure is another fact, cut from the question", () => {
  it("cuts ', almost two thirds of it pears' after the asked figure", () => {
    expect(trimRest(`${M} last season, almost two thirds of it pears`)).toEqual({ kind: "rest", text: `${M} last season` });
    expect(asked("Confluencia Frutas packed 41,000 tonnes last season, almost two thirds of it Williams and Packham's Triumph pears, and exported to 19 countries.", "41,000 tonnes")).toBe(
      "How many tonnes did Confluencia Frutas pack last season?",
    );
  });

  it("keeps a rough word that opens no figure, and a figure inside a list (near misses)", () => {
    expect(trimRest(`${M} last season, almost all of it pears`)).toEqual({ kind: "rest", text: `${M} last season, almost all of it pears` });
    expect(trimRest(`${M} of pears, apples and almost 300 quinces`)).toEqual({ kind: "rest", text: `${M} of pears, apples and almost 300 quinces` });
    // (A place after a rough distance says where, and stays.)
    expect(trimRest(`${M} near Cape Kumlu, about 30 km east of the town of Kaş`)).toEqual({ kind: "rest", text: `${M} near Cape Kumlu, about 30 km east of the town of Kaş` });
  });
});

describe("a second predicate in an irregular past is cut like one in -ed", () => {
  it("cuts 'and paid the proceeds into a fund'", () => {
    expect(trimRest(`${M} per kilogram on exports of raw nuts and paid the proceeds into a fund`)).toEqual({ kind: "rest", text: `${M} per kilogram on exports of raw nuts` });
    expect(asked("In 2019, Burkina Faso introduced a levy of FCFA 50 per kilogram on exports of raw nuts and paid the proceeds into a fund for processors.", "FCFA 50")).toBe(
      "What levy did Burkina Faso introduce per kilogram on exports of raw nuts, in 2019?",
    );
  });

  it("keeps a list of nouns after 'and' (near miss)", () => {
    expect(trimRest(`${M} of timber and steel the region needs`)).toEqual({ kind: "rest", text: `${M} of timber and steel the region needs` });
  });
});

describe("an object before 'a noun of M' is no part of the asked noun", () => {
  it("refuses 'has paid medical students a stipend of €1,000' rather than ask 'What medical students a stipend ...'", () => {
    expect(asked("Since 2019 Thuringia has paid medical students a stipend of €1,000 a month.", "€1,000")).toBeNull();
  });

  it("still asks 'reach peak annual sales of $6 billion' and 'introduced a levy of 1%' (near misses)", () => {
    expect(asked("Veltrax Pharma expects Memorel to reach peak annual sales of $6 billion.", "$6 billion")).toBe("What peak annual sales does Veltrax Pharma expect Memorel to reach?");
    expect(asked("Uganda introduced a levy of 1% on mobile-money payments.", "1%")).toBe("What levy did Uganda introduce on mobile-money payments?");
  });
});

describe("a year opening the sentence with no comma is its time, not its subject", () => {
  it("reads 'Since March 2019 it has ...' and 'In 2024 the club paid ...' as adjunct and clause", () => {
    expect(stripLeadAdjunct("Since March 2019 it has spent 4%")).toEqual({ clause: "It has spent 4%", adjunct: "Since March 2019" });
    expect(stripLeadAdjunct("In 2024 the club paid 4%")).toEqual({ clause: "The club paid 4%", adjunct: "In 2024" });
    expect(asked("In 2024 the club paid £105 million for Declan Rice.", "£105 million")).toBe("How much did the club pay for Declan Rice, in 2024?");
  });

  it("reads no capitalised word after the year as the subject: it may be the time phrase's own ('In 2025 US dollars')", () => {
    // (Review of figure95, HIGH: 'How much did US dollars the dam cost, in 2025?', and a name after the year lowercased,
    // 'How much did arsenal pay ...': a capital after a bare year is no clause's start to the readers downstream.)
    expect(stripLeadAdjunct("In 2025 JPSCo lost 4%").adjunct).toBeNull();
    expect(stripLeadAdjunct("In 2025 US dollars the dam cost 4%").adjunct).toBeNull();
    expect(asked("In 2025 US dollars the dam cost $2 billion, twice the first estimate.", "$2 billion")).toBeNull();
    expect(asked("In 2025 Swiss francs the tunnel cost CHF 2 billion.", "CHF 2 billion")).toBeNull();
    expect(asked("In 2025 JPSCo lost 26.8% of the electricity it produced or purchased, one of the highest rates in the Caribbean.", "26.8%")).toBeNull();
    for (const body of [
      "In 2025 US dollars the dam cost $2 billion, twice the first estimate.",
      "In 2025 Swiss francs the tunnel cost CHF 2 billion.",
      "In 2022 World Cup qualifying Ghana scored 12 goals in six matches.",
      "In 2024 Arsenal paid £105 million for Declan Rice.",
      "By 2030 Vestas expects to employ 40,000 people.",
    ]) {
      const questions = factsOf(body).map((f) => f.question ?? "");
      expect(questions.filter((q) => /\b(?:US dollars the|Swiss francs the|qualifying Ghana|arsenal|vestas)\b/.test(q))).toEqual([]);
    }
  });

  it("leaves a year that goes on with its own noun, and the comma form, as they were (near misses)", () => {
    expect(stripLeadAdjunct("In 2025 terms the plant cost €40 million").adjunct).toBeNull();
    expect(stripLeadAdjunct("In 2025, JPSCo lost 4%")).toEqual({ clause: "JPSCo lost 4%", adjunct: "In 2025" });
    expect(asked("In 2025 terms the plant cost €40 million.", "€40 million")).toBeNull();
    // ("its" says not whose programmes: no subject to read after the year.)
    expect(stripLeadAdjunct("In 2025 its programmes reached 4.6 million people").adjunct).toBeNull();
  });

  it("asks no year from such an opening: the date is the adjunct's only with its comma", () => {
    expect(asked("In 2021 Region Blekinge set out to connect 98% of homes to fibre by 2025, at a cost of SEK 640 million, about a third of it paid by the state.", "2021")).toBeNull();
  });
});

describe("a change's new amount with a frequency ('by 58% to M a tonne') is not asked 'To what amount'", () => {
  it("refuses 'raise the cocoa price by 58% a tonne', with or without the year's comma", () => {
    expect(asked("In 2023 the government of Ghana raised the cocoa price by 58% to 20,943 cedis a tonne.", "20,943 cedis")).toBeNull();
    expect(asked("In 2023, the government of Ghana raised the cocoa price by 58% to 20,943 cedis a tonne.", "20,943 cedis")).toBeNull();
  });

  it("still asks the new amount with no change size before it (near miss)", () => {
    expect(asked("In 2023 the government of Ghana raised the cocoa price to 20,943 cedis a tonne.", "20,943 cedis")).toBe(
      "To what amount did the government of Ghana raise the cocoa price a tonne, in 2023?",
    );
  });
});

describe("the figure aside's qualifiers come from figure-qualifiers (one source)", () => {
  it("cuts an aside opening with any rough or bounding qualifier, keeps a rough distance with a compass point", () => {
    for (const q of ASIDE_QUALIFIERS) expect(trimRest(`${M} last season, ${q} 300 of them pears`)).toEqual({ kind: "rest", text: `${M} last season` });
    expect(trimRest(`${M} near Cape Kumlu, approximately 30 km east of the town of Kaş`)).toEqual({ kind: "rest", text: `${M} near Cape Kumlu, approximately 30 km east of the town of Kaş` });
  });
});
