import { describe, expect, it } from "vitest";
import { matchEntityRules, nameBeforeAcronym } from "@/lib/generate/entity-rules";
import { extractFacts } from "@/lib/generate/extract-facts";
import { findEntitySpans } from "@/lib/generate/find-entity-facts";
import { findNameChunks } from "@/lib/generate/find-name-chunks";

// Names and terms no finder gave at all ("no span" in scripts/diagnose-missing.ts, batch g): every sentence here is
// invented, written in the grammar the seen articles used, not copied from them.
const names = (sentence: string) => [...findEntitySpans(sentence, { publishedAt: new Date(Date.UTC(2026, 10, 20)) }).map((e) => `${e.kind}:${e.name}`), ...findNameChunks(sentence).map((c) => `${c.kind}:${c.name}`)];
const factsOf = (body: string) => extractFacts({ slug: "t", title: "T", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });

describe("a name spelled out before its acronym, in any language", () => {
  it("keeps French or Spanish joining words and accented initials ('Électricité du Niger (EDN)')", () => {
    expect(nameBeforeAcronym("Électricité du Niger", "EDN")).toBe("Électricité du Niger");
    expect(nameBeforeAcronym("Banque Centrale des Etats", "BCE")).toBe("Banque Centrale des Etats");
    const found = matchEntityRules("He worked for twelve years at Société des Eaux du Sahel (SES), the water utility.");
    expect(found.map((f) => f.name)).toContain("Société des Eaux du Sahel");
  });

  it("does not cut a name whose acronym is another language's ('National Bank of Georgia (BNG)')", () => {
    // "Bank of Georgia" spells B..G, but "National" holds the N the acronym still has: the acronym is the name's in
    // another language, so the whole name is asked as known by it.
    expect(nameBeforeAcronym("National Bank of Georgia", "BNG")).toBeNull();
    expect(names("The National Bank of Georgia (BNG) raised its key rate on Tuesday.")).toContain("organisation:National Bank of Georgia");
    expect(names("The National Bank of Georgia (BNG) raised its key rate on Tuesday.")).not.toContain("organisation:Bank of Georgia");
  });

  it("an adjective in -based is no part of the name ('the Lima-based Institute for Water Studies')", () => {
    expect(names("A report by the Lima-based Institute for Water Studies (IEA) found that leaks doubled.")).toContain("organisation:Institute for Water Studies");
  });

  it("a committee or an exchange known by another name ('the Wage Council (CNS)', 'the Accra Stock Exchange (GSE)')", () => {
    expect(names("Wages are set every two years by the National Pay Committee (CNR) in Santiago.")).toContain("organisation:National Pay Committee");
    expect(names("The shares are listed on the Accra Stock Exchange (GSE) since 2019.")).toContain("organisation:Accra Stock Exchange");
  });
});

describe("an owner's name before a defined name stays outside it", () => {
  it("'the African Union’s Digital Trade Protocol Office (DTPO)' is the office's name", () => {
    expect(names("The African Union’s Digital Trade Protocol Office (DTPO) opened in March.")).toContain("organisation:Digital Trade Protocol Office");
  });
});

describe("people introduced by a role phrase", () => {
  it("a nationality between the role and the name ('Porto’s coach, the Uruguayan Martín Cabrera,')", () => {
    expect(names("Porto's coach, the Uruguayan Martín Cabrera, said the draw was fair.")).toContain("person:Martín Cabrera");
  });

  it("an office of a place before the name ('the governor of Tavush, Anahit Sargsyan,')", () => {
    const found = findEntitySpans("The bridge was opened by the transport minister, Aram Petrosyan, and the governor of Tavush, Anahit Sargsyan, at a ceremony on Friday.");
    expect(found.map((e) => [e.name, e.descriptor])).toContainEqual(["Anahit Sargsyan", "governor of Tavush"]);
    // "and the governor of Tavush" is the next person's office, not the first one's.
    expect(found.find((e) => e.name === "Aram Petrosyan")?.descriptor ?? "").not.toMatch(/^and\b/);
  });

  it("a position in a team before a player's name, though the word is also a common noun ('lock', 'guard', 'forward')", () => {
    expect(names("Outside centre Tevita Manu crossed in the ninth minute after a long move.")).toContain("person:Tevita Manu");
    expect(names("Fiji led early, and lock Semi Radrodro added a second try from a driving maul.")).toContain("person:Semi Radrodro");
    expect(names("Forward Amadou Diallo added 15 points, including three three-pointers.")).toContain("person:Amadou Diallo");
    expect(names("Mali won 80-75, with guard Moussa Ndiaye scoring 22 points.")).toContain("person:Moussa Ndiaye");
    expect(names("Right-back Julián Benítez struck a shot that looped over the goalkeeper.")).toContain("person:Julián Benítez");
    // A product is no player: "smart lock Google Nest".
    expect(names("The smart lock Google Nest sold well this year.")).not.toContain("person:Google Nest");
  });
});

