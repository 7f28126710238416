import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { mainCountry } from "@/lib/generate/main-country";
import { countryOfDemonym } from "@/lib/generate/demonyms";
import { aboutSeveralCountries, countriesAndPeoplesIn, countriesIn, withCountryNamed } from "@/lib/generate/whose-country";

// Strict reads I0 item 12, K1 items 7, 37, M0 item 39: "the government" or "the country's" in an article about several
// countries leaves the learner unable to tell whose figure it is. It is written in when the article says, else refused.
const article = (body: string, title: string) => ({ slug: "a", title, source: "Island Policy Review", publishedAt: new Date(Date.UTC(2026, 10, 9)), body });
const items = (body: string, title: string) => generateArticleItems(article(body, title));
const several = { articleCountries: ["Belize", "Grenada"], severalCountries: true };

describe("whose 'the government' is", () => {
  it("reads countries, not bodies named after one", () => {
    expect(countriesIn("When Sierra Leone's Teaching Service Commission met, Liberia.")).toEqual(["Sierra Leone", "Liberia"]);
    expect(countriesIn("The Kuwait Fund for Arab Economic Development paid.")).toEqual([]);
    expect(aboutSeveralCountries("Belize and Grenada. Belize did one thing, Grenada another.")).toBe(true);
    // (Two markets named once in a story about one country the lexicon lacks are asides.)
    expect(aboutSeveralCountries("Visitors from India and China arrived.")).toBe(false);
  });

  it("is the country the sentence before names", () => {
    const before = ["Few crops matter more to a single economy than rice does to Belize."];
    expect(withCountryNamed("The grain makes up nine tenths of the country's exports.", { before, ...several })).toEqual({ text: "The grain makes up nine tenths of Belize’s exports.", written: "Belize" });
  });

  it("is written as a possessive", () => {
    expect(withCountryNamed("The government bought two ferries.", { before: ["Comoros chose to buy its ships."], articleCountries: ["Comoros", "Belize"], severalCountries: true })?.text).toBe("Comoros’ government bought two ferries.");
  });

  it("is the country the section heading names", () => {
    const placed = withCountryNamed("The government put its cost at EC$2.1 million.", { before: ["Crews rake the beaches by hand."], section: "Grenada: clean it up on land", ...several });
    expect(placed?.text).toBe("Grenada’s government put its cost at EC$2.1 million.");
    expect(withCountryNamed("The government pays a flat subsidy.", { before: [], section: "Santa Lúcia Nova: pay the fare", ...several })?.text).toBe("Santa Lúcia Nova’s government pays a flat subsidy.");
  });

  it("is refused when nothing near says which of several", () => {
    expect(withCountryNamed("The government put its cost at EC$2.1 million.", { before: ["Crews rake the beaches by hand."], section: "Background: two answers", ...several })).toBeNull();
    // Further into the sentence the rest still says what it is about: only a question is withdrawn.
    expect(withCountryNamed("On Monday morning the visiting officials toured the new fish market in the old port town, the country's busiest.", { before: ["The visit also covered food."], ...several })?.headerOnly).toBe(true);
    // A sentence before that names a country not as its subject does not say whose, unless it is the one just before.
    expect(withCountryNamed("The new cable would triple the country's bandwidth.", { before: ["Belize will pay two thirds, the rest coming from the Grenada government."], ...several })).toBeNull();
    expect(withCountryNamed("The country's second city is growing.", { before: ["Trade with Belize was small.", "The visit went on."], ...several })).toBeNull();
  });

  it("is left alone in an article about one country", () => {
    expect(withCountryNamed("The government put its cost at EC$2.1 million.", { before: [], articleCountries: ["Grenada"], severalCountries: false })).toEqual({ text: "The government put its cost at EC$2.1 million." });
    expect(withCountryNamed("The government of Belize paid.", { before: [], ...several })).toEqual({ text: "The government of Belize paid." });
    expect(withCountryNamed("In 2019 the government in Belmopan paid.", { before: [], ...several })).toEqual({ text: "In 2019 the government in Belmopan paid." });
    expect(withCountryNamed("In 2019 the government in power paid.", { before: [], ...several })).toBeNull();
  });

  it("is written into the generated items", () => {
    const body = [
      "Two small economies, Belize and Grenada, have answered the same problem in opposite ways. Belize spends heavily at sea, and Grenada spends on land.",
      "**Belize: keep it at sea**",
      "Belize runs 6 kilometres of floating barriers. The system cost BZ$5.2 million this year.",
      "**Grenada: clean it up on land**",
      "Grenada hires crews of up to 400 workers each season. They rake the beaches by hand.",
      "The government put its cost at EC$3.4 million this year, less than half of what it spent in 2021.",
    ].join("\n\n");
    const all = items(body, "What Belize and Grenada have learned from the seaweed");
    const cost = all.filter((i) => i.answer === "EC$3.4 million" && i.type !== "truefalse");
    expect(cost.length).toBeGreaterThan(0);
    for (const i of cost) expect(i.prompt).toContain("Grenada’s government");
    // Without the headings nothing says whose: no item asks it.
    const bare = items(body.replace(/\*\*[^*]+\*\*\n\n/g, ""), "What Belize and Grenada have learned from the seaweed");
    expect(bare.filter((i) => i.answer === "EC$3.4 million")).toEqual([]);
  });
});

