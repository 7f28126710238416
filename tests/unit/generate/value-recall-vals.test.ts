import { describe, expect, it } from "vitest";
import { articleCurrencyLetters } from "@/lib/generate/currency-names";
import { findValueSpans } from "@/lib/generate/find-value-spans";
import { generateItems } from "@/lib/generate";
import { completionStem } from "@/lib/generate/completion-stem";
import { formatLike } from "@/lib/generate/format-value";
import { itsOwner } from "@/lib/generate/its-owner";
import { parseNumberText } from "@/lib/generate/number-words";
import { splitSentences } from "@/lib/generate/split-sentences";
import type { Fact, ValueForm } from "@/lib/generate/types";
import { gradeAnswer } from "@/lib/grade/grade-answer";

// Invented sentences: figures the value patterns missed (lane vals, batches i and j), each with a case that must not change.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const spans = (sentence: string) => findValueSpans(sentence, PUBLISHED);
const values = (sentence: string) => spans(sentence).map((s) => s.answer);
const accepts = (sentence: string, answer: string, typed: string) => {
  const span = spans(sentence).find((s) => s.answer === answer);
  if (!span) return false;
  return gradeAnswer({ type: "typed", kind: span.kind, answer: span.answer, accepted: span.accepted, choices: [] }, typed).correct;
};

