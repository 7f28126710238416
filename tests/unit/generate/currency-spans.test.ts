import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { generateItems } from "@/lib/generate";
import { articleCurrencyLetters } from "@/lib/generate/currency-names";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { gradeAnswer, type GradableItem } from "@/lib/grade/grade-answer";

// Invented sentences: sums in currencies written by ISO code, local symbol or name, before or after the amount.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const answers = (sentence: string, letters: ReadonlyMap<string, string> = new Map()) => findValueSpans(sentence, PUBLISHED, letters).filter((s) => s.kind === "money").map((s) => s.answer);

describe("money in any currency", () => {
  it.each([
    ["A night at the lodge costs LAK 410,000 in the high season.", "LAK 410,000"],
    ["A night at the lodge costs 410,000 LAK in the high season.", "410,000 LAK"],
    ["The port levy is JOD 3 per container.", "JOD 3"],
    ["The council set aside MKD 75,000 for street trees.", "MKD 75,000"],
    ["Dividends reached FCFA 6.3 billion this year.", "FCFA 6.3 billion"],
    ["Dividends reached 6.3 billion FCFA this year.", "6.3 billion FCFA"],
    ["The canton will lend KM 9,500 to each bakery.", "KM 9,500"],
    ["The canton budget of KM 2.4 billion was approved.", "KM 2.4 billion"],
    ["Each student gets a grant of 3,000 lei a term.", "3,000 lei"],
    ["The road will cost 1.4 billion lempiras to finish.", "1.4 billion lempiras"],
    ["Farmers were paid 900 quetzales per hundredweight.", "900 quetzales"],
    // symbols CLDR writes with a stop, in the country's own locale: the Aruban florin, the ngultrum, the Caribbean guilder
    ["Revenue rose to Afl. 41.2 million in the quarter.", "Afl. 41.2 million"],
    ["The dzongkhag spent Nu. 12 million on roads.", "Nu. 12 million"],
    ["The plant will cost Cg. 3.5 million to build.", "Cg. 3.5 million"],
  ])("%s -> %s", (sentence, answer) => {
    expect(answers(sentence)).toContain(answer);
  });

  it("a stop after other capitalised letters makes no sum: only the currencies CLDR writes so", () => {
    expect(answers("The song Abc. 12 million streams later topped the chart.")).toEqual([]);
  });

  it("a symbol with a stop is graded with or without the stop, and keeps its currency for options", () => {
    const span = findValueSpans("Revenue rose to Afl. 41.2 million in the quarter.", PUBLISHED, new Map()).find((s) => s.kind === "money");
    expect(span).toMatchObject({ answer: "Afl. 41.2 million", unit: "AWG million" });
    expect(span?.accepted).toContain("Afl 41.2 million");
  });

  it("a code that is also a word or an acronym is no sum without a scale: COP 30, TOP 10, ALL 3", () => {
    expect(answers("Ministers met at COP 30 in Belem, and the TOP 10 list named ALL 3 towns.")).toEqual([]);
    expect(answers("The lek budget was ALL 4.5 billion.")).toEqual(["ALL 4.5 billion"]);
  });

  it("a year after a code is no sum", () => {
    expect(answers("The MKD 2025 series of notes was late.")).toEqual([]);
  });

  it("a one-letter symbol is money only when the article names its currency", () => {
    const kwacha = articleCurrencyLetters("Prices are set in kwacha by the regulator.");
    expect(answers("Diesel will cost K3,100 a litre and the fund holds K12.5 billion.", kwacha)).toEqual(["K3,100", "K12.5 billion"]);
    expect(answers("Diesel will cost K3,100 a litre.")).toEqual([]);
    const quetzal = articleCurrencyLetters("The quetzal held steady against the dollar (GTQ).");
    expect(answers("The daily allowance rose to Q5 per pupil.", quetzal)).toEqual(["Q5"]);
    // "Q4 2026", "in Q3": quarters, even where quetzales are named.
    expect(answers("Sales in Q3 fell, and Q4 2026 will be weak.", quetzal)).toEqual([]);
    expect(articleCurrencyLetters("The MWK fell.").get("K")).toBe("MWK");
  });

  it("options keep the currency and scale of the answer", () => {
    const body = "Prices are set in kwacha. Petrol will cost K2,480 a litre in Zomba from Monday. Diesel will cost K2,610 a litre in Zomba from Monday. Paraffin will cost K1,950 a litre in Zomba from Monday.";
    const items = generateItems([{ slug: "fuel", title: "Fuel prices", source: "Test", publishedAt: PUBLISHED, body } satisfies ArticleInput]);
    const choice = items.find((i) => i.type === "choice" && i.answer === "K2,480");
    expect(choice).toBeDefined();
    for (const c of choice?.choices ?? []) expect(c).toMatch(/^K\d{1,3}(?:,\d{3})*$/);
  });
});

