import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";
import { findValueSpans } from "@/lib/generate/find-value-spans";

// Causes of the facts no item covered on blind batches 2026-11, 11b and 11c, each pinned by phrasings of its own
// (not the batches' sentences), so a fix must be the general mechanism.
const PUBLISHED = new Date(Date.UTC(2026, 10, 20));
const values = (sentence: string) => findValueSpans(sentence, PUBLISHED).map((s) => s.answer);
const entities = (sentence: string) => findEntitySpans(sentence, { publishedAt: PUBLISHED }).map((e) => e.name);
const questionFor = (sentence: string, name: string) => findEntitySpans(sentence, { publishedAt: PUBLISHED }).find((e) => e.name === name)?.question ?? null;

describe("money is answered as the article writes it, never cut from its currency", () => {
  it.each([
    ["The trust will spend £38m on new wards.", "£38m"],
    ["The council approved a £1.62bn budget for 2027.", "£1.62bn"],
    ["Sales reached €2.5 bn last year.", "€2.5 bn"],
    ["The airline posted revenue of NT$12.3 billion.", "NT$12.3 billion"],
    ["The fund pays about KSh 1,290 a month to each family.", "KSh 1,290"],
    ["The city will spend R5.2 billion on water.", "R5.2 billion"],
    ["The ministry has budgeted Rs 11.2 lakh crore for roads.", "Rs 11.2 lakh crore"],
    ["Farmers receive NPR 12,000 for each animal lost.", "NPR 12,000"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("a prefix of letters before $ stays part of the currency: no '$12.3 billion' cut from 'NT$12.3 billion'", () => {
    expect(values("Revenue grew 17% to NT$12.3 billion.")).not.toContain("$12.3 billion");
  });
});

describe("an article before a sum is no currency", () => {
  it("'A $5 million grant' is $5 million", () => {
    expect(values("A $5 million grant went to the school.")).toContain("$5 million");
  });
});

describe("a currency is written in capitals", () => {
  it("'pay us $5' is $5, not 'us $5'", () => {
    expect(values("They asked him to pay us $5 each.")).toEqual(["$5"]);
  });
});

describe("scores of any sport, after any verb or noun that makes them a score", () => {
  it.each([
    ["The Bulls beat Denver 104-97 at home on Friday.", "104-97"],
    ["Madrid led 55-49 at half-time but faded.", "55-49"],
    ["With Leeds leading 14-10 after 30 minutes, the rain came.", "14-10"],
    ["The hosts finished with a 15-4 run to seal it.", "15-4"],
    ["Munster earned a 27-27 draw in Limerick.", "27-27"],
    ["Wales claimed a 35-21 bonus-point win over Italy.", "35-21"],
    ["The visitors outscored them 30-18 in the second half.", "30-18"],
    ["Lyon stayed top, winning 2-1 at the Parc OL.", "2-1"],
    ["The goal gave Ajax a 2-0 lead in the tie.", "2-0"],
    ["Delegates voted 312 to 97 in favour of the motion.", "312 to 97"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it.each([
    ["The 2024-25 season starts in August.", "24-25"],
    ["Applicants aged 18-24 are eligible.", "18-24"],
    ["Temperatures were in a 20-25 range all week.", "20-25"],
  ])("no score in %s", (sentence, wrong) => {
    // ("aged 18-24" is an age range, read as one: no score.)
    expect(findValueSpans(sentence, PUBLISHED).filter((s) => s.unit === "score").map((s) => s.answer)).not.toContain(wrong);
  });
});

describe("people by any role or honorific, with names of any shape", () => {
  it.each([
    ["The second try came through hooker Ewan McTavish from a maul.", "Ewan McTavish"],
    ["Their lock Tane O'Connell was sent off before half-time.", "Tane O'Connell"],
    ["The pass came from fly-half Josh Whitlock in the corner.", "Josh Whitlock"],
    ["Madrid were without Croatian center Ivo Marić, who is injured.", "Ivo Marić"],
    ["Point guard Dario Lenz added 14 points.", "Dario Lenz"],
    ["The panel, chaired by Dame Ruth Ellery, ruled against the deal.", "Ruth Ellery"],
    ["The trial was led by Prof. Ingrid Wahl, head of cardiology at the hospital.", "Ingrid Wahl"],
    ["“We lost the scrums,” said Sharks director of rugby Pieter Louw.", "Pieter Louw"],
    ["Dr Marta Quiroga, an economist at the University of Lima, estimates the cost at $3 billion.", "Marta Quiroga"],
    ["Kofi Boateng, forest campaigner at the Accra office of Greenpeace, said the fund could help.", "Kofi Boateng"],
    ["“We are ready,” said Lumora’s chief executive, Hana Sato, at the launch.", "Hana Sato"],
  ])("%s -> %s", (sentence, name) => {
    expect(entities(sentence)).toContain(name);
  });

  it("a position word is no role before a product or a company ('smart lock Google Nest')", () => {
    expect(entities("The kit pairs with the smart lock Google Nest sells.")).not.toContain("Google Nest");
  });
});

describe("organisations known by another name in parentheses, and by their legal form", () => {
  it("an acronym of the name's own words is asked for what it stands for, the legal form's full stop kept", () => {
    expect(entities("The chip is made by Taiwan Semiconductor Manufacturing Co. (TSMC) in Hsinchu.")).toContain("Taiwan Semiconductor Manufacturing Co.");
  });

  it.each([
    ["Funding came from the Danish Cancer Society (Kræftens Bekæmpelse) and two banks.", "Danish Cancer Society", "Which society is known as Kræftens Bekæmpelse?"],
    ["She taught at the National University of Colombia (UNAL) for a decade.", "National University of Colombia", "Which university is known as UNAL?"],
    ["Rents are negotiated with the Finnish Union of Tenants (Vuokralaisten Keskusliitto) each year.", "Finnish Union of Tenants", "Which union is known as Vuokralaisten Keskusliitto?"],
  ])("a name in another language or its acronym: %s", (sentence, name, question) => {
    expect(questionFor(sentence, name)).toBe(question);
  });
});

describe("places wherever they carry a fact", () => {
  it.each([
    ["Tonaro, a Kaohsiung-based audio company, makes the buds.", "Kaohsiung"],
    ["The firm, which is based in Ballarat, employs 300 people.", "Ballarat"],
    ["The Hawks beat the Kings 90-84 at the Marlow Sports Arena on Friday.", "Marlow Sports Arena"],
    ["Their next match is away to Leinster at Donnybrook Park on 29 November.", "Donnybrook Park"],
    ["The line will run through Quetta to Gwadar in Pakistan.", "Gwadar"],
    ["She was born in 1938 in Rojasco, a farming town in the north.", "Rojasco"],
  ])("%s -> %s", (sentence, name) => {
    expect(entities(sentence)).toContain(name);
  });
});

describe("multipliers, fractions, ranges and counts after their noun", () => {
  it.each([
    ["The shelter now houses 900 families, three times as many as in 2020.", "three times as many"],
    ["Officials hope exports will triple to $2 billion by 2030.", "triple"],
    // A share is answered with its qualifier: "fewer than one in ten" is not "one in ten".
    ["The new scanner weighs about a tenth as much as the old one.", "about a tenth"],
    ["The ward cut waiting times by half in a year.", "by half"],
    ["Fewer than one in ten patients survive a decade.", "fewer than one in ten"],
    ["Models gave a final estimate of 512, with a range of 430 to 601.", "430 to 601"],
    ["The payback period was between 11 and 16 years for most homes.", "between 11 and 16 years"],
    ["The firm will hire 50 more staff, bringing its headcount to 610.", "610"],
    ["Crowds averaged well, an average of 8,300 a game.", "8,300"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it("a fraction is not read as a rank ('a tenth as much' is no 'tenth')", () => {
    expect(values("The new scanner weighs about a tenth as much as the old one.")).not.toContain("tenth");
  });

  it("a day without a year after any word ('going on sale Oct. 20')", () => {
    expect(values("The buds, going on sale Oct. 20, cost $279.")).toContain("20 October 2026");
  });
});

describe("a day with its year is not resolved again", () => {
  it("'signed on March 3, 2026,' keeps the year the article wrote", () => {
    expect(values("The treaty, signed on March 3, 2026, took effect.")).toEqual(["March 3, 2026"]);
  });
});

describe("the person an article is about, named in its title, is who a later 'she' means", () => {
  const obituary: ArticleInput = {
    slug: "o", title: "Marta Quiroga, Engineer Who Built Andean Bridges, Dies at 91", source: "Test", publishedAt: PUBLISHED,
    body: [
      "Marta Quiroga, a Peruvian engineer whose bridges crossed the Andes, died on Nov. 2 in Lima. She was 91.",
      "Her son, Tomás Vidal, said the cause was pneumonia.",
      "Ms. Quiroga designed more than 60 bridges.",
      "She moved to Cusco in 1957.",
      "Later life",
      "She returned to Lima in 1983, after democracy was restored.",
    ].join("\n\n"),
  };
  it("'She moved to Cusco in 1957' after 'Ms. Quiroga ...' and 'She returned ...' two paragraphs on are asked about Marta Quiroga, not the son quoted before", () => {
    const facts = extractFacts(obituary).filter((f) => f.answer === "1983" || f.answer === "1957");
    expect(facts.map((f) => f.question)).toEqual([expect.stringContaining("Marta Quiroga"), expect.stringContaining("Marta Quiroga")]);
  });
});

describe("strict read gencov-1: what the new rules must not do", () => {
  it("no name cut from a longer one: 'the U.S. Geological Survey (USGS)' is not 'Geological Survey'", () => {
    expect(entities("Reserves are 22 million tonnes, according to the U.S. Geological Survey (USGS), but output is small.")).not.toContain("Geological Survey");
  });
  it("'a decision to halve the catch' is not asked as a multiplier (its question cannot be built)", () => {
    expect(values("The recovery followed a 2015 decision by the commission to halve the catch.")).not.toContain("halve");
  });
  it("'by half' is not an option for 'almost a quarter of'", () => {
    const units = findValueSpans("Costs fell by half. Care gets almost a quarter of the budget.", PUBLISHED).filter((s) => s.kind === "percent").map((s) => s.unit);
    expect(new Set(units).size).toBe(2);
  });
});

describe("scores and tallies after the words that place them in a match or a vote (invented sentences)", () => {
  it.each([
    ["Rovers cut the gap to 70-68 with two minutes left.", "70-68"],
    ["The win lifted the Lisbon club to 9-2, level with Porto.", "9-2"],
    ["The sides were tied 64-64 after 40 minutes.", "64-64"],
    ["The hosts were ahead 31-27 at the break.", "31-27"],
    ["Lions trail 10-6 at half-time.", "10-6"],
    ["They won the rebounding battle 44-30 and scored 21 second-chance points.", "44-30"],
    ["Hearts beat St. Mirren 3-0 in Paisley.", "3-0"],
    ["The draw left the series at 2-2 before the decider.", "2-2"],
    ["The council approved the plan by 33 votes to 12 on Monday.", "33"],
  ])("%s -> %s", (sentence, answer) => {
    expect(values(sentence)).toContain(answer);
  });

  it.each([
    ["The survey covered the 20-25 age group.", "20-25"],
    ["It won 12 votes in 2024 and the panel's 5 votes went to 3 groups.", "12 votes"],
  ])("no score or tally in %s", (sentence, wrong) => {
    expect(values(sentence).some((v) => v.includes(wrong))).toBe(false);
  });

  it("'30-40 euros' is a range of a sum (vals2), never a score", () => {
    const found = findValueSpans("Tickets moved up to 30-40 euros.", PUBLISHED);
    expect(found.some((s) => s.unit === "score")).toBe(false);
    expect(found.map((s) => s.answer)).toEqual(["30-40 euros"]);
  });
});

describe("a vote's tally 'by 33 votes to 12' (invented sentence)", () => {
  it("asks the winning count with the losing side kept, and takes the whole tally typed", async () => {
    const { gradeAnswer } = await import("@/lib/grade/grade-answer");
    const span = findValueSpans("The council approved the plan by 33 votes to 12 on Monday.", PUBLISHED).find((s) => s.answer === "33");
    expect(span?.end).toBe("The council approved the plan by 33".length);
    const item = { type: "typed" as const, kind: "count" as const, answer: span?.answer ?? "", accepted: span?.accepted ?? [], choices: [] };
    expect(gradeAnswer(item, "33 votes to 12").correct).toBe(true);
    expect(gradeAnswer(item, "12").correct).toBe(false);
    // A comma after the tally closes it; "to 12,500" would be another figure.
    expect(findValueSpans("The motion passed by 41 votes to 9, with two abstentions.", PUBLISHED).find((s) => s.answer === "41")?.accepted).toContain("41 votes to 9");
    expect(findValueSpans("The motion passed by 41 votes to 9,500 signatures.", PUBLISHED).find((s) => s.answer === "41")?.accepted ?? []).not.toContain("41 votes to 9");
  });
});

describe("options of a score are scores of its size (invented article)", () => {
  it("a final of 88-84 is not offered a 10-2 run or a 6-1 record", async () => {
    const { generateItems } = await import("@/lib/generate");
    const body = "Harbour City beat Northport 88-84 at the Arena on Saturday. Northport had closed the first half with a 10-2 run. The win lifts Harbour City to 6-1 in the league.";
    const items = generateItems([{ slug: "t", title: "Harbour City beat Northport", source: "Test", publishedAt: PUBLISHED, body }]);
    const final = items.find((i) => i.type === "choice" && i.answer === "88-84");
    expect(final).toBeDefined();
    for (const c of final?.choices ?? []) expect(c).not.toMatch(/^(?:10-2|6-1)$/);
  });
});