describe("the government and the country of a story about one country", () => {
  it("are that country's, named as a country, never its demonym ('Danish's government')", () => {
    const body = [
      "Danish officials said on Monday that a new bridge would link two Danish islands. Danish engineers will design it, and Denmark will pay most of the cost.",
      "",
      "The government will spend 2 billion kroner on the bridge by 2030.",
      "",
      "The country has 406 islands, officials said.",
    ].join("\n");
    const prompts = generateArticleItems({ slug: "dk", title: "Copenhagen plans new bridge", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body }, { keepFrom: 0, fullFrom: 0 }).map((i) => i.prompt);
    expect(prompts.filter((p) => /Danish[’']s|does Danish\b/.test(p))).toEqual([]);
    expect(prompts.some((p) => p.includes("Denmark’s government"))).toBe(true);
  });
});

// The main country (demonym counts, for "the national coach") and the several countries (names, for "the government")
// were two finders that disagreed: one article could be about "Chinese" Macau and about Mozambique alone. One count of
// names and demonyms now serves both.
describe("one count of an article's countries, by name and by demonym", () => {
  it("a country named mostly by its demonym shares the story with the one named by name", () => {
    const visit = "Thai Prime Minister Somchai Rattana arrived in Peru on Monday. Peru and the Thai delegation signed a rice deal. Thai exporters will ship more rice to Peru. The Thai government will send a trade mission.";
    expect(aboutSeveralCountries(visit)).toBe(true);
    expect(mainCountry(visit)).toBeNull();
  });

  it("a country named and described far more often than the others stands out, though two others are named twice", () => {
    const life = "The Argentine architect was born in Argentina. Argentine critics praised her. She taught in Uruguay and Chile, then returned to Argentina; Uruguay and Chile honoured her, and the Argentine press mourned her.";
    expect(aboutSeveralCountries(life)).toBe(false);
    expect(mainCountry(life)).toBe("Argentine");
  });

  it("visitors' demonym does not make a story about a country without a listed demonym about theirs", () => {
    const islands = "Grenada expects a record season. American cruise lines will call at Grenada twelve times. Grenada's tourism board said American visitors spend most, and American tourists stay longest. Grenada will build a pier.";
    expect(mainCountry(islands)).toBeNull();
  });
});

// Strict read AC1-all #7: "a wider Irish push into India, where the government opened a consulate in Mumbai" was
// written "India’s government": the sentence names India, but speaks of another people's push.
describe("a sentence that names a country and another people does not say whose government", () => {
  const ctx = { before: [], articleCountries: ["Norway", "Chile"], severalCountries: true };
  it("leaves 'the government' unwritten after a second people's adjective, and writes it in after the same people's", () => {
    const mixed = withCountryNamed("The visit is part of a wider Norwegian push into Chile, where the government opened a trade office in Santiago in 2019.", ctx);
    expect(mixed?.text).toContain("where the government opened");
    expect(mixed?.headerOnly).toBe(true);
    expect(withCountryNamed("The visit is part of a wider Chilean push into Chile's south, where the government opened a port office in 2019.", ctx)?.text).toContain("Chile’s government opened");
  });
});

// Review 29 finding 5: the fix above read another people in the same sentence only, so "A Norwegian trade mission
// landed in Chile. The government opened ..." was still written "Chile’s government" one sentence further on.
describe("one reading of the countries a text names or speaks of by their people", () => {
  const ctx = { articleCountries: ["Norway", "Chile"], severalCountries: true };
  it("counts a people as its country, once, and a country and its own people as one", () => {
    expect(countriesAndPeoplesIn("A Norwegian trade mission landed in Chile on Monday.")).toEqual(["Chile", "Norway"]);
    expect(countriesAndPeoplesIn("Chilean ports in Chile's south grew.")).toEqual(["Chile"]);
    expect(countriesAndPeoplesIn("British firms in Britain and the United Kingdom.")).toEqual(["United Kingdom"]);
    // ("South Korean" is not also "Korean"; a body named after a country is no country.)
    expect(countriesAndPeoplesIn("South Korean buyers met the Kuwait Fund for Arab Economic Development.")).toEqual(["South Korea"]);
    expect(countryOfDemonym("British")).toBe("United Kingdom");
    expect(countryOfDemonym("Martian")).toBeNull();
  });

  it("leaves 'the government' unwritten after a sentence naming a country and another people", () => {
    const before = ["A Norwegian trade mission landed in Chile on Monday."];
    expect(withCountryNamed("The government opened a consulate in Valparaíso.", { before, ...ctx })).toBeNull();
    expect(withCountryNamed("On the second day of the long visit to the port, officials saw the site the government chose.", { before, ...ctx })?.headerOnly).toBe(true);
    // ... nor from a paragraph sentence further back, nor a section heading that does so.
    expect(withCountryNamed("The government opened a consulate.", { before: ["A Norwegian mission landed in Chile.", "It stayed a week."], ...ctx })).toBeNull();
    expect(withCountryNamed("The government opened a consulate.", { before: [], section: "A Norwegian push into Chile", ...ctx })).toBeNull();
    // A people alone does not say whose government acts either.
    expect(withCountryNamed("The government opened a consulate.", { before: ["Norwegian firms signed twelve deals."], ...ctx })).toBeNull();
    // (In an article about one country, a people alone is an aside, as before: the sentence stands as it is.)
    expect(withCountryNamed("The government opened a consulate.", { before: ["Norwegian firms signed twelve deals."], ...ctx, severalCountries: false })).toEqual({ text: "The government opened a consulate." });
  });

  it("still writes it in after a sentence naming one country and its own people (the near miss)", () => {
    const before = ["A Chilean trade mission toured the south of Chile on Monday."];
    expect(withCountryNamed("The government opened a consulate in Valparaíso.", { before, ...ctx })?.text).toBe("Chile’s government opened a consulate in Valparaíso.");
    expect(withCountryNamed("The government opened a consulate.", { before: [], section: "Chile: a Chilean answer", ...ctx })?.text).toBe("Chile’s government opened a consulate.");
  });
});

// Build-group read of the owners the rule writes (wrong20): "Imports from South Africa, which account for most of the
// milk sold in the country" was written "sold in South Africa" in a story about Botswana.
describe("a country named only as where something comes from does not say whose 'the country' is", () => {
  const ctx = { before: [], articleCountries: ["Botswana", "Namibia"], severalCountries: false };
  it("leaves it unwritten after 'from <country>'", () => {
    const imports = withCountryNamed("Imports from Namibia, which make up most of the beef sold in the country, rose by a tenth.", ctx);
    expect(imports?.text).toBe("Imports from Namibia, which make up most of the beef sold in the country, rose by a tenth.");
    expect(withCountryNamed("A loan from Namibia's development bank will pay for a mill to double the country's output of flour.", ctx)?.text).not.toContain("Namibia’s output");
  });

  // Review 30 finding 2: the same case split over two sentences, and a section naming the country only as an origin.
  it("leaves it unwritten when the sentence before names the country only after 'from'", () => {
    const dairies = "The country's own dairies supply a fifth.";
    expect(withCountryNamed(dairies, { ...ctx, before: ["Most of the UHT milk sold in shops comes from Namibia."] })?.text).toBe(dairies);
    expect(withCountryNamed(dairies, { ...ctx, before: ["Most of the milk sold comes from the Namibia co-operative."] })?.text).not.toContain("Namibia’s");
    expect(withCountryNamed(dairies, { ...ctx, section: "Imports from Namibia" })?.text).toBe(dairies);
    expect(withCountryNamed(dairies, { ...ctx, before: ["From Namibia come most of the cattle."] })?.text).toBe(dairies);
    // Among several countries the sentence before then says nothing, and a subject that cannot be told is refused.
    expect(withCountryNamed(dairies, { ...ctx, severalCountries: true, before: ["Most of the milk comes from Namibia."] })).toBeNull();
  });

  // speed11: "from" is read in the few characters before the name, not from the text's start (which made a whole
  // article's scan quadratic): runs of spaces, "the", and a long text before it read as they did.
  it("reads 'from (the)' just before the name however far into the text, and only a whole 'from'", () => {
    const dairies = "The country's own dairies supply a fifth.";
    const long = `${"Milk prices were steady all year. ".repeat(200)}Most of it comes from  the \n Namibia co-operative.`;
    expect(withCountryNamed(dairies, { ...ctx, before: [long] })?.text).toBe(dairies);
    expect(withCountryNamed(dairies, { ...ctx, before: ["Most of it comes from\tNamibia."] })?.text).toBe(dairies);
    // Near miss: a word ending in "from" is no "from" ("Wherefrom Namibia" is no origin), nor is "from" two words back.
    expect(withCountryNamed(dairies, { ...ctx, before: ["Wherefrom Namibia buys milk is unknown."] })?.text).toBe("Namibia’s own dairies supply a fifth.");
    expect(withCountryNamed(dairies, { ...ctx, before: ["Milk from the north of Namibia is cheap."] })?.text).toBe("Namibia’s own dairies supply a fifth.");
  });

  it("near miss: the sentence before still says whose when it names the country as its subject too", () => {
    const dairies = "The country's own dairies supply a fifth.";
    expect(withCountryNamed(dairies, { ...ctx, before: ["Botswana buys most of its milk from Namibia."] })?.text).toBe("Botswana’s own dairies supply a fifth.");
    expect(withCountryNamed(dairies, { ...ctx, before: ["Namibia sells milk, and buyers from Namibia's north travel far."] })?.text).toBe("Namibia’s own dairies supply a fifth.");
    expect(withCountryNamed(dairies, { ...ctx, before: ["Milk from the north of Namibia is cheap."] })?.text).toBe("Namibia’s own dairies supply a fifth.");
  });

  it("near miss: writes it in when the country is also named as the subject", () => {
    expect(withCountryNamed("Namibia sells most of its beef abroad, and the country's herd has grown.", ctx)?.text).toBe("Namibia sells most of its beef abroad, and Namibia’s herd has grown.");
    expect(withCountryNamed("Beef from Namibia is sold at home too, and Namibia's herders say the country's herd has grown.", ctx)?.text).toContain("Namibia’s herd");
  });
});

// Review 30 finding 12: the sentence's own countries are read once, each with where it ends, and every "the
// government" in it takes only those written before it.
describe("each 'the government' of a sentence reads only the countries named before it", () => {
  it("leaves the first unwritten and writes the second when the country comes between them", () => {
    const s = "In March the government said nothing, but after Belize signed the treaty the government paid.";
    const one = { before: ["Crews rake the beaches by hand."], articleCountries: ["Belize", "Grenada"], severalCountries: false };
    expect(withCountryNamed(s, one)?.text).toBe("In March the government said nothing, but after Belize signed the treaty Belize’s government paid.");
    // among several countries the first, which opens the sentence and says no whose, refuses it
    expect(withCountryNamed(s, { ...one, severalCountries: true })).toBeNull();
  });

  it("near miss: a country named after both says nothing of whose either is", () => {
    expect(withCountryNamed("The government and then the government paid for Belize.", { before: ["Crews rake the beaches by hand."], ...several })).toBeNull();
  });

  it("a people's adjective before a later match counts only for that one", () => {
    const s = "Along the long coastal road the government paid, and Irish firms say the government asked for more.";
    const named = withCountryNamed(s, { before: ["Grenada paid for the road."], articleCountries: ["Grenada", "Ireland"], severalCountries: true });
    // the first takes the sentence before's country; the second sees a people in its own sentence, which says nothing
    expect(named?.text).toBe("Along the long coastal road Grenada’s government paid, and Irish firms say the government asked for more.");
    expect(named?.headerOnly).toBe(true);
  });
});
