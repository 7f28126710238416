import { describe, expect, it } from "vitest";
import { ITEM_FEATURE_NAMES, PURPOSE_NAMES, adjustedWorth, itemFeatures, itemStem, itemWorth, purposeSignals } from "@/lib/generate/fact-worth-item";
import type { FactShape, ItemShape } from "@/lib/generate/fact-worth-item";

// Invented items, on no seen article's subject.
const TITLE = "Harbour council approves NOK 880 million dredging plan";
const LABEL = "(“Harbour council approves NOK 880 million dredging plan”, Daily Wire, October 2026)";

function featuresOf(item: Partial<ItemShape> & Pick<ItemShape, "prompt" | "answer">, title = TITLE): Record<string, number> {
  const x = itemFeatures({ type: "cloze", kind: "count", ...item }, title);
  return Object.fromEntries(ITEM_FEATURE_NAMES.map((n, j) => [n, x[j]!]));
}

describe("item features", () => {
  it("the stem is the prompt without 'Complete the sentence' and its label", () => {
    expect(itemStem(`Complete the sentence ${LABEL}: The quay is _____ long.`)).toBe("The quay is _____ long.");
    expect(itemStem(`${LABEL} How many ships docked in May?`)).toBe("How many ships docked in May?");
    expect(itemStem("Who chairs the Tromsvik port authority?")).toBe("Who chairs the Tromsvik port authority?");
    expect(itemStem(`True or false ${LABEL}: The quay is 140 m long.`)).toBe("The quay is 140 m long.");
  });

  it("a stem whose subject is 'the board' or 'it' opens with no name; one that names Tromsvik does not", () => {
    expect(featuresOf({ prompt: `${LABEL} The board proposed a fee of _____ a tonne.`, answer: "NOK 41" })["stem opens with no name"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} It expects _____ ships a year.`, answer: "412" })["stem opens with no name"]).toBe(1);
    const named = featuresOf({ prompt: `${LABEL} The Tromsvik pilots guided _____ ships.`, answer: "412" });
    expect(named["stem opens with no name"]).toBe(0);
    expect(named["stem names nothing"]).toBe(0);
    // (A month is no name: "in May" places nothing.)
    expect(featuresOf({ prompt: `${LABEL} The board met _____ times in May.`, answer: "six" })["stem names nothing"]).toBe(1);
  });

  it("a fact box's line said as a sentence ('The berths are _____ ...') names its label, not a nameless subject", () => {
    const opener = (stem: string) => featuresOf({ prompt: `Complete the sentence ${LABEL}: ${stem}`, answer: "14" })["stem opens with no name"];
    expect(opener("The berths are _____ deep-water slots for bulk carriers.")).toBe(0);
    expect(opener("The dredged depth is up to _____ metres at low tide.")).toBe(0);
    expect(opener("The number of pilot posts is _____ by 2028.")).toBe(0);
    // Near misses: a clause whose verb is not the copula right before the blank keeps its unnamed subject.
    expect(opener("The board is expected to approve _____ berths.")).toBe(1);
    expect(opener("The dredger was at work for _____ weeks.")).toBe(1);
    expect(opener("The berths held _____ ships in May.")).toBe(1);
  });

  it("a date answer is a year, a day or a reporting period", () => {
    const date = (answer: string) => featuresOf({ kind: "date", prompt: `${LABEL} The quay opened in _____.`, answer });
    expect(date("1987")["answer a year"]).toBe(1);
    expect(date("5 December 2026")["answer a day"]).toBe(1);
    expect(date("Dec. 5")["answer a day"]).toBe(1);
    expect(date("Monday")["answer a day"]).toBe(1);
    expect(date("the third quarter")["answer a reporting period"]).toBe(1);
    expect(date("March 2026")["answer a day"]).toBe(0);
    expect(date("March 2026")["answer a year"]).toBe(0);
  });

  it("who said a line, a procedure, a blank after 'from' or 'since'", () => {
    expect(featuresOf({ kind: "person", prompt: `${LABEL} "The channel is finally deep enough," said _____, a harbour pilot.`, answer: "Ingrid Solheim" })["asks who said"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} Objections may be filed within _____ of the notice.`, answer: "two months", kind: "duration" })["procedural line"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} The fee rose to NOK 41.20 a tonne from _____.`, answer: "NOK 33.90", kind: "money" })["blank after from or since"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} The fee rose to _____ a tonne.`, answer: "NOK 41.20", kind: "money" })["blank after from or since"]).toBe(0);
  });

  // Review 33a finding 6: the weight is for a reference point (a value's base, a date a figure is measured from), not
  // for a lender, an origin or a tenure's start, which are the fact itself.
  it("'blank after from or since' weighs a reference point only, not a lender, an origin or a tenure's start", () => {
    const blankFrom = (item: Partial<ItemShape> & Pick<ItemShape, "prompt" | "answer">) => featuresOf(item)["blank after from or since"];
    expect(blankFrom({ prompt: `${LABEL} The dredging firm borrowed NOK 400 million from _____.`, answer: "the Nordic Investment Bank", kind: "organisation" })).toBe(0);
    expect(blankFrom({ prompt: `${LABEL} The survey vessel sailed from _____ on Monday.`, answer: "Bodø", kind: "place" })).toBe(0);
    expect(blankFrom({ prompt: `${LABEL} Ingrid Solheim has led the port authority since _____.`, answer: "2019", kind: "date" })).toBe(0);
    expect(blankFrom({ prompt: `${LABEL} Ingrid Solheim chaired the board from _____ to 2024.`, answer: "2019", kind: "date" })).toBe(0);
    // Near misses, still weighed: a date a figure of the stem is measured from, and a value's base.
    expect(blankFrom({ prompt: `${LABEL} The quay has lost 40 metres of mooring since _____.`, answer: "2019", kind: "date" })).toBe(1);
    expect(blankFrom({ prompt: `${LABEL} Ship calls fell to 310 from _____.`, answer: "412", kind: "count" })).toBe(1);
  });

  it("the answer in the title, and an answer word already in the stem", () => {
    expect(featuresOf({ prompt: "The council approved a _____ plan.", answer: "NOK 880 million", kind: "money" })["answer in the title"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} Pilot Solheim and _____ guided the ship.`, answer: "Erik Solheim", kind: "person" })["answer word in the stem"]).toBe(1);
    expect(featuresOf({ prompt: `${LABEL} Pilot Lind and _____ guided the ship.`, answer: "Erik Solheim", kind: "person" })["answer word in the stem"]).toBe(0);
  });

  it("the item type, and the stem's length in [0, 1]", () => {
    const x = featuresOf({ type: "typed", prompt: `${LABEL} How many ships docked?`, answer: "412" });
    expect(x["type typed"]).toBe(1);
    expect(x["type cloze"]).toBe(0);
    expect(x["stem words (log)"]).toBeGreaterThan(0);
    expect(x["stem words (log)"]).toBeLessThanOrEqual(1);
  });
});

describe("item worth", () => {
  it("what the fact's sentence is for: a value to compare with, a visit's programme, who spoke, an aside", () => {
    const purpose = (kind: FactShape["kind"], sentence: string, answer: string) => {
      const at = sentence.indexOf(answer);
      const x = purposeSignals({ kind, sentence, answer, span: [at, at + answer.length] });
      return PURPOSE_NAMES.filter((_, j) => x[j] === 1);
    };
    expect(purpose("count", "The quay handled 412 ships, against 380 in the previous year.", "380")).toEqual(["baseline clause holds it"]);
    expect(purpose("percent", "Landing fees rose 6%, compared with 4% a year earlier.", "4%")).toEqual(["baseline clause holds it"]);
    expect(purpose("count", "The quay handled 412 ships, against 380 in the previous year.", "412")).toEqual([]);
    expect(purpose("place", "The harbour master flies to Bergen on Friday before returning to Oslo.", "Oslo")).toEqual(["itinerary sentence"]);
    expect(purpose("count", "She arrived with a delegation of 12 pilots.", "12")).toEqual(["itinerary sentence"]);
    expect(purpose("money", "She visited the quay, which cost NOK 90 million.", "NOK 90 million")).toEqual([]);
    expect(purpose("date", "The probe is the second mission to visit the comet, after one launched in 1986.", "1986")).toEqual([]);
    expect(purpose("person", "Kari Moe, a shipping analyst at Nordhav, said fees would rise.", "Kari Moe")).toEqual(["answer is the speaker"]);
    expect(purpose("person", "The work is on schedule, according to Kari Moe.", "Kari Moe")).toEqual(["answer is the speaker"]);
    expect(purpose("person", "Kari Moe was elected chair of the council in May.", "Kari Moe")).toEqual([]);
    expect(purpose("person", "The port's harbour master, Kari Moe, said the dredging would start in spring.", "Kari Moe")).toEqual(["answer is the speaker", "answer between commas"]);
    expect(purpose("organisation", "The dredging is paid for by the Coastal Fund (KF), the council said.", "KF")).toEqual(["answer in brackets"]);
    // A share price's move on the day is a market snapshot; inventory ("stock levels") and an issue of shares are not.
    expect(purpose("percent", "Shares in Nordhav Marine rose 5.1% to NOK 88 by midday in Oslo.", "5.1%")).toEqual(["a share price's move"]);
    expect(purpose("money", "Tromsvik shares closed at NOK 12.40.", "NOK 12.40")).toEqual(["a share price's move"]);
    expect(purpose("percent", "The stock has gained about 20% since January.", "about 20%")).toEqual(["a share price's move"]);
    expect(purpose("percent", "Stock levels at the depot fell 8% over the quarter.", "8%")).toEqual([]);
    expect(purpose("money", "The firm issued 5 million shares at NOK 12 each.", "NOK 12")).toEqual([]);
    expect(purpose("count", "Shares in Nordhav Marine rose after it won 14 new contracts.", "14")).toEqual([]);
    // (Whose shares are a proper name: a proportion "of households" is not a share price, review 29 finding 10.)
    expect(purpose("percent", "The shares of households with broadband rose to 41%.", "41%")).toEqual([]);
    expect(purpose("percent", "The share of renters on the island fell to 12% in 2025.", "12%")).toEqual([]);
    expect(purpose("percent", "Shares of Tromsvik Fisk fell 3% in early trading.", "3%")).toEqual(["a share price's move"]);
    expect(purpose("money", "Shares in Tromsvik Fisk, which trade in Oslo, fell 3% to NOK 41.10 on Friday.", "NOK 41.10")).toEqual(["a share price's move"]);
    expect(purpose("percent", "The shares of households, which vary by region, rose to 41%.", "41%")).toEqual([]);
    // A value set against another is the baseline clause's (its words shared with "blank after from or since", which
    // weighs a reference point at the blank: review 33a finding 8); a year after "since" is weighed there, not here.
    expect(purpose("date", "The marsh has lost about 40 hectares of reed since 1998.", "1998")).toEqual([]);
    expect(purpose("count", "The dam held 18 million cubic metres, against 60 million cubic metres in an ordinary year.", "60 million cubic metres")).toEqual(["baseline clause holds it"]);
    expect(purpose("count", "The dam held 18 million cubic metres, against 60 million cubic metres in an ordinary year.", "18 million cubic metres")).toEqual([]);
    expect(purpose("percent", "Bookings rose 9%, versus approximately 5% at the rival port.", "5%")).toEqual(["baseline clause holds it"]);
    expect(purpose("money", "The bidder will invest NOK 70 million over five years.", "NOK 70 million")).toEqual([]);
    // (A figure of last year is the figure itself, not a base: worth57.)
    expect(purpose("money", "The ferry line had revenue of NOK 90 million last year.", "NOK 90 million")).toEqual([]);
    expect(purpose("money", "The ferry line had revenue of NOK 90 million, against NOK 70 million the year before.", "NOK 70 million")).toEqual(["baseline clause holds it"]);
    expect(purpose("percent", "Fares have risen 12% since January.", "12%")).toEqual([]);
    // A moment of play: its minute, or a shot's detail; a season's tally is not one.
    expect(purpose("ordinal", "Kari Moe equalised in the 63rd minute with a header.", "63rd")).toEqual(["a moment of play"]);
    expect(purpose("person", "Winger Ola Berg hit the post from 12 yards before the break.", "Ola Berg")).toEqual(["a moment of play", "a player named by position"]);
    expect(purpose("count", "The club has won 12 of its 30 league games this season.", "12")).toEqual([]);
    expect(purpose("person", "Eight minutes after the restart, Ola Berg curled in the equaliser.", "Ola Berg")).toEqual(["a moment of play"]);
    expect(purpose("person", "Ten minutes after the restart of the turbine, Ola Berg saw the alarm.", "Ola Berg")).toEqual([]);
    // A player named by the position he plays, just before his name; a role of work is not a position.
    expect(purpose("person", "The Tromsvik defender Ola Berg brought down the winger in the area.", "Ola Berg")).toEqual(["a player named by position"]);
    expect(purpose("person", "Nordhav's Danish striker, Ola Berg, volleyed in a corner.", "Ola Berg")).toEqual(["answer between commas", "a player named by position"]);
    expect(purpose("person", "The coach sent on the substitute Ola Berg for the last half hour.", "Ola Berg")).toEqual(["a player named by position"]);
    expect(purpose("person", "The lighthouse keeper Ola Berg logged the storm at dawn.", "Ola Berg")).toEqual([]);
    expect(purpose("person", "The defence minister Ola Berg signed the order.", "Ola Berg")).toEqual([]);
    expect(purpose("count", "The defender blocked 4 shots.", "4")).toEqual([]);
    // A speaker named after the verb with a role or a title between ("said co-author", "said Dr."), then an aside or the
    // end of the clause; not who is named in what was said, nor who was told.
    expect(purpose("person", '"The reef holds," said co-author Kari Moe.', "Kari Moe")).toEqual(["answer is the speaker"]);
    expect(purpose("person", '"The reef holds," said Dr. Kari Moe, a marine ecologist at Nordhav.', "Kari Moe")).toEqual(["answer is the speaker"]);
    expect(purpose("person", '"The reef holds," said the study\'s lead author, Dr. Kari Moe, a marine ecologist.', "Kari Moe")).toEqual(["answer is the speaker"]);
    expect(purpose("person", "The council said Dr. Kari Moe would lead the review.", "Kari Moe")).toEqual([]);
    expect(purpose("person", "The minister told Kari Moe that fees would rise.", "Kari Moe")).toEqual([]);
    // The words between the verb and the name are a role, not a clause of what was said (review 30 finding 8).
    expect(purpose("person", "The council said it had hired Kari Moe.", "Kari Moe")).toEqual([]);
    expect(purpose("person", "The board said the contract went to Kari Moe.", "Kari Moe")).toEqual([]);
    expect(purpose("person", "The police warned the public about Kari Moe.", "Kari Moe")).toEqual([]);
    expect(purpose("person", '"The reef holds," said marine ecologist Kari Moe.', "Kari Moe")).toEqual(["answer is the speaker"]);
    // (Not read from an item that comes with no fact.)
    const noFact = itemFeatures({ type: "cloze", kind: "person", prompt: "Kari Moe, an analyst, said _____.", answer: "Kari Moe" }, TITLE);
    expect(PURPOSE_NAMES.map((n) => noFact[ITEM_FEATURE_NAMES.indexOf(n)])).toEqual(PURPOSE_NAMES.map(() => 0));
  });

  it("asks who spoke only when the stem keeps the speech; a role's holder is not who spoke", () => {
    const asks = (sentence: string, answer: string, type: ItemShape["type"], prompt: string) => {
      const at = sentence.indexOf(answer);
      const x = itemFeatures({ type, kind: "person", prompt, answer }, TITLE, { kind: "person", sentence, answer, span: [at, at + answer.length] });
      return ["item asks who spoke", "item asks who spoke (no role at the blank)"].filter((n) => x[ITEM_FEATURE_NAMES.indexOf(n)] === 1);
    };
    const both = ["item asks who spoke", "item asks who spoke (no role at the blank)"];
    expect(asks("The work is on schedule, according to Kari Moe.", "Kari Moe", "cloze", `${LABEL} Complete the sentence: The work is on schedule, according to _____.`)).toEqual(both);
    expect(asks("“Fees will rise,” said Kari Moe.", "Kari Moe", "typed", `${LABEL} Who said “Fees will rise”?`)).toEqual(both);
    // (A role's holder: the blank after a title, or before an aside naming the role.)
    expect(asks("Harbour Master Kari Moe said fees would rise.", "Kari Moe", "cloze", `${LABEL} Complete the sentence: Harbour Master _____ said fees would rise.`)).toEqual(["item asks who spoke"]);
    expect(asks("Kari Moe, the port's harbour master, said fees would rise.", "Kari Moe", "cloze", `${LABEL} Complete the sentence: _____, the port's harbour master, said fees would rise.`)).toEqual(["item asks who spoke"]);
    // (The role asked with the speech gone, or an answer who did not speak.)
    expect(asks("Kari Moe, the port's harbour master, said fees would rise.", "Kari Moe", "typed", `${LABEL} Who is the port's harbour master?`)).toEqual([]);
    expect(asks("Kari Moe was elected chair of the council, the council said.", "Kari Moe", "cloze", `${LABEL} Complete the sentence: _____ was elected chair of the council, the council said.`)).toEqual([]);
  });

  it("asks a speaker's role: a who-is question for the holder of a role the article names only as who spoke", () => {
    const role = (sentence: string, type: ItemShape["type"], prompt: string) => {
      const at = sentence.indexOf("Kari Moe");
      const x = itemFeatures({ type, kind: "person", prompt, answer: "Kari Moe" }, TITLE, { kind: "person", sentence, answer: "Kari Moe", span: [at, at + 8] });
      return x[ITEM_FEATURE_NAMES.indexOf("item asks a speaker's role")];
    };
    const spoke = "Kari Moe, the port's harbour master, said fees would rise.";
    expect(role(spoke, "typed", `${LABEL} Who is the port's harbour master?`)).toBe(1);
    expect(role(spoke, "choice", `${LABEL} Who is Tromsvik Port's harbour master?`)).toBe(1);
    // (Not a holder who did not speak, nor a question that is no role's, nor a true/false statement.)
    expect(role("Kari Moe, the port's harbour master, signed the lease in May.", "typed", `${LABEL} Who is the port's harbour master?`)).toBe(0);
    expect(role(spoke, "typed", `${LABEL} Who said fees would rise?`)).toBe(0);
    expect(role(spoke, "truefalse", `${LABEL} True or false: Kari Moe is the port's harbour master.`)).toBe(0);
  });

  it("reads a label whose source holds brackets as a label: its title's quotes are no quotation", () => {
    const sentence = "Kari Moe, the port's harbour master, said fees would rise.";
    const fact = { kind: "person" as const, sentence, answer: "Kari Moe", span: [0, 8] as [number, number] };
    const label = "(“Harbour council approves dredging plan”, Tromsvik Port AS (press release), October 2026)";
    const at = (prompt: string) => itemFeatures({ type: "typed", kind: "person", prompt, answer: "Kari Moe" }, TITLE, fact)[ITEM_FEATURE_NAMES.indexOf("item asks who spoke")];
    expect(at(`${label} Who is the port's harbour master?`)).toBe(0);
    expect(at(`${label} Which harbour master said fees would rise?`)).toBe(1);
  });

  it("speakerOnly reads the speaker features as the full read does, and no other purpose", () => {
    const sentence = "“Fees will rise,” said Kari Moe.";
    const fact = { kind: "person" as const, sentence, answer: "Kari Moe", span: [sentence.indexOf("Kari"), sentence.length - 1] as [number, number] };
    const item = { type: "typed" as const, kind: "person" as const, prompt: `${LABEL} Who said “Fees will rise”?`, answer: "Kari Moe" };
    const full = itemFeatures(item, TITLE, fact);
    const only = itemFeatures(item, TITLE, fact, true);
    for (const n of ["answer is the speaker", "item asks who spoke", "item asks who spoke (no role at the blank)"]) expect(only[ITEM_FEATURE_NAMES.indexOf(n)]).toBe(full[ITEM_FEATURE_NAMES.indexOf(n)]);
    expect(only[ITEM_FEATURE_NAMES.indexOf("item asks who spoke")]).toBe(1);
  });

  it("takes a scorer's 'added' for no speech: 'added a third', 'added 15 points'", () => {
    const speaker = (sentence: string) => purposeSignals({ kind: "person", sentence, answer: "Jon Aas", span: [0, 7] })[PURPOSE_NAMES.indexOf("answer is the speaker")];
    expect(speaker("Jon Aas added a third two minutes from the end.")).toBe(0);
    expect(speaker("Jon Aas added 15 points off the bench.")).toBe(0);
    expect(speaker("Jon Aas added that the pitch had been heavy.")).toBe(1);
    expect(speaker("Jon Aas added: “We were lucky.”")).toBe(1);
    // Review 17, finding 5: "added" before anything a scorer adds is speech, as worthLearning reads it.
    expect(speaker("Jon Aas added in a statement that the pitch had been heavy.")).toBe(1);
    expect(speaker("Jon Aas added on Monday that the pitch had been heavy.")).toBe(1);
    expect(speaker("Jon Aas added another two minutes from the end.")).toBe(0);
  });

  it("no weight leaves the fact's worth as it is; a negative weight lowers it, a positive one raises it", () => {
    const x = ITEM_FEATURE_NAMES.map((n) => (n === "answer a year" ? 1 : 0));
    expect(adjustedWorth(0.43, x, {})).toBe(0.43);
    expect(adjustedWorth(0.43, x, { "answer a year": -1 })).toBeLessThan(0.43);
    expect(adjustedWorth(0.43, x, { "answer a year": 1 })).toBeGreaterThan(0.43);
    // (A feature the item lacks moves nothing.)
    expect(adjustedWorth(0.43, x, { "type cloze": -1 })).toBe(0.43);
  });
});

