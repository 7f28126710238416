import { describe, expect, it } from "vitest";
import { editDistance, gradeAnswer, type GradableItem } from "@/lib/grade/grade-answer";

const typed = (kind: GradableItem["kind"], answer: string, accepted: string[] = []): GradableItem => ({ type: "typed", kind, answer, accepted, choices: [] });
const ok = (item: GradableItem, response: string) => gradeAnswer(item, response).correct;

describe("gradeAnswer", () => {
  it("choice and true/false need the exact option", () => {
    const item: GradableItem = { type: "choice", kind: "money", answer: "US$3.5 billion", accepted: [], choices: ["US$1.6 billion", "US$3.5 billion", "US$4.6 billion", "US$2.8 billion"] };
    expect(ok(item, "US$3.5 billion")).toBe(true);
    expect(ok(item, "US$4.6 billion")).toBe(false);
    expect(ok(item, "3.5 billion")).toBe(false);
    const tf: GradableItem = { type: "truefalse", kind: "count", answer: "False", accepted: [], choices: ["True", "False"] };
    expect(ok(tf, "False")).toBe(true);
    expect(ok(tf, "True")).toBe(false);
  });

  it("money: 3.5 billion = US$3.5 billion = $3,500 million = 3500000000", () => {
    const item = typed("money", "US$3.5 billion");
    for (const r of ["US$3.5 billion", "3.5 billion", "$3,500 million", "3500000000", "us $3.5 bn", "3.5"]) expect(ok(item, r), r).toBe(true);
    for (const r of ["US$4.6 billion", "3.5 million", "35 billion", ""]) expect(ok(item, r), r).toBe(false);
  });

  it("percent: 24 = 24% = 24 percent", () => {
    const item = typed("percent", "24%");
    for (const r of ["24", "24%", "24 percent", "24 per cent"]) expect(ok(item, r), r).toBe(true);
    expect(ok(item, "25%")).toBe(false);
    expect(ok(typed("percent", "35.4%"), "35.4 percent")).toBe(true);
  });

  it("counts: number words equal digits", () => {
    expect(ok(typed("count", "13"), "thirteen")).toBe(true);
    expect(ok(typed("count", "twelve"), "12")).toBe(true);
    expect(ok(typed("count", "1,000"), "1000")).toBe(true);
    expect(ok(typed("count", "two"), "three")).toBe(false);
  });

  it("ordinals and durations", () => {
    expect(ok(typed("ordinal", "24th"), "24")).toBe(true);
    expect(ok(typed("ordinal", "fourth"), "4th")).toBe(true);
    expect(ok(typed("duration", "two days"), "2 days")).toBe(true);
    expect(ok(typed("duration", "45 days"), "45-day")).toBe(true);
    expect(ok(typed("duration", "two days"), "2 weeks")).toBe(false);
  });

  it("a measured amount: a hyphenated compound is the same number of the same unit", () => {
    expect(ok(typed("count", "1,000 megawatts"), "1,000-megawatt")).toBe(true);
    expect(ok(typed("count", "1,000-megawatt"), "1000 megawatts")).toBe(true);
    expect(ok(typed("duration", "three-day"), "3 days")).toBe(true);
    expect(ok(typed("count", "40 metres"), "40-metre")).toBe(true);
    expect(ok(typed("count", "12 inches"), "12-inch")).toBe(true);
    expect(ok(typed("count", "40 metres"), "40")).toBe(true);
    expect(ok(typed("count", "40 metres"), "40 feet")).toBe(false);
    expect(ok(typed("count", "1,000 megawatts"), "1,000 megawatt hours")).toBe(false);
    expect(ok(typed("count", "1,000 megawatts"), "100 megawatts")).toBe(false);
  });

  it("names ignore case and diacritics and forgive one typo", () => {
    const item = typed("person", "Pham Minh Chinh");
    expect(ok(item, "pham minh chinh")).toBe(true);
    expect(ok(item, "Phạm Minh Chính")).toBe(true);
    expect(ok(item, "Pham Minh Chnih")).toBe(true);
    expect(ok(item, "Pham Mihn Chinh")).toBe(true);
    expect(ok(item, "Pham Mnh Chih")).toBe(false);
    expect(ok(typed("person", "To Lam"), "to lam")).toBe(true);
    expect(ok(typed("person", "To Lam"), "Ta Lim")).toBe(false);
  });

  it("a surname alone is not the full name", () => {
    expect(ok(typed("person", "Dmitry Chernyshenko"), "Chernyshenko")).toBe(false);
    expect(ok(typed("person", "Tran Hong Ha"), "Tran")).toBe(false);
  });

  it("dates: April 2023 = Apr 2023 = 4/2023", () => {
    const item = typed("date", "April 2023");
    for (const r of ["April 2023", "Apr 2023", "apr. 2023", "4/2023", "2023-04"]) expect(ok(item, r), r).toBe(true);
    expect(ok(item, "May 2023")).toBe(false);
    expect(ok(item, "2023")).toBe(false);
    expect(ok(typed("date", "7 April 2023"), "April 7, 2023")).toBe(true);
    expect(ok(typed("date", "2016"), "2016")).toBe(true);
  });

  it("a list of names is right in any order and with ',' or '&' for 'and', but not with a name missing or changed", () => {
    const item = typed("place", "Kenya and Uganda");
    for (const r of ["Kenya and Uganda", "Uganda and Kenya", "uganda, kenya", "Uganda & Kenya", "Ugnada and Kenya"]) expect(ok(item, r), r).toBe(true);
    for (const r of ["Kenya", "Uganda", "Kenya and Tanzania", "Kenya, Uganda and Rwanda", "Kenya and Kenya"]) expect(ok(item, r), r).toBe(false);
    const three = typed("organisation", "Orvel Port Authority, Tarvel Institute and Kesso College");
    expect(ok(three, "Kesso College, Orvel Port Authority and Tarvel Institute")).toBe(true);
    expect(ok(three, "Kesso College and Orvel Port Authority")).toBe(false);
    // one name is not read as a list of others: "Ana Ruiz" is no answer for "Ana Ruiz and Ivo Brandt"
    expect(ok(typed("person", "Ana Ruiz and Ivo Brandt"), "Ana Ruiz")).toBe(false);
    expect(ok(typed("person", "Ana Ruiz and Ivo Brandt"), "Ivo Brandt and Ana Ruiz")).toBe(true);
  });

  it("editDistance counts a transposition as one edit", () => {
    expect(editDistance("chinh", "chnih")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
  });
});