describe("the questions those people are asked by keep the role that makes one answer right", () => {
  const questionOf = (body: string, answer: string) => factsOf(body).find((f) => f.answer === answer)?.question ?? null;
  it("whose coach, which place's governor, which position", () => {
    expect(questionOf("Porto's coach, the Uruguayan Martín Cabrera, said the draw was fair.", "Martín Cabrera")).toBe("Who is Porto’s coach?");
    expect(questionOf("The bridge was opened by the governor of Tavush, Anahit Sargsyan, at a ceremony on Friday.", "Anahit Sargsyan")).toBe("Who was the governor of Tavush in November 2026?");
    expect(questionOf("Outside centre Tevita Manu crossed in the ninth minute after a long move from a lineout.", "Tevita Manu")).toBe("Which outside centre crossed in the ninth minute after a long move from a lineout?");
    expect(questionOf("The National Bank of Georgia (BNG) raised its key rate on Tuesday.", "National Bank of Georgia")).toBe("Which bank is known as BNG?");
  });
});

describe("a name blanked before its own acronym is given away by its letters, accented or not", () => {
  it("no cloze or completion of '_____ (EDN)' for 'Électricité du Niger'", async () => {
    const { generateArticleItems } = await import("@/lib/generate");
    const items = generateArticleItems({ slug: "t", title: "Niger power", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body: "Amadou Issa worked for twelve years as an engineer at Électricité du Niger (EDN), the state power utility, before he founded the firm." });
    expect(items.filter((it) => it.answer === "Électricité du Niger" && it.prompt.includes("_____ (EDN)"))).toEqual([]);
  });
});

describe("places that carry a fact, named by what kind of place they are", () => {
  it("a site 'at' a place, with or without a comma ('a pilot plant at Tarija', 'a second mill, at Bouaké,')", () => {
    expect(names("Most of the output came from a pilot plant at Tarija, which opened in 2019.")).toContain("place:Tarija");
    expect(names("It will build a second mill, at Bouaké, with capacity of 30,000 tonnes.")).toContain("place:Bouaké");
  });

  it("a place after its kind and 'of' ('in the department of Oruro', 'the municipality of Ohrid')", () => {
    expect(names("The salt flat lies in the department of Oruro, near the Chilean border.")).toContain("place:Oruro");
    expect(names("Work began last year in the municipality of Ohrid and will end in 2028.")).toContain("place:Ohrid");
  });

  it("a natural feature by its capitalised head, after or before the name ('the Simien Mountains', 'Lake Ohrid')", () => {
    expect(names("The birds now breed only in the northern Simien Mountains, where nests are watched.")).toContain("place:Simien Mountains");
    expect(names("A second ferry will enter service on Lake Ohrid next spring.")).toContain("place:Lake Ohrid");
    expect(names("Most of them nest in the Kinangop Plateau National Park in the west.")).toContain("place:Kinangop Plateau National Park");
  });

  it("no natural feature from a number word and a plural head ('Seven Seas operates ...' is a company)", () => {
    expect(names("Seven Seas operates ten ferries along the northern coast.")).not.toContain("place:Seven Seas");
    expect(names("Three Hills owns two small hotels near the harbour.")).not.toContain("place:Three Hills");
    expect(names("Hikers crossed the Blue Hills in two days.")).toContain("place:Blue Hills");
  });

  it("a name before a lowercase kind of place ('the Fedchenko glacier', 'the Rogun dam', 'the Vakhsh and Panj rivers')", () => {
    expect(names("The team will extend its survey to the Fedchenko glacier next summer.")).toContain("place:Fedchenko");
    expect(names("Tajikistan gets most of its power from the Nurek hydroelectric plant on the river.")).toContain("place:Nurek");
    const rivers = names("Their meltwater feeds the Vakhsh and Panj rivers, which supply farms downstream.");
    expect(rivers).toContain("place:Vakhsh");
    expect(rivers).toContain("place:Panj");
    // A demonym or a company before "plant" is no place ("the Russian gas plant", "the Ford plant").
    expect(names("Workers at the Ford plant went on strike.")).not.toContain("place:Ford");
    expect(names("Officials visited the Russian gas plant on Monday.")).not.toContain("place:Russian");
  });
});

