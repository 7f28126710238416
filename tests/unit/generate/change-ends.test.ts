import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { changeEndAt } from "@/lib/generate/change-ends";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { withoutArithmetic } from "@/lib/generate/refuse-span";

// A change between two figures, "from X to Y" (lane fromto24). Invented sentences.
const at = (sentence: string, figure: string) => {
  const start = sentence.indexOf(figure);
  return changeEndAt(sentence, start, start + figure.length, figure);
};

describe("the ends of a change ('fell from 58% in 2022 to 41% in 2025')", () => {
  it("reads the other end and the direction of a percent, a sum and a count", () => {
    const pct = "The share of tenants in Kesso paying over a third of income in rent fell from 64% in 2021 to 47% in 2026, the survey found.";
    expect(at(pct, "64%")).toEqual({ role: "start", other: 47, direction: "down" });
    expect(at(pct, "47%")).toEqual({ role: "end", other: 64, direction: "down" });
    // the change word several words and a bracketed abbreviation before "from", the change's size set off by commas
    const rate = "The board decided to raise the Orvel Lending Rate (OLR) by 75 basis points, from 4.5 percent to 5.25 percent.";
    expect(at(rate, "5.25 percent")).toEqual({ role: "end", other: 4.5, direction: "up" });
    expect(at(rate, "4.5 percent")).toEqual({ role: "start", other: 5.25, direction: "up" });
    // another scale at the other end
    const sum = "Tarvel Port cut its annual dredging budget from $1.4 million to $900,000 last year.";
    expect(at(sum, "$900,000")).toEqual({ role: "end", other: 1_400_000, direction: "down" });
    const count = "The number of ferry crossings a week grew from 36 crossings to 52 crossings after the new pier opened.";
    expect(at(count, "36 crossings")).toMatchObject({ role: "start", other: 52, direction: "up" });
  });

  it("gives no direction where the words say none, and no change between different units", () => {
    // a range keeps the order it is written in
    expect(at("Room rates at the Kesso hostel range from €18 to €45 a night.", "€45")).toEqual({ role: "end", other: 18, direction: "up" });
    // no change word at all: the other end is still known
    expect(at("The move from 12 to 20 lanes took a decade.", "20")).toEqual({ role: "end", other: 12, direction: null });
    // "from 3 hours to 50 minutes" compares no figures
    expect(at("The average wait for a permit fell from 3 hours to 50 minutes.", "50 minutes")).toBeNull();
    // days of the week are no change, and a figure outside any "from ... to" is no end
    expect(findValueSpans("The Kesso ticket office opens from Monday to Friday.", null)).toEqual([]);
    expect(at("The clinic saw 340 patients from Monday to Friday.", "340 patients")).toBeNull();
  });
});

describe("the change's size is cut only when it is a figure ('by 50 basis points, from ... to ...')", () => {
  it("keeps a 'by' that names who did it, and the new end's unit words", () => {
    const s = "The number of night trams run by Orvel Metro rose from 40 trams to 55 trams this year.";
    expect(withoutArithmetic(s, { start: s.indexOf("40"), end: s.indexOf("40") + 2 })).toBeNull();
    const kiln = "Tarvel Mills expects the kiln to cut its gas use per tonne by 35%, from 4.0 gigajoules to 2.6 gigajoules.";
    const by = kiln.indexOf("35%");
    expect(withoutArithmetic(kiln, { start: by, end: by + 3 })).toBe("Tarvel Mills expects the kiln to cut its gas use per tonne by 35%.");
  });
});