describe("options and false statements for a currency written with a stop", () => {
  it("are sums in that currency near the answer, never 'Afl. NaN million' (the stop was read as a decimal point)", () => {
    const body = "Net profit reached Afl. 14.2 million in the quarter, the hotel group said. A stall in the market sold tea worth Rs. 900,000 in October.";
    const items = generateItems([{ slug: "h", title: "Hotel profit", source: "Test", publishedAt: PUBLISHED, body } satisfies ArticleInput], { keepFrom: 0, fullFrom: 0 });
    const shown = items.flatMap((i) => [i.prompt, ...(i.choices ?? [])]);
    expect(shown.filter((t) => t.includes("NaN"))).toEqual([]);
    const afl = items.find((i) => i.type === "choice" && i.answer === "Afl. 14.2 million");
    const rs = items.find((i) => i.type === "choice" && i.answer === "Rs. 900,000");
    for (const c of afl?.choices ?? []) expect(c).toMatch(/^Afl\. \d+(?:\.\d)? million$/);
    // options of the answer's size: 0.9 was read before, so they came out as Rs. 901,000 or Rs. 2,000,000
    for (const c of rs?.choices ?? []) expect(Number(c.replace(/^Rs\. /, "").replace(/,/g, ""))).toBeGreaterThan(300_000);
    expect([afl?.choices?.length, rs?.choices?.length]).toEqual([4, 4]);
  });
});

describe("grading a sum in a local currency", () => {
  const typed = (answer: string, accepted: string[] = []): GradableItem => ({ type: "typed", kind: "money", answer, accepted, choices: [] });
  const ok = (item: GradableItem, response: string) => gradeAnswer(item, response).correct;

  it("accepts the code, the name or the bare figure, not another currency", () => {
    for (const r of ["K2,760", "2,760 kwacha", "MWK 2,760", "2760"]) expect(ok(typed("K2,760"), r), r).toBe(true);
    for (const r of ["2,760 rand", "K2,670", "$2,760"]) expect(ok(typed("K2,760"), r), r).toBe(false);
    for (const r of ["25,000 kip", "25,000 LAK", "25000"]) expect(ok(typed("LAK 25,000"), r), r).toBe(true);
    expect(ok(typed("FCFA 18.4 billion"), "18.4 billion CFA francs")).toBe(true);
    expect(ok(typed("FCFA 18.4 billion"), "18.4 billion euros")).toBe(false);
    expect(ok(typed("200,000 lei"), "RON 200,000")).toBe(true);
  });
});

