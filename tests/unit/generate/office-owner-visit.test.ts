import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/generate";
import { findEntitySpans, tellsOfVisit } from "@/lib/generate/find-entity-facts";
import type { ArticleInput } from "@/lib/content/parse-article";

// Lane wrong59. A bare office before a name ("Premier X") took the country the story mostly speaks of
// (find-entity-facts.ts nationalOwner): in a story of a Korean minister's visit to a South African province, the
// host province's premier was asked as "the Korean premier", a wrong answer. A title's country must come from the
// sentence or the office's own context: not from a story or sentence of a visit (the country may be the visitor's),
// nor for an office the sentence places in a province or state.
const at = new Date(Date.UTC(2026, 10, 20));
const article = (title: string, body: string): ArticleInput => ({ slug: "t", title, source: "Test", publishedAt: at, body });
const prompts = (title: string, body: string) => generateItems([article(title, body)]).map((i) => `${i.prompt} -> ${i.answer}`);
const DANISH = "Denmark's turbine exports rose 4% in October, and Danish makers led the gains, the Danish trade ministry said.";
const DANISH_END = "Danish shipyards also reported more orders.";

describe("a bare office is not given the visitor's country", () => {
  it("in a story of a visit, the host's premier is no premier of the visitor's country", () => {
    const got = prompts(
      "Danish energy minister signs wind and grain deals in Manitoba",
      `Denmark's energy minister signed two agreements with Danish turbine makers during a trip to Manitoba on Tuesday, the Danish embassy said.\n\nMinister Lars Holm, who heads a group of 30 Danish executives, was welcomed at the legislature in Winnipeg by Premier Grace Okafor before flying north.\n\nDanish investors plan a turbine plant, and Danish buyers will take more grain, Denmark's ministry said.`,
    );
    expect(got.filter((p) => /Danish premier|Denmark’s premier/i.test(p))).toEqual([]);
  });

  it("an office the sentence places in a province or state is no country's", () => {
    const got = prompts("Danish wind exports rise for a third month", `${DANISH}\n\nPremier Anders Vik of the provincial government said the figures showed a recovery in the north.\n\n${DANISH_END}`);
    expect(got.filter((p) => /Danish premier/i.test(p))).toEqual([]);
  });

  it("a sentence of visiting guests gives the office no country of the story's", () => {
    const spans = findEntitySpans("Trade Minister Grace Okafor received the visiting delegation in Winnipeg.", { publishedAt: at, country: "Danish" });
    expect(spans.filter((s) => /Danish/.test(s.question ?? ""))).toEqual([]);
    expect(spans.find((s) => s.name === "Grace Okafor")?.nationality ?? null).toBeNull();
  });

  it("a visit story counts only when its own country is a party, by its people's adjective or possessive", () => {
    expect(tellsOfVisit("Danish energy minister signs wind deals on Manitoba visit", "", "Danish")).toBe(true);
    expect(tellsOfVisit("Wind deals signed in Winnipeg", "Denmark's energy minister signed two deals during a trip to Manitoba.", "Danish")).toBe(true);
    // (The story's country named only as the host or an object: its bare offices stay its own.)
    // (Review 35b finding 4: another country named, here the visitor's, makes the story's own bare offices unclear too.)
    expect(tellsOfVisit("Finnish trade minister visits Bengaluru to court Indian software firms", "", "Indian")).toBe(true);
    expect(tellsOfVisit("Danish energy minister signs wind deals", "", "Danish")).toBe(false);
    expect(tellsOfVisit("Danish energy minister signs wind deals on Manitoba visit", "", null)).toBe(false);
  });

  it("near misses: a one-country story with no visit keeps its country's office", () => {
    const got = prompts("Danish wind exports rise for a third month", `${DANISH}\n\nPrime Minister Anders Vik said the figures showed Denmark's recovery.\n\n${DANISH_END}`);
    expect(got.some((p) => /Who was the Danish prime minister in November 2026\? -> Anders Vik$/.test(p))).toBe(true);
    const spans = findEntitySpans("Trade Minister Grace Okafor received the figures in Copenhagen.", { publishedAt: at, country: "Danish" });
    expect(spans.find((s) => s.name === "Grace Okafor")?.nationality).toBe("Danish");
  });
});