describe("items of a change keep its other end and never contradict it", () => {
  const article = {
    slug: "kesso-fares",
    title: "Kesso council changes fares and fees",
    source: "Test Wire",
    publishedAt: new Date(Date.UTC(2026, 2, 10)),
    body: [
      "The Kesso Transport Board decided to lower the standard single bus fare in the city centre from €2.40 to €1.90 from April.",
      "",
      "The share of Kesso households with a rooftop solar panel rose from 12% in 2021 to 31% in 2025, the Orvel statistics office said.",
      "",
      "Kesso raised the annual resident parking permit fee from €85 to €140 in January, according to the Kesso transport department.",
    ].join("\n"),
  };
  const items = generateArticleItems(article);
  const figure = (s: string) => Number(/[\d.]+/.exec(s)?.[0] ?? NaN);

  it("offers options for either end only on the side the change word says, never the other end", () => {
    const checks: [RegExp, (x: number) => boolean][] = [
      [/from _____ to €1\.90/, (x) => x > 1.9],
      [/from €2\.40 to _____/, (x) => x < 2.4],
      [/from _____ in 2021 to 31%/, (x) => x < 31],
      [/from 12% in 2021 to _____/, (x) => x > 12],
    ];
    for (const [prompt, ok] of checks) {
      const choice = items.find((it) => it.type === "choice" && prompt.test(it.prompt));
      expect(choice, String(prompt)).toBeDefined();
      for (const c of choice?.choices ?? []) expect(ok(figure(c)), `${c} for ${String(prompt)}`).toBe(true);
    }
    // a real question about the new fee keeps the old one, and no option is it
    const fee = items.find((it) => it.type === "choice" && it.answer === "€140");
    expect(fee?.prompt).toMatch(/from €85\b/);
    expect(fee?.choices.every((c) => figure(c) > 85)).toBe(true);
  });

  it("never states an end's own answer in its prompt, and a false statement never reverses the change", () => {
    for (const it of items) {
      if (it.type !== "truefalse" && /\d/.test(it.answer)) expect(it.prompt.includes(it.answer), it.prompt).toBe(false);
      const m = /(lower|fell|rose|raised)[^.]*? from €?([\d.]+)%?(?: in \d{4})? to €?([\d.]+)/.exec(it.prompt);
      if (it.type === "truefalse" && m) {
        const [from, to] = [Number(m[2]), Number(m[3])];
        expect(/lower|fell/.test(m[1] ?? "") ? to < from : to > from, it.prompt).toBe(true);
      }
    }
  });

  it("accepts the change typed whole, also with a year between its ends", () => {
    const [a, , b] = findValueSpans("The share of homes with solar panels rose from 12% in 2021 to 31% in 2025.", null);
    expect(a?.accepted).toContain("from 12% in 2021 to 31%");
    expect(b?.accepted).toContain("from 12% to 31%");
  });
});

// Review 30 finding 4: a noun ("growth", "rise") or a change word outside the window took a direction the figures
// contradict, so the options all lay on the wrong side and gave the answer away.
describe("a change word's direction is kept only when the written order agrees", () => {
  it("gives no direction when the figures run the other way ('growth slowed from 5% to 3%')", () => {
    const growth = "Economic growth slowed from 5% to 3%.";
    expect(at(growth, "3%")).toEqual({ role: "end", other: 5, direction: null });
    expect(at(growth, "5%")).toEqual({ role: "start", other: 3, direction: null });
    expect(at("The rise in prices slowed from 8% to 5%.", "5%")).toEqual({ role: "end", other: 8, direction: null });
    const coal = "The plan to boost renewables would move coal's share from 40% to 20%.";
    expect(at(coal, "20%")).toEqual({ role: "end", other: 40, direction: null });
  });

  it("near miss: a change word the figures agree with keeps its direction", () => {
    expect(at("Economic growth rose from 3% to 5%.", "5%")).toEqual({ role: "end", other: 3, direction: "up" });
    expect(at("The board plans to cut the fee from $40 to $25.", "$25")).toEqual({ role: "end", other: 40, direction: "down" });
  });
});

// Review 30 finding 10: change-ends spelled its own change words, and a verb added to change-verbs.ts did not reach the
// reader of "from X to Y" that wins. Its words now come from change-verbs.ts (verbs in every form, and its nouns).
describe("the ends of a change take their words from change-verbs.ts", () => {
  it("reads a direction from verbs that only change-verbs.ts had, and from the ones only change-ends had", () => {
    expect(at("Bookings at the Orvel marina rebounded from 310 to 420 after the storm season.", "420")).toMatchObject({ role: "end", direction: "up" });
    expect(at("Grain stocks at the Kesso depot slumped from 8,000 tonnes to 5,500 tonnes in a year.", "5,500 tonnes")).toMatchObject({ role: "end", direction: "down" });
    expect(at("The council boosted the library budget from €20,000 to €26,000.", "€20,000")).toMatchObject({ role: "start", direction: "up" });
    expect(at("The operator trimmed its timetable from 48 sailings to 40 sailings a week.", "40 sailings")).toMatchObject({ role: "end", direction: "down" });
    expect(at("Tarvel doubled its cycle lanes from 14 km to 28 km.", "28 km")).toMatchObject({ role: "end", direction: "up" });
    expect(at("The plan brings a reduction from 90 beds to 70 beds.", "70 beds")).toMatchObject({ role: "end", direction: "down" });
  });

  it("near miss: a word that only starts like a change verb gives no direction", () => {
    // "contractor" is no form of "contract", "risers" none of "rise"
    expect(at("The contractor moved the site fence from 40 metres to 25 metres.", "25 metres")).toMatchObject({ role: "end", direction: null });
    expect(at("The risers on the stand went from 30 to 45.", "45")).toMatchObject({ role: "end", direction: null });
  });
});