describe("money in a local symbol where the article names the country, not the currency", () => {
  it("a country named once is enough for its one-letter symbol", () => {
    const letters = articleCurrencyLetters("Bus fares in Malawi rose again this month.");
    expect(answers("A seat to Zomba now costs K4,500, and the operator wants K12 million to renew its fleet.", letters)).toEqual(["K4,500", "K12 million"]);
    expect(articleCurrencyLetters("The Botswanan regulator met on Monday.").get("P")).toBe("BWP");
  });

  it("the country's letters its people write that CLDR lacks: M for the maloti, NLe for the new leone", () => {
    expect(answers("A new clinic in Maseru cost M64 million.", articleCurrencyLetters("Lesotho opened a clinic."))).toEqual(["M64 million"]);
    expect(answers("A nurse now earns NLe 4,100 a month.")).toEqual(["NLe 4,100"]);
  });

  it("a lone letter before a figure stays refused with no currency or country named", () => {
    expect(answers("Traffic on the M25 rose and the K2 expedition cost K3,500.")).toEqual([]);
  });

  it("a person's name is no country, and a letter and figure beside a name are a name", () => {
    expect(articleCurrencyLetters("Michael Jordan and Chad Smith spoke.").size).toBe(0);
    const letters = articleCurrencyLetters("Growth in Switzerland slowed.");
    expect(answers("The F1 season opened, and Airbus F90 orders grew.", letters)).toEqual([]);
  });

  it("the balboa's B/. is money in any article, graded against its code", () => {
    const spans = findValueSpans("Quarterly profit reached B/.24.5 million and the dividend B/.0.08 a share.", PUBLISHED, new Map()).filter((s) => s.kind === "money");
    expect(spans.map((s) => s.answer)).toEqual(["B/.24.5 million", "B/.0.08"]);
    const item: GradableItem = { type: "typed", kind: "money", answer: spans[0]?.answer ?? "", accepted: spans[0]?.accepted ?? [], choices: [] };
    expect(gradeAnswer(item, "PAB 24.5 million").correct).toBe(true);
    expect(gradeAnswer(item, "B/.24.5 million").correct).toBe(true);
    expect(gradeAnswer(item, "B/.25.4 million").correct).toBe(false);
  });
});

describe("a key-figures list item in a one-letter currency", () => {
  it("\"Budget: M52 million\" is a statement like \"Budget: NOK 52 billion\"", async () => {
    const { splitSentences } = await import("@/lib/generate/split-sentences");
    const texts = splitSentences("## Key figures\n\n- Budget: M52 million, about US$3 million\n- Fee: B/.12.5 per tonne\n").map((s) => s.text);
    expect(texts).toContain("The budget is M52 million, about US$3 million.");
    expect(texts).toContain("The fee is B/.12.5 per tonne.");
  });
});

describe("a sum restated in another currency (invented sentences)", () => {
  it("is cut from the question of the first sum, where it would only restate the answer", () => {
    const items = generateItems([{ slug: "b", title: "Bridge", source: "Test", publishedAt: PUBLISHED, body: "The total cost of the Tromsø bridge is NOK 2.1 billion, about US$200 million." }]);
    for (const i of items) expect(i.prompt).not.toMatch(/US\$200 million\?/);
  });
});

describe("a letter and figure where only a country's name implies the currency", () => {
  it("a product or model code is no sum: it needs a scale, separators, decimals or a money word before it", () => {
    const highlands = articleCurrencyLetters("Clinics across Bhutan reopened.");
    expect(answers("The district handed out 3,000 N95 masks to its schools.", highlands)).toEqual([]);
    const islands = articleCurrencyLetters("Cricket in Samoa is growing.");
    expect(answers("The visitors won two T20 games in a row.", islands)).toEqual([]);
    const island = articleCurrencyLetters("Flights to Madagascar resumed.");
    expect(answers("The carrier leased an A320 jet for the route.", island)).toEqual([]);
  });

  it("a money word before the amount, or a sum's own form, still reads as money", () => {
    const letters = articleCurrencyLetters("Bus fares in Malawi rose again this month.");
    expect(answers("A short ride now costs K450, up from K300 last year.", letters)).toEqual(["K450", "K300"]);
    expect(answers("Drivers paid K80 per trip and the fund holds K3.5 billion.", letters)).toEqual(["K80", "K3.5 billion"]);
    expect(answers("Fares will range between K300 and K450 a trip.", letters)).toContain("between K300 and K450");
    // A money word before, but a lower-case noun right after: "for K90 tickets" names a kind of ticket.
    expect(answers("Fans queued for K90 tickets.", letters)).toEqual([]);
  });

  it("a currency named by its word keeps its bare letter sums", () => {
    const kwacha = articleCurrencyLetters("Prices in Malawi are set in kwacha.");
    expect(answers("The clinic charges K450 a visit.", kwacha)).toEqual(["K450"]);
  });
});