describe("questions about those places stay whole", () => {
  const questionOf = (body: string, answer: string) => factsOf(body).find((f) => f.answer === answer)?.question ?? null;
  it("a place on a site noun after another preposition is not asked as the verb's ('came from a pilot plant at Tarija')", () => {
    expect(questionOf("Most of the copper came from a pilot plant at Tarija in the south.", "Tarija")).toBeNull();
    expect(questionOf("The mine produced 900 tonnes of copper last year, against a target of 2,000 tonnes, and most of that came from a pilot plant at Tarija.", "Tarija")).toBeNull();
  });
  it("an appositive giving another name is left out ('near the town of Rumonge, formerly Kigoma,')", () => {
    expect(questionOf("The Imena Tea Cooperative was founded in 1998 near the town of Rumonge, formerly Kigoma, and has grown since.", "Rumonge") ?? "").not.toMatch(/formerly/);
  });
  it("an owner before a river is no part of its name ('Laos's Mekong River')", () => {
    expect(names("The dolphins of Laos's Mekong River are fewer each year.")).toContain("place:Mekong River");
  });
});

describe("people named beside a role that runs on ('..., the cooperative's president and herself a farmer')", () => {
  const questionOf = (body: string, answer: string) => factsOf(body).find((f) => f.answer === answer)?.question ?? null;
  it("the role after the name ends at 'and', a full stop or an 'of' phrase", () => {
    expect(names("“We waited twenty years,” said Agnès Mukamana, the union's president and herself a tea grower in Nyamasheke.")).toContain("person:Agnès Mukamana");
    expect(names("“Every stove counts,” said Dario Kovačević, the canton's minister of housing and environment.")).toContain("person:Dario Kovačević");
  });

  it("a hyphenated office ('Its secretary-general, Ana Ferreira,')", () => {
    expect(names("Its secretary-general, Ana Ferreira, calls the tiers unfair.")).toContain("person:Ana Ferreira");
  });

  it("an office with a list of portfolios and a name with a particle ('Qatar's minister of trade, industry and tourism, Khalid bin Saad Al-Mannai,')", () => {
    expect(questionOf("Qatar's minister of trade, industry and tourism, Khalid bin Saad Al-Mannai, ended a visit to Kenya on Friday.", "Khalid bin Saad Al-Mannai")).toMatch(/^Who (?:is|was) Qatar’s minister of trade, industry and tourism\b/);
  });

  it("a capitalised office of a place ('the Deputy Governor of Kandal Province, Sok Chenda,')", () => {
    expect(questionOf("The launch was attended by the Deputy Governor of Kandal Province, Sok Chenda, and by officials of the ministry.", "Sok Chenda")).toBe("Who was the Deputy Governor of Kandal Province in November 2026?");
  });

  it("a role at a body spelled out with its acronym ('Tigran Hakobyan, an analyst at the Armenian Energy Institute (AEI), said')", () => {
    expect(names("Tigran Hakobyan, an analyst at the Armenian Energy Institute (AEI), said the lines were too weak.")).toContain("person:Tigran Hakobyan");
  });

  it("a sentence opening with a name and its body ('Lena Vogt of the University of Basel, who ...')", () => {
    expect(names("Lena Vogt of the University of Basel, who was not involved in the study, called the work careful.")).toContain("person:Lena Vogt");
  });
});

describe("a body opening a sentence is not its own speaker", () => {
  it("'The Regional Union of Maize Growers of the North (URMN) said ...' names no person", () => {
    expect(names("The Regional Union of Maize Growers of the North (URMN) said in a statement that prices fell.").filter((n) => n.startsWith("person:"))).toEqual([]);
  });
  it("the whole office, 'and' inside it included ('the canton's minister of housing and environment.')", () => {
    const found = findEntitySpans("“Every stove counts,” said Dario Kovačević, the canton's minister of housing and environment.");
    expect(found.find((e) => e.name === "Dario Kovačević")?.descriptor).toBe("minister of housing and environment");
  });
});