describe("weighed purposes (worth57)", () => {
  const worthOf = (kind: FactShape["kind"], sentence: string, answer: string) => {
    const at = sentence.indexOf(answer);
    const fact: FactShape = { kind, sentence, answer, span: [at, at + answer.length] };
    return itemWorth({ type: "cloze", kind, prompt: `${LABEL} ${sentence.replace(answer, "_____")}`, answer }, 0.5, TITLE, fact);
  };

  it("lowers a value the sentence gives only to compare with, not the figure it is compared with", () => {
    expect(worthOf("count", "Tromsvik quay handled 412 ships, against 380 the year before.", "380")).toBeLessThan(0.5);
    expect(worthOf("percent", "Ferry fares at Tromsvik rose faster than 3% in every month.", "3%")).toBeLessThan(0.5);
    expect(worthOf("count", "Tromsvik quay handled 412 ships, against 380 the year before.", "412")).toBe(0.5);
    expect(worthOf("count", "Tromsvik quay handled 412 ships in its first year.", "412")).toBe(0.5);
  });

  it("lowers a player named by his position, not a worker named by his role", () => {
    expect(worthOf("person", "The Tromsvik defender Ola Berg cleared the ball off the line.", "Ola Berg")).toBeLessThan(0.5);
    expect(worthOf("person", "The Tromsvik harbour master Ola Berg cleared the berth for the ferry.", "Ola Berg")).toBe(0.5);
  });
});

describe("purpose signals read once per fact", () => {
  it("reads a fact again when what it reads has changed", () => {
    const fact: FactShape = { kind: "place", sentence: "The delegation flew on to Lusaka on Tuesday.", answer: "Lusaka", span: [26, 32] };
    const itinerary = PURPOSE_NAMES.indexOf("itinerary sentence");
    expect(purposeSignals(fact)[itinerary]).toBe(1);
    // The same answer in a sentence of no visit: not the itinerary's.
    fact.sentence = "The delegation met in Lusaka on Tuesday.";
    fact.span = [22, 28];
    expect(purposeSignals(fact)[itinerary]).toBe(0);
    // (A caller that changes the list it was given changes no later answer.)
    purposeSignals(fact).fill(1);
    expect(purposeSignals(fact)[itinerary]).toBe(0);
  });
});