describe("a letter two of the article's currencies share", () => {
  it("is no money when only countries name them, and the one named by word or code when one is", () => {
    const both = articleCurrencyLetters("Farmers in Zambia and Malawi sell maize across the border.");
    expect(both.get("K")).toBeUndefined();
    expect(answers("The ministry in Lusaka set aside K1.8 million for seed.", both)).toEqual([]);
    expect(articleCurrencyLetters("Zambia and Malawi trade maize; the ZMW rose.").get("K")).toBe("ZMW");
    expect(articleCurrencyLetters("Zambia and Malawi both call their money the kwacha.").get("K")).toBeUndefined();
    expect(articleCurrencyLetters("Zambia raised its kwacha fees.").get("K")).toBe("ZMW");
    // A country named over and over leads one named once in passing.
    expect(articleCurrencyLetters("Papua New Guinea's forests are warming. Papua New Guinea funds the survey with a Swedish team.").get("K")).toBe("PGK");
  });
});

describe("a key-figures label whose value is a code", () => {
  it("'Route: M4' is said whole and never asked as money, even where M is the country's letter", () => {
    const body = "Lesotho opened a new road on Monday.\n\nKey facts:\n\n- Route: M4\n- Cost: M340 million\n\nThe road links two towns in the lowlands.";
    const items = generateItems([{ slug: "road", title: "Road opens", source: "Test", publishedAt: PUBLISHED, body } satisfies ArticleInput]);
    expect(items.some((i) => i.answer === "M340 million")).toBe(true);
    expect(items.filter((i) => i.kind === "money" && /M4\b/.test(i.answer))).toEqual([]);
  });
});