describe("named things: a body, scheme or service named in commas after what it is, and journals", () => {
  const questionOf = (body: string, answer: string) => factsOf(body).find((f) => f.answer === answer)?.question ?? null;
  it("'The region's water company, SAVA Vodovod, serves ...' and 'Peru's main cash transfer scheme, Juntos,'", () => {
    expect(questionOf("The region's water company, SAVA Vodovod, serves about 40,000 homes in the valley.", "SAVA Vodovod")).toBe("What is the name of the region’s water company?");
    expect(questionOf("Peru's main cash transfer scheme, Juntos, pays a household about PEN 200 every two months.", "Juntos")).toBe("What is the name of Peru’s main cash transfer scheme?");
    expect(names("Most of it goes to the city bus company, GSP Tirana, which runs 300 buses.")).toContain("organisation:GSP Tirana");
  });

  it("a service 'called' by its name", () => {
    expect(names("The service, called Mekong Go, replaces diesel boats that have carried visitors for decades.")).toContain("organisation:Mekong Go");
  });

  it("a journal after 'appear in the journal' and a date, keeping a title's own 'The'", () => {
    expect(names("The results appear in the journal Molecular Ecology.")).toContain("organisation:Molecular Ecology");
    expect(names("The study, published on 12 March in Journal of Glaciology, counted 900 glaciers.")).toContain("organisation:Journal of Glaciology");
    expect(names("The work, published on Monday in the journal The Holocene, was led by a team in Oslo.")).toContain("organisation:The Holocene");
  });
});

describe("a journal's options are journals or none", () => {
  it("no completion offering a foundation or a university for a journal", async () => {
    const { generateArticleItems } = await import("@/lib/generate");
    const body = "The study was led by the University of Nairobi and the Moi University, with help from the Kenya Wildlife Foundation and the Mara Conservancy Trust. The results appear in the journal Conservation Letters.";
    const items = generateArticleItems({ slug: "t", title: "Kenya's vultures are vanishing, study finds", source: "Test", publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
    const choice = items.find((it) => it.answer === "Conservation Letters" && it.type === "choice");
    expect(choice?.choices.filter((c) => /Foundation|University/.test(c)) ?? []).toEqual([]);
    expect(items.some((it) => it.answer === "Conservation Letters" && it.type === "cloze")).toBe(true);
  });
});

describe("more heads that say what a name is", () => {
  it("a committee, an assembly, a municipality and a bank named in its own language are organisations", () => {
    expect(names("Exports reached $1.1 billion, according to Georgia's Statistical Committee.")).toContain("organisation:Statistical Committee");
    expect(names("The treaty will need approval from Chile's National Congress and the Regional Legislative Assembly.")).toContain("organisation:Regional Legislative Assembly");
    expect(names("The port company is majority-owned by the Municipality of Budva.")).toContain("organisation:Municipality of Budva");
    expect(names("The firm financed the rest with a loan from Banca Popolare di Sondrio.")).toContain("organisation:Banca Popolare di Sondrio");
  });

  it("a zone, an airport and a hotel are places", () => {
    expect(names("The plant opened last week in the Accra Free Zone, near the port.")).toContain("place:Accra Free Zone");
    expect(names("The deal covers a new terminal at Kutaisi International Airport by 2029.")).toContain("place:Kutaisi International Airport");
    expect(names("The minister told a business forum at the Serena Lake Hotel on Tuesday that talks went well.")).toContain("place:Serena Lake Hotel");
  });

  it("a system named after 'an' in commas is found, though no question can say which", () => {
    expect(names("The central bank launched an instant payments system, SIP, in 2023, and licensed two firms.")).toContain("organisation:SIP");
  });
});

describe("a name qualifying a noun after 'is' is not asked as the verb's", () => {
  it("'The Port of Bar is a joint stock company majority-owned by the Municipality of Bar.'", () => {
    const q = factsOf("The Port of Bar is a joint stock company majority-owned by the Municipality of Bar.").find((f) => f.answer === "Municipality of Bar")?.question ?? null;
    expect(q).toBeNull();
  });
});

describe("... while a verb after 'is' keeps its question", () => {
  it("'Peru is expanding its own port in Chancay'", () => {
    expect(factsOf("Peru is expanding its own port in Chancay, north of Lima, with Chinese money.").find((f) => f.answer === "Chancay")?.question ?? "").toMatch(/^In which/);
  });
});

describe("a place named in commas after a superlative that makes it one of a kind", () => {
  it("'The longest glacier in the range, Fedchenko, has lost ...' asks which glacier", () => {
    const f = factsOf("The longest glacier in the range, Fedchenko, has lost about 12% of its volume since 2000.").find((x) => x.answer === "Fedchenko");
    expect(f?.kind).toBe("place");
    expect(f?.question).toBe("What is the name of the longest glacier in the range?");
  });
  it("no superlative, no question: 'The glacier, Fedchenko, ...' is one of many", () => {
    expect(factsOf("The glacier, Fedchenko, has lost about 12% of its volume since 2000.").find((x) => x.answer === "Fedchenko")?.question ?? null).toBeNull();
  });
});