// Review 34d finding 4: a visit told without a visit word ("signs car deals in Eastern Cape", "held talks with",
// "signed a memorandum with") still gave the host's offices the visitor's country.
describe("a visit told without a visit word gives the host's offices no country of the visitor's", () => {
  const TITLE = "Norwegian fisheries minister signs salmon deals in Western Cape";
  const LEDE = "Norway's fisheries minister Ola Berg signed two salmon supply deals with exporters in Saldanha on Monday, the Norwegian embassy said.";
  const END = "Norwegian buyers will take more fruit, and Norwegian firms plan a feed plant, Norway's ministry said.";
  const who = (body: string, title = TITLE) => prompts(title, body).map((p) => p.replace(/^\(.*?\) /, "")).filter((p) => /^Who /.test(p));

  it("a meeting sentence: talks with, or signed ... with, a bare office", () => {
    const got = who(`${LEDE}\n\nBerg held talks with Premier Thandi Mokoena in Cape Town about a cold store.\n\nBerg also signed a memorandum with Minister of Agriculture Sipho Dube in Pretoria.\n\n${END}`);
    expect(got.filter((p) => /Norw/i.test(p))).toEqual([]);
  });

  it("the title placing the story's own party elsewhere: a bare office in a sentence with no meeting word", () => {
    const got = who(`${LEDE}\n\nFinance Minister Sipho Dube said the deals would create 900 jobs on the coast.\n\n${END}`);
    expect(got.filter((p) => /Norw/i.test(p))).toEqual([]);
    expect(tellsOfVisit(TITLE, LEDE, "Norwegian")).toBe(true);
    expect(tellsOfVisit("Salmon deals signed", "Norway's fisheries minister Ola Berg signed two deals with exporters in Saldanha on Monday.", "Norwegian")).toBe(true);
  });

  it("the visitor's office written in lower case makes a host's holder of that office a second one", () => {
    const got = who(`${LEDE}\n\nFisheries Minister Sipho Dube said the deals would create 900 jobs.\n\n${END}`, "Norwegian fisheries minister signs salmon deals");
    expect(got.filter((p) => /Norw.*Sipho Dube/i.test(p))).toEqual([]);
  });

  it("a bare premier is a province's or a state's, unless the story's country has a national premier", () => {
    const canada = who("Manitoba will cut power rates by 5% from January, Canada's energy regulator said on Tuesday.\n\nPremier Wab Kinew said the cut would help families.\n\nCanadian households pay high rates, and Canadian firms have complained.", "Manitoba cuts power rates");
    expect(canada.filter((p) => /Canad.*premier/i.test(p))).toEqual([]);
    const deputy = who("Manitoba will cut power rates by 5% from January, Canada's energy regulator said on Tuesday.\n\nDeputy Premier Uzoma Asagwara said the cut would help families.\n\nCanadian households pay high rates, and Canadian firms have complained.", "Manitoba cuts power rates");
    expect(deputy.filter((p) => /Canad.*premier/i.test(p))).toEqual([]);
    const china = who("China's factory output grew 6% in October, the Chinese statistics bureau said on Monday.\n\nPremier Li Qiang said the Chinese government would keep supporting growth.\n\nChinese exports rose 4%, and Chinese retail sales rose 3%.", "Chinese factory output grows 6%");
    expect(china).toContain("Who was the Chinese premier in November 2026? -> Li Qiang");
  });

  it("near misses: a story's own party at home, named with no place, keeps its bare offices", () => {
    expect(tellsOfVisit("Norwegian fisheries minister sets new salmon quota", "Norway's fisheries minister Ola Berg raised the salmon quota by 4% on Monday.", "Norwegian")).toBe(false);
    // ("in March", "on Tuesday": no place.)
    expect(tellsOfVisit("Norwegian fisheries minister to cut quota in March", "", "Norwegian")).toBe(false);
    // ("in Norway": the party's own country.)
    expect(tellsOfVisit("Norwegian fisheries minister opens salmon plant in Norway", "", "Norwegian")).toBe(false);
    const got = who("Norway's fisheries minister Ola Berg raised the salmon quota by 4% on Monday.\n\nFinance Minister Trygve Lie said the rise would lift exports.\n\nNorwegian farmers welcomed it, and Norwegian exporters expect more sales.", "Norwegian fisheries minister sets new salmon quota");
    expect(got).toContain("Who was the Norwegian finance minister in November 2026? -> Trygve Lie");
  });
});

// Review 35b finding 4: a visit whose title and lede do not name its party as "<demonym> <office>" ("Korean carmakers
// ... in Eastern Cape", "South Korea's Park Ji-won signed ...", "Seoul signs ... with", title case) still gave the host's
// bare offices the visitor's country. Another country or people named, a visit or meeting word, or the story's country
// named before a place elsewhere now make the story possibly a visit.
describe("review 35b finding 4: a visit named without a party word gives bare offices no nationality", () => {
  const BODY = "Minister of Trade Ebrahim Patel said the plant would create 2,000 jobs.\n\nTrade Minister Ebrahim Patel said talks had taken a year.\n\nSouth Korean exports of cars rose 4%, and South Korean firms plan more plants.";
  const korean = (p: string) => /(?:Korean|Korea’s|Korea's) (?:minister|trade minister)/i.test(p.replace(/^.*?\) /, ""));

  it("the reviewer's stories ask no South Korean minister", () => {
    const carmakers = prompts("Korean carmakers to build battery plant in Eastern Cape", `South Korean carmakers Hanjin and Daeseong will build a battery plant in East London, South Korea's trade ministry said.\n\n${BODY}`);
    expect(carmakers.filter(korean)).toEqual([]);
    const park = prompts("Park Ji-won signs car deals in Eastern Cape", `South Korea's Park Ji-won signed three supply deals with carmakers in East London on Monday.\n\n${BODY}`);
    expect(park.filter(korean)).toEqual([]);
    expect(tellsOfVisit("Korean carmakers to build battery plant in Eastern Cape", "", "South Korean")).toBe(true);
    expect(tellsOfVisit("Korea's Park Ji-won signs car deals in Eastern Cape", "", "South Korean")).toBe(true);
    expect(tellsOfVisit("Seoul signs car deals with Eastern Cape", "", "South Korean")).toBe(true);
    expect(tellsOfVisit("South Korean Trade Minister Signs Car Deals In Eastern Cape", "", "South Korean")).toBe(true);
  });

  it("near misses: a one-country story at home with no place elsewhere stays not a visit", () => {
    expect(tellsOfVisit("South Korean Trade Minister Raises Car Export Target", "South Korea's trade minister Park Ji-won raised the export target by 4% on Monday.", "South Korean")).toBe(false);
    expect(tellsOfVisit("Car exports rise for a third month", "South Korea's car exports rose 4% in October, the trade ministry said.", "South Korean")).toBe(false);
  });
});