describe("local symbols CLDR gives in the country's language-and-region locale (invented sentences)", () => {
  // "pt-AO", "en-MW": the maximized "pt-Latn-AO" falls back to the code, so these were not read as money.
  it.each([
    ["The port budget is Kz 4.2 billion this year.", "Kz 4.2 billion"],
    ["The road fund holds USh 120 million.", "USh 120 million"],
    ["Each farmer receives MK 850,000 in vouchers.", "MK 850,000"],
    ["The bridge will cost MTn 12 million.", "MTn 12 million"],
    ["Port fees rose to Fdj 5,000 per container.", "Fdj 5,000"],
    ["The ministry pays Nfk 1,500 a month.", "Nfk 1,500"],
    ["Mining royalties reached FC 3.1 billion.", "FC 3.1 billion"],
    ["The market levy is FG 250,000 a stall.", "FG 250,000"],
    ["The clinic cost Db 9.5 million.", "Db 9.5 million"],
    ["Nurses now earn Le 4,100 a month.", "Le 4,100"],
    ["The hotel tax raised SR 48 million.", "SR 48 million"],
    ["Maize sold at Bs 8.50 a kilo.", "Bs 8.50"],
    ["A loaf now costs Br 2.40.", "Br 2.40"],
    ["A night on the atoll costs Rf 1,200.", "Rf 1,200"],
  ])("%s -> %s", (sentence, answer) => {
    expect(answers(sentence)).toEqual([answer]);
  });

  it("a two-letter symbol that is also a word or an abbreviation is no bare sum unless the article names its currency", () => {
    expect(answers("Pirae FC 3, Venus 1.")).toEqual([]);
    expect(answers("Le Monde 24 ran the story first.")).toEqual([]);
    expect(answers("Traffic on SR 520 road was slow.")).toEqual([]);
    expect(answers("The Db 30 query timed out, and Br 12 was closed.")).toEqual([]);
    expect(answers("Each pupil got SR 520 for books.", articleCurrencyLetters("The Seychelles rupee held steady."))).toEqual(["SR 520"]);
    expect(answers("School fees rose to Le 24 a term.", articleCurrencyLetters("Schools across Sierra Leone reopened."))).toEqual(["Le 24"]);
    expect(answers("Pirae FC 3, Venus 1.", articleCurrencyLetters("Tahiti's league resumed."))).toEqual([]);
    // A symbol that is another named currency's initials is that currency's: "SR" for the Saudi riyal.
    const riyal = findValueSpans("The fund holds SR 48 million.", PUBLISHED, articleCurrencyLetters("The Saudi riyal held steady.")).find((v) => v.kind === "money");
    expect(riyal).toMatchObject({ answer: "SR 48 million", unit: "SAR million" });
    const typed: GradableItem = { type: "typed", kind: "money", answer: "SR 48 million", accepted: [], choices: [] };
    expect(gradeAnswer(typed, "SAR 48 million").correct).toBe(true);
    expect(gradeAnswer(typed, "SCR 48 million").correct).toBe(true);
    // A country CLDR writes with "&" and accents, as English prose writes it.
    expect(answers("A bus fare is now Db 30.", articleCurrencyLetters("Buses in Sao Tome are cheap."))).toEqual(["Db 30"]);
    expect(answers("A bus fare is now Db 30.", articleCurrencyLetters("Buses across São Tomé and Príncipe are cheap."))).toEqual(["Db 30"]);
    // Named or not, a club's score beside its name, or "the VT 200 rule", is no sum.
    expect(answers("Pirae FC 3, Venus 1.", articleCurrencyLetters("The Congolese franc fell."))).toEqual([]);
    expect(answers("The VT 200 rule was dropped.", articleCurrencyLetters("Vanuatu sells passports."))).toEqual([]);
  });

  it("a typed sum in a symbol two currencies fold to is graded for either: RF for the Rwandan franc, Rf for the rufiyaa", () => {
    const item = (answer: string): GradableItem => ({ type: "typed", kind: "money", answer, accepted: [], choices: [] });
    expect(gradeAnswer(item("Rf 1,200"), "MVR 1,200").correct).toBe(true);
    expect(gradeAnswer(item("RF 1,200"), "RWF 1,200").correct).toBe(true);
    // A scale is no word of the currency's name: "120 million shillings" is the shilling, not "million shillings".
    expect(gradeAnswer(item("USh 120 million"), "120 million shillings").correct).toBe(true);
    expect(gradeAnswer(item("Ksh 120 million"), "120 million shillings").correct).toBe(true);
    expect(gradeAnswer(item("USh 120 million"), "120 million rand").correct).toBe(false);
  });

  it("letters before a dollar or pound sign name a currency of their own: FK£, Bds$, E£ (letters + sign not read)", () => {
    expect(answers("The cannery made a profit of FK£3.2 million last year.")).toEqual(["FK£3.2 million"]);
    expect(answers("Salted hake sold for FK£9,800 a tonne.")).toEqual(["FK£9,800"]);
    expect(answers("A bus pass costs Bds$45 a month.")).toEqual(["Bds$45"]);
    expect(answers("The dam cost E£12 billion.")).toEqual(["E£12 billion"]);
    // A lower-case word glued to the sign is no currency: the sum is the sign's.
    expect(answers("They told us$5 was enough.")).toEqual(["$5"]);
    expect(answers("The board expects sales of between FK£14 million and FK£16 million.")).toEqual(["between FK£14 million and FK£16 million"]);
    expect(answers("The board expects sales of FK£14-16 million.")).toEqual(["FK£14-16 million"]);
  });

  it("a sum in letters and a sign is graded right without the letters, and wrong in another sign", () => {
    const item: GradableItem = { type: "typed", kind: "money", answer: "FK£3.2 million", accepted: [], choices: [] };
    expect(gradeAnswer(item, "£3.2m").correct).toBe(true);
    expect(gradeAnswer(item, "3.2 million").correct).toBe(true);
    expect(gradeAnswer(item, "€3.2m").correct).toBe(false);
    expect(gradeAnswer(item, "£3.1m").correct).toBe(false);
  });

  it("a country's initials between the amount and its currency keep the sum whole: 28 U.S. cents", () => {
    const span = findValueSpans("Riders now pay 35 U.S. cents a trip.", PUBLISHED, new Map()).find((s) => s.kind === "money");
    expect(span?.answer).toBe("35 U.S. cents");
    expect(span?.accepted).toContain("35 cents");
    expect(answers("The shop opens at 9 a.m. dollars or not.")).toEqual([]);
  });

  it("the press's symbols CLDR does not give: CFP for the CFP franc, Dh for the dirham", () => {
    expect(answers("A return ferry ticket costs CFP 4,500.")).toEqual(["CFP 4,500"]);
    expect(answers("Sales reached Dh75 million.")).toEqual(["Dh75 million"]);
    expect(answers("The CFP 2026 rules apply.")).toEqual([]);
    const item: GradableItem = { type: "typed", kind: "money", answer: "CFP 4,500", accepted: [], choices: [] };
    expect(gradeAnswer(item, "XPF 4,500").correct).toBe(true);
    expect(gradeAnswer(item, "€4,500").correct).toBe(false);
  });
});