describe("multiples written with decimals, 'what' or 'that of', and the comparison after them", () => {
  it.each([
    ["Summers in the valley are warming 1.5 times faster than the national average.", "1.5 times"],
    ["The moon has a mass of 1.3 times that of the smaller one.", "1.3 times"],
    ["Bread in the capital costs roughly twice what it does in the villages.", "twice"],
    ["Sales reached 3,000, almost three times what the shop sold in 2019.", "three times"],
    ["The reef's corals carry the gene at about three times the frequency seen elsewhere.", "three times"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("the article's comparison and qualifier may be typed with the multiple", () => {
    expect(accepts("The new pump lifts about twice as much water as the old one.", "twice", "twice as much")).toBe(true);
    expect(accepts("The new line is 12 times faster than the bus.", "12 times", "12 times faster")).toBe(true);
    expect(accepts("Bread in the capital costs roughly twice what it does in the villages.", "twice", "roughly twice")).toBe(true);
  });

  it("a frequency or a whole 'one times' is no multiple", () => {
    expect(values("The ferry calls three times a day.")).toEqual([]);
    expect(values("It was 1 times the size.")).toEqual([]);
  });
});

describe("years after 'after', counts after 'fewer than' and 'the number of people'", () => {
  it("'after 2010' is a year", () => {
    expect(values("Most of the damage came after 2010.")).toEqual(["2010"]);
  });

  it("'fewer than 40' keeps its bound as a qualifier", () => {
    const s = spans("In two dry years the number of cranes seen fell to fewer than 40.").find((v) => v.answer === "40");
    expect(s?.qualifier).toBe("fewer than");
    expect(s?.accepted).toContain("fewer than 40");
  });

  it("'the number of people ... at about 14,000' and '... to more than 210,000' are counts of their noun", () => {
    expect(spans("The union puts the number of people employed in the mills at about 14,000.").find((v) => v.answer === "14,000")?.noun).toBe("people");
    expect(values("The number of rooftop producers rose from 42,000 at the end of 2022 to more than 210,000 in October 2026.")).toContain("210,000");
  });

  it("a year in a name or a range stays out: 'the 2019-2020 season' is no 'after' year", () => {
    expect(values("The club was relegated after the 2019-2020 season.")).toEqual(["2019-2020"]);
  });
});

describe("a change 'from X to Y' typed whole is the answer of either figure's question", () => {
  it.each([
    ["Earnings per share rose from 21 cents to 27 cents.", "27 cents", "from 21 cents to 27 cents"],
    ["The average tariff rises from 231.40 lei/MWh to 247.15 lei/MWh next year.", "247.15 lei/MWh", "from 231.40 lei/MWh to 247.15 lei/MWh"],
    ["Losses fell from 10.2% to 9.5%.", "10.2%", "from 10.2% to 9.5%"],
    ["The lens thinned from 16.5 metres in the mid-1990s to 11.2 metres.", "11.2 metres", "from 16.5 metres in the mid-1990s to 11.2 metres"],
  ])("%s (%s) accepts '%s'", (sentence, answer, whole) => {
    expect(accepts(sentence, answer, whole)).toBe(true);
  });

  it("figures of two units, or not joined as a change, accept no whole form", () => {
    expect(accepts("Sales rose 5% to $3 million.", "$3 million", "from 5% to $3 million")).toBe(false);
    expect(spans("Sales rose from 5% to $3 million.").flatMap((s) => s.accepted).some((a) => a.startsWith("from "))).toBe(false);
    expect(spans("Prices rose 21 cents to 27 cents.").flatMap((s) => s.accepted).some((a) => a.startsWith("from "))).toBe(false);
    expect(accepts("Earnings per share rose from 21 cents to 27 cents.", "27 cents", "from 27 cents to 21 cents")).toBe(false);
  });
});

describe("a currency written by the initials of its name, in an article that names it", () => {
  const inArticle = (context: string, sentence: string) => findValueSpans(sentence, PUBLISHED, articleCurrencyLetters(context)).map((s) => `${s.kind}:${s.answer}`);

  it("'BD14.5 million' in a story on Bahrain, 'KD 5 million' beside the Kuwaiti dinar, 'VT 12.4 billion' in Vanuatu", () => {
    expect(inArticle("A new plant opened in Bahrain.", "The plant cost BD14.5 million, of which BD6 million is a loan.")).toEqual(["money:BD14.5 million", "money:BD6 million"]);
    expect(inArticle("Prices are set in Kuwaiti dinars.", "The grant is KD 5 million.")).toEqual(["money:KD 5 million"]);
    expect(inArticle("Vanuatu sells passports.", "In its best year the scheme brought in VT 12.4 billion.")).toEqual(["money:VT 12.4 billion"]);
  });

  it("no money where the article names neither the currency nor its country, nor in a name or model", () => {
    expect(inArticle("A story about Kenya.", "The plant cost BD14.5 million.")).toEqual([]);
    expect(inArticle("Vanuatu sells passports.", "The VT 200 rule was dropped.")).toEqual([]);
    expect(values("The 2 form was filed late.")).toEqual([]);
    expect(inArticle("A story about Uganda and its shilling.", "The US 25 route was closed.").filter((v) => v.startsWith("money"))).toEqual([]);
  });
});

describe("the figure a count is compared with ('up from 1.1 million') counts the same thing", () => {
  it("'2.4 million discs a year, up from 1.1 million in Vaduz' and 'down from 13,100 last year'", () => {
    const up = spans("The output is 2.4 million glass discs a year, up from 1.1 million in Vaduz.").find((s) => s.answer === "1.1 million");
    expect(up?.noun).toBe("glass discs");
    expect(up?.value).toBe(1_100_000);
    expect(spans("The club has 12,400 members, down from 13,100 last year.").find((s) => s.answer === "13,100")?.noun).toBe("members");
  });

  it("sums keep their own pattern, and a figure in another scale is no count of the same thing", () => {
    expect(values("Sales were $4 million, up from $3 million.")).toEqual(["$4 million", "$3 million"]);
    expect(values("The output is 2.4 million glass discs a year, up from 1.1 billion in Vaduz.")).not.toContain("1.1 billion");
  });
});

describe("ranges, shares and small sums the patterns missed", () => {
  it("'between 1,200 and 1,500 people' is one count range, 'between three and six metres' one measure range", () => {
    const range = spans("The new mill would employ between 1,200 and 1,500 people once running.");
    expect(range.map((s) => s.answer)).toEqual(["between 1,200 and 1,500"]);
    expect(range[0]?.noun).toBe("people");
    expect(values("Most of the sharks are between three and six metres long.")).toEqual(["between three and six metres"]);
    expect(values("Between 40 and 60 staff lost their jobs.")).toEqual(["between 40 and 60"]);
  });

  it("years, durations and digit measures keep their own rules", () => {
    expect(values("Between 2010 and 2015 prices rose.")).toEqual([]);
    expect(values("The payback period was between 11 and 16 years.")).toEqual(["between 11 and 16 years"]);
    expect(values("The pens were between 3 and 5 km apart.")).toEqual(["between 3 and 5 km"]);
  });

  it("'a little over a quarter' keeps its qualifier, and bounds the options on its side", () => {
    expect(values("Its mills shelled 31,000 tonnes, a little over a quarter of the crop.")).toContain("a little over a quarter");
    expect(values("A little over an hour later it rained.")).toEqual([]);
  });

  it("'eight cents a share' is a sum in words; 'one dollar' and digits keep their forms", () => {
    expect(values("The board declared a dividend of eight cents a share, up from six cents.")).toEqual(["eight cents", "six cents"]);
    expect(values("One dollar buys little.")).toEqual([]);
    expect(values("He owed 5 dollars.")).toEqual(["5 dollars"]);
  });

  it("'the second quarter of 2027' typed whole names the quarter asked", () => {
    // (vals2: the part of a year is now the answer itself, typed whole or with its "the".)
    expect(accepts("Full output will be reached in the second quarter of 2027.", "second quarter of 2027", "the second quarter of 2027")).toBe(true);
    expect(accepts("It was the second quarter in a row.", "second", "second quarter of 2027")).toBe(false);
  });
});

describe("'Its' after a sentence about a country is the country's", () => {
  it("'Liberia has gone for speed instead. Its programme ...' is Liberia's; a pair, a described thing or a name is not", () => {
    expect(itsOwner("Liberia has gone for speed in the classroom instead.", null)).toEqual({ owner: "Liberia" });
    expect(itsOwner("Kenya and Uganda signed a deal.", null)).toEqual({ refused: true });
    expect(itsOwner("The new factory opened in May.", null)).toEqual({ refused: true });
    expect(itsOwner("Vanuatu Airlines said it would fly daily.", null)).toEqual({ refused: true });
  });
});

describe("measures, nights and scaled counts in words", () => {
  it.each([
    ["The buds weigh 5.4 grams each.", "5.4 grams"],
    ["The scanner's field strength is 0.08 tesla.", "0.08 tesla"],
    ["It circles its star at a distance of about 0.12 astronomical units.", "0.12 astronomical units"],
    ["The scanner draws 1,200 watts from a wall socket.", "1,200 watts"],
    ["Visitors now stay an average of 7.2 nights.", "7.2 nights"],
    ["The terminal would handle up to two million ferry and cruise passengers a year.", "two million"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("'kilowatts' and 'kilograms' stay whole, and 'Two million of them' counts nothing said", () => {
    expect(values("The pump draws 40 kilowatts and lifts 300 kilograms.")).toEqual(["40 kilowatts", "300 kilograms"]);
    expect(values("Two million of them left.")).toEqual([]);
  });

  it("options of a scaled count in words are in words, and of a multiple with decimals keep them", () => {
    const fact = (answer: string, value: number, unit: string, form: Partial<ValueForm>) => ({ kind: "count", answer, value, unit, form: { prefix: "", suffix: "", decimals: 0, words: false, grouped: false, ...form } }) as unknown as Fact;
    expect(formatLike(fact("two million", 2e6, "passenger", { suffix: " million", words: true }), 3e6)).toBe("three million");
    expect(formatLike(fact("1.5 times", 1.5, "times", { suffix: " times", decimals: 1 }), 1.7999999999999998)).toBe("1.8 times");
    expect(formatLike(fact("twice", 2, "times", { suffix: " times", words: true }), 1)).toBeNull();
  });
});

describe("options of a small measure with decimals vary by a share of it", () => {
  it("'0.08 tesla' is offered beside 0.06 or 0.12 tesla, never '2.08 tesla'", () => {
    const body =
      "Halvard Imaging on Monday launched the Birk, a portable scanner for rural clinics in Norway. The Birk’s field strength is 0.08 tesla, using a permanent magnet. The scanner weighs 240 kilograms and runs from a wall socket.";
    const items = generateItems([{ slug: "t", title: "Halvard Imaging launches the Birk scanner", source: "Test", publishedAt: PUBLISHED, body }]);
    const choice = items.find((i) => i.type === "choice" && i.answer === "0.08 tesla");
    expect(choice).toBeDefined();
    for (const option of choice?.choices ?? []) expect(Number(option.replace(/ tesla$/, ""))).toBeLessThan(0.5);
  });
});

describe("a year after 'after' in a clause of its own is no value", () => {
  it("'requires buyers to prove that cocoa was not grown on land cleared after 2020' gives no 'After which year was ...' question", () => {
    const body =
      "Abidjan Cocoa Mills posted record revenue on Monday. The European Union's deforestation regulation requires buyers to prove that cocoa was not grown on land cleared after 2020. Most of the loss of forest came after 2010.";
    const items = generateItems([{ slug: "t", title: "Abidjan Cocoa Mills posts record revenue", source: "Test", publishedAt: PUBLISHED, body }]);
    expect(items.filter((i) => i.type !== "cloze" && /^After which year was/.test(i.prompt.replace(/^\([^)]*\)\s*/, "")))).toEqual([]);
    expect(items.some((i) => i.answer === "2010" && /After which year did most of the loss of forest come\?/.test(i.prompt))).toBe(true);
  });
});

describe("parts of a counted whole, and counts in words after 'the number of'", () => {
  it("'nine of the 42 boreholes', 'Of the country's 22 plants, 15 are ...', 'cap the number of tour boats ... at eight'", () => {
    expect(spans("Nitrate levels in nine of the 42 boreholes exceeded guidelines.").find((s) => s.answer === "nine")?.noun).toBe("of the 42 boreholes");
    expect(spans("Of the country's 22 processing plants, 15 are in or around the capital.").find((s) => s.answer === "15")?.noun).toBe("processing plants");
    expect(spans("A draft decree would cap the number of tour boats at any one time at eight.").find((s) => s.answer === "eight")?.value).toBe(8);
  });

  it("no part after a whole that is no count ('Of the 40 firms, most are small'), nor a year", () => {
    expect(values("Of the 40 firms, most are small.")).toEqual([]);
    expect(values("Of the 40 firms, 2020 was the best year.")).not.toContain("2020");
  });

  it("no option of a part is as large as its whole", () => {
    const body =
      "Burkina Faso shelled 31,000 tonnes of cashews this year, up from 18,000 tonnes in 2021. Of the country's 22 processing plants, 15 are in or around Bobo-Dioulasso and Banfora. Nitrate levels in nine of the 42 boreholes near the city exceeded safe limits.";
    const items = generateItems([{ slug: "t", title: "Burkina Faso cashew processing grows", source: "Test", publishedAt: PUBLISHED, body }]);
    for (const item of items.filter((i) => i.type === "choice" && (i.answer === "15" || i.answer === "nine"))) {
      const whole = item.answer === "15" ? 22 : 42;
      for (const option of item.choices) expect(parseNumberText(option) ?? 0).toBeLessThan(whole);
    }
  });
});

describe("a counted label whose value counts a noun, under a caption that names its subject", () => {
  it("'Jobs: 95 direct positions, with ...' under 'The plant at a glance' is what the plant has", () => {
    const texts = splitSentences("**The plant at a glance**\n\n- Capacity: 12,000 tonnes a year\n- Jobs: 95 direct positions, with a local hiring rate of 60%\n- Partners: three supermarket chains and the city").map((s) => s.text);
    expect(texts).toContain("The plant has 95 direct positions, with a local hiring rate of 60%.");
    expect(spans("The plant has 95 direct positions, with a local hiring rate of 60%.").find((s) => s.answer === "95")?.noun).toBe("direct positions");
    // (A label whose value counts nothing, "three supermarket chains and the city", is still no statement.)
    expect(texts.some((t) => /^The plant has three/.test(t))).toBe(false);
  });
});

describe("more counts of a noun, and a change in percent that is no range", () => {
  it("'raise the levy from 1% to 1.5%' asks each figure, and the change typed whole is accepted", () => {
    expect(values("The regulator will raise the levy from 1% to 1.5% of gross revenue.")).toEqual(["1%", "1.5%"]);
    expect(accepts("The regulator will raise the levy from 1% to 1.5% of gross revenue.", "1.5%", "from 1% to 1.5%")).toBe(true);
    expect(values("Growth of 3% to 5% is expected.")).toEqual(["3% to 5%"]);
  });

  it("'a survey of 400 relocated households', 'sell 40 of its oldest lorries', 'Of the 19 parrots, 15 now live higher'", () => {
    expect(spans("In a survey of 400 relocated households, nearly half said income fell.").find((s) => s.answer === "400")?.noun).toBe("relocated households");
    expect(spans("The group would sell 40 of its oldest lorries.").find((s) => s.answer === "40")?.noun).toBe("of its oldest lorries");
    expect(values("Of the 19 parrots, 15 now live higher.")).toContain("15");
  });

  it("a figure before an '-ed' verb is still no count of what follows it ('In 2020, 15 signed agreements')", () => {
    expect(values("In 2020, 15 signed agreements.")).toEqual(["2020"]);
  });
});

describe("a completion stem is never a phrase that opens with a preposition", () => {
  it("'In a survey by Eco-Benin of _____ relocated households, nearly half said ...' keeps its clause", () => {
    expect(completionStem("In a survey by the charity Eco-Benin of _____ relocated households, nearly half said their income had fallen since the move.")).toBe(
      "In a survey by the charity Eco-Benin of _____ relocated households, nearly half said their income had fallen since the move.",
    );
    // (A phrase with its clause after a comma is still a clause: "In 2023, the ferry carried _____ passengers.")
    expect(completionStem("In 2023, the ferry carried _____ passengers, and the bus fewer.")).toBe("In 2023, the ferry carried _____ passengers.");
  });
});

describe("a cricket total or a bowler's figures is one answer", () => {
  it.each([
    ["The hosts reached 287 for 7 from their 50 overs.", "287 for 7"],
    ["Safi finished with 3 for 44 from his ten overs.", "3 for 44"],
    ["Dzvova ended with 4 for 38, the best figures of his career.", "4 for 38"],
    ["Siraj took six for 58 in the second innings.", "six for 58"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("no figures without a word of cricket, nor of thousands or more than ten wickets", () => {
    expect(values("The bill passed 40 for 2 in the vote.")).toEqual([]);
    expect(values("The side made 1,287 for 7,000 runs.")).not.toContain("1,287 for 7,000");
    expect(values("They scored 120 for 44 in the overs.")).toEqual([]);
  });

  it("options keep the figures' form: a wicket and a few runs away", () => {
    const fact = (answer: string, value: number, words = false) => ({ kind: "count", answer, value, unit: "cricket figures", form: { prefix: "", suffix: "", decimals: 0, words, grouped: false } }) as unknown as Fact;
    expect(formatLike(fact("3 for 44", 3044), 4051)).toBe("4 for 51");
    expect(formatLike(fact("six for 58", 6058, true), 7065)).toBe("seven for 65");
  });
});
