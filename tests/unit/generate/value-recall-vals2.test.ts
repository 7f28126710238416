import { describe, expect, it } from "vitest";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { formatLike } from "@/lib/generate/format-value";
import type { Fact } from "@/lib/generate/types";

// Invented sentences: figures the value patterns missed (lane vals2, batches k and l), each with a case that must not change.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const spans = (sentence: string) => findValueSpans(sentence, PUBLISHED);
const values = (sentence: string) => spans(sentence).map((s) => s.answer);

describe("multiples: decimals anywhere, 'compared with', 'what a', a qualifier after a modal, a participle", () => {
  it.each([
    ["Net income rose 2.5 times to 90 million rand.", "2.5 times"],
    ["The new kiln should lift output per worker about 1.8 times compared with the old one.", "1.8 times"],
    ["The bank's debt is now 3.2 times yearly earnings.", "3.2 times"],
    ["Growers here pay twice what a grower abroad pays for seed.", "twice"],
    ["The new road would roughly triple the town's trade.", "roughly triple"],
    ["The levy rises to €900, doubling the old charge.", "doubling"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("a mean frequency is no multiple, nor a participle without its object", () => {
    expect(values("On average she swims 2.5 times a week.")).toEqual([]);
    expect(values("Doubling is a word the minister avoided.")).toEqual([]);
    expect(values("Prices keep tripling, he said.")).toEqual([]);
  });

  it("a participle's options keep its form", () => {
    const s = spans("The levy rises to €900, doubling the old charge.").find((v) => v.answer === "doubling");
    expect(s?.value).toBe(2);
    const fact = { ...s, kind: "count", unit: s?.unit, answer: s?.answer, form: s?.form } as unknown as Fact;
    expect(formatLike(fact, 3)).toBe("tripling");
  });
});

describe("a number joined to a noun before another noun is a count, answered as written", () => {
  it.each([
    ["The club opened a seven-point lead at the top of the table.", "seven-point"],
    ["The grant pays for a 40-bed ward at the district hospital.", "40-bed"],
    ["The farm adds a 5-megawatt-hour battery to its panels.", "5-megawatt-hour"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("options change only the number, in the same form", () => {
    const s = spans("The club opened a seven-point lead at the top of the table.").find((v) => v.answer === "seven-point");
    const fact = { ...s, kind: "count" } as unknown as Fact;
    expect(formatLike(fact, 5)).toBe("five-point");
  });

  it("durations, measures, ages, fractions, one-offs and number words keep their own readings", () => {
    expect(values("A 24-hour strike closed the port.")).toEqual(["24 hours"]);
    expect(values("A 60-metre flume opened.")).toEqual(["60 metres"]);
    expect(values("A five-year-old boy was found.")).toEqual([]);
    expect(values("A one-off payment needs a two-thirds majority.")).toEqual([]);
    expect(values("Twenty-five people came.")).toEqual(["Twenty-five"]);
    expect(values("There were 20-odd people.")).toEqual([]);
    expect(values("The two-legged final starts today.")).toEqual([]);
  });
});

describe("a part of a year is one answer: 'first half of 2028', 'second quarter of 2027', 'mid-2029'", () => {
  it.each([
    ["The firm hopes to begin building in the first half of 2028.", "first half of 2028"],
    ["Shipments start in the second quarter of 2027.", "second quarter of 2027"],
    ["The bridge should be finished by mid-2029.", "mid-2029"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("options are parts of the same kind", () => {
    const s = spans("Shipments start in the second quarter of 2027.").find((v) => v.answer === "second quarter of 2027");
    const fact = { ...s, kind: "date" } as unknown as Fact;
    expect(formatLike(fact, 2027_07_00)).toBe("third quarter of 2027");
    const h = spans("The firm hopes to begin building in the first half of 2028.")[0];
    expect(formatLike({ ...h, kind: "date" } as unknown as Fact, 2028_07_00)).toBe("second half of 2028");
  });

  it("a fiscal year and a part with no year are left alone", () => {
    expect(values("Results for the first half of 2026/27 came out.")).toEqual([]);
    expect(values("Sales rose in the first half.")).toEqual([]);
  });
});

describe("shares after 'close to' or 'that', and degrees written with their sign", () => {
  it.each([
    ["Close to two thirds of the nurses are women.", "close to two thirds"],
    ["The survey found that a third of the staff live abroad.", "a third"],
    ["The lake has warmed by 0.7°C since 1990.", "0.7°C"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("an ordinal 'a third deal' stays a rank", () => {
    expect(values("Under a third deal, the port gets a crane.")).not.toContain("a third");
  });
});

describe("a range of a sum written with its currency once is one answer", () => {
  it.each([
    ["The group expects revenue of between 8.0 billion and 8.4 billion escudos.", "between 8.0 billion and 8.4 billion escudos"],
    ["The mill should earn DKK 30–35 million a year.", "DKK 30–35 million"],
    ["The port will cost €3-4 billion.", "€3-4 billion"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("a change 'from 50 to 60 euros' and a conference 'COP 28-29' are no range", () => {
    expect(values("Prices rose from 50 to 60 euros.")).not.toContain("50 to 60 euros");
    expect(values("The COP 28-29 talks were long.").join(" ")).not.toMatch(/COP/);
  });
});

describe("a bare figure counts its plural subject or its label; an owner's count in digits is a fact", () => {
  it.each([
    ["The turbines are 1,240, spread over the ridge.", "1,240"],
    ["Visitors from Japan reached 12,300 last year, a record.", "12,300"],
    ["Attendance: 870.", "870"],
    ["The mill raised pay for its 2,300 staff by 5% in May.", "2,300"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("a price, a score or a year after 'are' is no count of the subject; 'its two' and 'the 300' stay context", () => {
    expect(values("Sales reached 4,000 last year.")).not.toContain("4,000");
    expect(values("Founded: 1998.")).toEqual([]);
    expect(values("Its two ministers met.")).toEqual([]);
    expect(values("The 300 workers went home.")).toEqual([]);
  });
});

describe("'from a maximum of X to Y' is a change, and a price per unit of measure may be typed with its unit", () => {
  it("each sum of a change is asked alone; a plain range stays one answer", () => {
    expect(values("Fines are raised from a maximum of €40,000 to €90,000.")).toEqual(["€40,000", "€90,000"]);
    expect(values("Budgets of €100,000 to €200,000 a season are common.")).toContain("€100,000 to €200,000");
  });

  it("'€20 per square metre' typed whole is right", () => {
    const s = spans("Owners of empty flats pay €30 per square metre a year.").find((v) => v.answer === "€30");
    expect(s?.accepted).toContain("€30 per square metre");
  });
});

describe("a table's bare figure, as the table sentences write it", () => {
  it("'The operating profit of Q3 2026 was 29.8.' asks 29.8; options keep its decimals", () => {
    const s = spans("The revenue (b/. million) of Cold storage was 39.7.").find((v) => v.answer === "39.7");
    expect(s?.unit).toBe("table figure");
    expect(formatLike({ ...s, kind: "count" } as unknown as Fact, 31.76)).toBe("31.8");
  });

  it("a year and a name after 'was' are no figure of the table", () => {
    expect(values("The founding of the club was 1998.")).not.toContain("1998");
    expect(values("The capital of France was Paris.")).toEqual([]);
  });
});

describe("a year after 'around', or before the noun it dates", () => {
  it.each([
    ["Their daughters would be adults around 2045.", ["2045"]],
    ["Repairs are still under way after the 2020 earthquake.", ["2020"]],
  ])("%s -> %s", (sentence, years) => {
    for (const y of years) expect(spans(sentence).find((s) => s.answer === y)?.kind).toBe("date");
  });

  it("a year not yet past before a noun names a plan or a budget, not a date; a count of points is no year", () => {
    expect(values("The 2027 budget rises by 11%.")).toEqual(["11%"]);
    expect(values("They scored 2022 points.")).toEqual([]);
  });
});
