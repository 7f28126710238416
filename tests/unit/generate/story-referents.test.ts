import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { qualifiesNoun } from "@/lib/generate/refuse-span";
import { demonymOfPlaceIn } from "@/lib/generate/placed-in-article";
import { matchOf, matchOfLede, studyOf } from "@/lib/generate/story-referents";

// "span dropped" on blind batch 2026-11g: a sentence whose subject is the article's own match, study, team, board or
// pair of countries gave no fact at all. The article says which, so the sentence is asked with it written in; an
// article that does not say which still gives nothing. All text here is invented.
const article = (title: string, body: string, source = "Sports Desk") => ({ slug: "a", title, source, publishedAt: new Date(Date.UTC(2026, 10, 20)), body });
const items = (title: string, body: string, source?: string) => generateArticleItems(article(title, body, source));
const about = (all: ReturnType<typeof items>, answer: string) => all.filter((i) => i.answer === answer && i.type !== "truefalse");

describe("the match a match report is about", () => {
  it("is read from a title that says who beat whom", () => {
    expect(matchOf("Rivertown beat Harbour United 3-0 to stay top")).toBe("the match between Rivertown and Harbour United");
    expect(matchOf("Ten-man Northgate edge Eastfield in the derby")).toBe("the match between Northgate and Eastfield");
    // A side named with a lower-case word cannot be cut out surely: no match rather than half a name.
    expect(matchOf("Dynamo hold off Crvena zvezda in overtime")).toBeNull();
    expect(matchOf("Council approves budget for 2027")).toBeNull();
  });

  it("is written into a sentence about 'the match'", () => {
    const body = "Rivertown beat Harbour United 3-0 on Saturday in front of a crowd of 12,000.\n\nThe match was stopped for 14 minutes in the second half after a floodlight failure.";
    const stopped = about(items("Rivertown beat Harbour United 3-0 to stay top", body), "14 minutes");
    expect(stopped.length).toBeGreaterThan(0);
    for (const i of stopped) expect(i.prompt.toLowerCase()).toContain("the match between rivertown and harbour united");
  });

  it("is still refused when the title names no match", () => {
    const body = "The league met on Monday to review the season.\n\nThe match was stopped for 14 minutes in the second half after a floodlight failure.";
    expect(about(items("League reviews the season", body), "14 minutes")).toEqual([]);
  });
});

// Blind batches w and x (sports 46.4%): a report whose title names no match ("Teenage substitute wins the derby") gave
// none, so "Their striker, X, ..." after "Northgate, champions twice, ..." (a side's short name) asked nothing.
describe("the match read from a report's first sentence", () => {
  it("names both sides when the title does not", () => {
    expect(matchOfLede("HARBOURVILLE — A late header gave the points as Northgate Albion came from behind to beat Eastfield Rovers 2-1 on Sunday.")).toBe("the match between Northgate Albion and Eastfield Rovers");
    expect(matchOfLede("Kestrel Town beat their valley rivals the Marsh Herons 4-2 at the Lowfield Rink.")).toBe("the match between Kestrel Town and Marsh Herons");
    // No score closing the second side: its name cannot be cut out surely.
    expect(matchOfLede("Kestrel Town beat Marsh Herons on Saturday.")).toBeNull();
    expect(matchOfLede("The council beat its deadline by 3-4 weeks.")).toBeNull();
  });

  it("lets a side's short name own an opening Their", () => {
    const body = "Northgate Albion came from behind to beat Eastfield Rovers 2-1 on Sunday.\n\nNorthgate, champions four times since 1990, controlled the first half. Their Danish winger, Anders Holm, curled in a free kick in the 12th minute.";
    const holm = about(items("Late header settles the valley derby", body), "Anders Holm");
    expect(holm.length).toBeGreaterThan(0);
    for (const i of holm) expect(i.prompt).toContain("Northgate’s Danish winger");
  });
});

describe("the study a science story reports", () => {
  const opening = "A coastal seagrass recovers faster than thought, a study published on Monday in the journal Marine Letters suggests.";

  it("is named by its journal, or by the researchers' institutions", () => {
    expect(studyOf("Seagrass recovers faster than thought, study finds", [opening]).study).toBe("the study published in Marine Letters");
    expect(studyOf("Seagrass recovers faster, study finds", ["Researchers from the University of Westport and the Coastal Institute (CI) sampled 40 meadows."]).team).toBe("from the University of Westport and the Coastal Institute");
    expect(studyOf("Council approves budget", ["The council met on Monday."]).study).toBeNull();
  });

  it("ends the institutions' name with its sentence, not at the next sentence's first word", () => {
    const opening2 = ["Lake fish are shrinking, according to a study led by researchers at the University of Westport.", "The study, published on Monday, combines 26 years of records."];
    expect(studyOf("Lake fish are shrinking, study finds", opening2).team).toBe("from the University of Westport");
    expect(studyOf("Lake fish are shrinking, study finds", ["Researchers at St. Andrews Marine Institute counted the fish."]).team).toBe("from St. Andrews Marine Institute");
  });

  it("says whose 'the team' and 'the study' are", () => {
    const body = `${opening}\n\nThe team sampled 1,350 plants at 17 sites along the coast between 2021 and 2024.\n\nThe study was funded by a grant of £410,000 from the Westport Trust.`;
    const all = items("Seagrass recovers faster than thought, study finds", body, "Science Desk");
    const plants = about(all, "1,350");
    expect(plants.length).toBeGreaterThan(0);
    for (const i of plants) expect(i.prompt.toLowerCase()).toContain("the team behind the study published in marine letters");
    const grant = about(all, "£410,000");
    expect(grant.length).toBeGreaterThan(0);
    for (const i of grant) expect(i.prompt).toContain("study published in Marine Letters");
    // The written-in referent is context: its journal is not blanked as a fact of these sentences.
    expect(all.filter((i) => i.answer === "Marine Letters" && /sampled|funded/.test(i.prompt))).toEqual([]);
  });

  it("leaves 'the team' refused in an article that reports no study", () => {
    const body = "Divers found a wreck off the coast last spring.\n\nThe team sampled 1,350 timbers at 17 sites along the coast between 2021 and 2024.";
    expect(about(items("Divers find wreck", body, "Science Desk"), "1,350")).toEqual([]);
  });

  it("does not date a verb by the year of a participle's agent ('records kept by the trust since 1987')", () => {
    const body = `${opening}\n\nThe team compared the samples with survey records kept by the Westport Trust since 1987, covering more than 900 meadows.`;
    const sentence = "The team compared the samples with survey records kept by the Westport Trust since 1987, covering more than 900 meadows.";
    expect(qualifiesNoun(sentence, { start: sentence.indexOf("1987"), kind: "date" })).toBe(true);
    const all = items("Seagrass recovers faster than thought, study finds", body, "Science Desk");
    expect(all.filter((i) => i.answer === "1987" && /which year/.test(i.prompt))).toEqual([]);
  });
});

describe("the board and the two countries", () => {
  it("'The board' of a results article is the company's", () => {
    const body = "Korvath Mills reported a net profit of €42 million for the year, up from €30 million. Korvath Mills sold more flour than ever. Korvath Mills will open a mill in Tarn. Korvath Mills shares rose.\n\nThe board proposed a dividend of €0.35 per share, to be paid on 12 March 2027.";
    const dividend = about(items("Korvath Mills lifts profit on record flour sales", body, "Markets Report"), "€0.35");
    expect(dividend.length).toBeGreaterThan(0);
    for (const i of dividend) expect(i.prompt).toContain("Korvath Mills’s board");
  });

  // pron8 (b): the passive It after "The board raised the final dividend" is the dividend, the company's.
  it("'It will be paid' after the board raised a dividend is the company's dividend, asked by its own date", () => {
    const body = "Korvath Mills reported a net profit of €42 million for the year, up from €30 million. Korvath Mills sold more flour than ever. Korvath Mills will open a mill in Tarn. Korvath Mills shares rose.\n\nThe board raised the final dividend to 9p a share. It will be paid on 12 March to holders on the register on 20 February.";
    const all = items("Korvath Mills lifts profit on record flour sales", body, "Markets Report");
    const paid = about(all, "12 March 2027");
    expect(paid.some((i) => /On what date will Korvath Mills’s final dividend be paid\b/.test(i.prompt))).toBe(true);
    // The register's date is no payment date.
    expect(about(all, "20 February 2027").filter((i) => /On what date/.test(i.prompt))).toEqual([]);
  });

  it("'The two countries' of a visit story are its two countries", () => {
    const body = "Norway and Chile agreed on Tuesday to deepen trade ties. Norway buys salmon feed from Chile, and Chile buys Norwegian ships. Norway and Chile have traded since 1950. Chile is Norway's largest partner in the region.\n\nThe two countries also signed seven business agreements worth a combined $2.4 billion.";
    const worth = about(items("Norway and Chile deepen trade ties", body, "Wire"), "$2.4 billion");
    expect(worth.length).toBeGreaterThan(0);
    for (const i of worth) expect(i.prompt).toMatch(/Norway and Chile|Chile and Norway/);
  });
});

describe("'Its' and 'Their' openings whose owner the sentence before makes clear", () => {
  it("'Its' after a body named with its abbreviation is that body's, written by the abbreviation", async () => {
    const { itsOwner } = await import("@/lib/generate/its-owner");
    expect(itsOwner("The Northern Federation of Salt Cooperatives of the High Plateau (NFSC) said on Monday that it wanted a share.", null)).toEqual({ owner: "NFSC" });
    // Without an abbreviation, "... of the High Plateau’s leader" would read as the plateau's: refused.
    expect(itsOwner("The Northern Federation of Salt Cooperatives of the High Plateau said on Monday that it wanted a share.", null)).toEqual({ refused: true });
    expect(itsOwner("Portugal's fall in costs came largely from policy.", null)).toEqual({ owner: "Portugal" });
  });

  it("'Its' in a launch story is the company the title opens with", () => {
    const body = "Lumora Rides launched electric scooters in Porto last year. The company started with 40 vehicles and now runs 300.\n\nIts riders have taken 2.4 million trips since launch.";
    const trips = about(items("Lumora Rides expands to Braga", body, "Tech Wire"), "2.4 million");
    expect(trips.length).toBeGreaterThan(0);
    for (const i of trips) expect(i.prompt).toContain("Lumora Rides’s riders");
  });

  it("'Their' after a sentence opening with a side of the report's match is that side's", () => {
    const body = "Rivertown beat Harbour United 3-0 on Saturday.\n\nHarbour United had won both meetings last season but lost two players to injury this month. Their captain, the defender Milo Arkwright, was ruled out with a knee problem on Tuesday.";
    const all = items("Rivertown beat Harbour United 3-0 to stay top", body);
    const captain = all.filter((i) => i.answer === "Milo Arkwright" && i.type !== "truefalse");
    expect(captain.length).toBeGreaterThan(0);
    for (const i of captain) expect(i.prompt).toContain("Harbour United’s captain");
    // Nor is the side written in a blank of its own.
    expect(all.filter((i) => i.answer === "Harbour United" && /’s captain/.test(i.prompt))).toEqual([]);
  });

  it("'Their' after a person or a described group is still refused", () => {
    const body = "Rivertown beat Harbour United 3-0 on Saturday.\n\nThe authors agree more work is needed. Their next step will cost 2.1 million pesos.";
    expect(about(items("Rivertown beat Harbour United 3-0 to stay top", body), "2.1 million pesos")).toEqual([]);
  });
});

describe("'Both clubs' of a match report and 'the council' of a local story", () => {
  it("'Both clubs' are the two sides of the report's match", () => {
    const body = "Rivertown beat Harbour United 3-0 on Saturday.\n\nBoth clubs were fined €12,000 after crowd trouble at the corresponding match last season.";
    const fined = about(items("Rivertown beat Harbour United 3-0 to stay top", body), "€12,000");
    expect(fined.length).toBeGreaterThan(0);
    for (const i of fined) expect(i.prompt).toContain("Rivertown and Harbour United");
    // (Nor the first sentence: read from it, the match is known, as from the title.)
    expect(about(items("League reviews the season", body.replace(/^.*\n\n/, "The league met on Monday.\n\n")), "€12,000")).toEqual([]);
  });

  it("'The council' of a city's story is the city's council", () => {
    const body = "VELDRA: Veldra will spend €300 million next year, the most in the city's history, under a draft budget presented on Thursday.\n\nThe council will debate the draft at its session on 10 December 2026.";
    const debate = items("Veldra's budget grows", body, "Veldra Daily").filter((i) => i.answer === "10 December 2026" && i.type !== "truefalse");
    expect(debate.length).toBeGreaterThan(0);
    for (const i of debate) expect(i.prompt.toLowerCase()).toContain("veldra city council");
  });
});

describe("the adjective of a place the article names (demonymOfPlaceIn)", () => {
  const isPlace = (w: string) => w === "Mali";
  it.each([
    ["Aruban", "ORANJESTAD, Aruba — A hotel group said ..."],
    ["Tahitian", "The club plays in Papeete, on the island of Tahiti."],
    ["Malian", "Cotton from Mali is ginned in Bamako."],
    ["Curaçaoan", "The plant stands on the island of Curaçao, near Willemstad."],
  ])("%s", (word, body) => {
    expect(demonymOfPlaceIn(word, body, isPlace)).toBe(true);
  });

  it("is not a name that merely starts like a place, nor a place the article does not name", () => {
    expect(demonymOfPlaceIn("Andean", "Andes Air flew 2 million people.", isPlace)).toBe(false);
    expect(demonymOfPlaceIn("Aruban", "A hotel group in the Caribbean said ...", isPlace)).toBe(false);
    expect(demonymOfPlaceIn("Nordvind", "Nordvind Energy said ...", isPlace)).toBe(false);
  });
});

// Review of 1280af6: a lede whose first clause is about a side of its own reports another game after "as/after".
describe("matchOfLede: a game reported after another side's clause", () => {
  it("is not the article's match", () => {
    expect(matchOfLede("Oakdale moved top of the table after Kestrel Rovers beat Marlows 2-1 on Saturday.", "Oakdale go top")).toBeNull();
    expect(matchOfLede("Substitute Ali Demir headed in late as Kestrel Rovers beat Marlows 2-1 on Saturday.", "Late header wins it")).toBe("the match between Kestrel Rovers and Marlows");
    expect(matchOfLede("A late header gave the points as Northgate Albion came from behind to beat Eastfield Rovers 2-1 on Sunday.")).toBe("the match between Northgate Albion and Eastfield Rovers");
  });
});

describe("the journal a study was published in", () => {
  const title = "Rivers recover as farms cut runoff, study finds";
  it("keeps a name's 'of the' words ('Science of the Total Environment'), italics stripped", () => {
    const s = ["The research, published on Monday in the journal *Science of the Total Environment*, surveyed fish at 42 sites."];
    expect(studyOf(title, s)).toMatchObject({ study: "the study published in Science of the Total Environment", team: "behind the study published in Science of the Total Environment", journal: "Science of the Total Environment" });
    expect(studyOf(title, ["The research, published on Monday in Science of the Total Environment, surveyed fish at 42 sites."]).journal).toBe("Science of the Total Environment");
  });

  it("still reads a short name and one joined by 'of' ('Nature Plants', 'the International Journal of Nautical Archaeology')", () => {
    expect(studyOf(title, ["A study published in *Nature Plants* found more fish."]).journal).toBe("Nature Plants");
    expect(studyOf(title, ["A study published in Nature on Monday found more fish."]).journal).toBe("Nature");
    expect(studyOf(title, ["A study published in the International Journal of Nautical Archaeology found a wreck."]).study).toBe("the study published in the International Journal of Nautical Archaeology");
  });

  it("writes no journal when the name may go on past what was read", () => {
    const long = ["A study published in Annals of the Royal College of Surgeons of England Medical Education Review Letters found more fish."];
    expect(studyOf(title, long).journal).toBeNull();
    expect(studyOf(title, ["A study published in *Science of the total environment* found more fish."]).journal).toBeNull();
    // (An institution still names the team when the journal cannot.)
    expect(studyOf(title, [...long, "Researchers from Gunma University sampled 42 sites."]).team).toBe("from Gunma University");
  });

  it("reads no second body joined by 'and the' into the name; 'and' or '&' alone still joins ('Ecology and Society')", () => {
    const s = ["The study, published in Nature and the Royal Society said it was good, found 17 species."];
    expect(studyOf(title, s).journal ?? "").not.toMatch(/Royal Society/);
    for (const i of items(title, s[0] ?? "", "Science Desk")) expect(i.prompt).not.toMatch(/study published in Nature and/);
    expect(studyOf(title, ["A study published in *Nature and the Royal Society* found more fish."]).journal).toBeNull();
    expect(studyOf(title, ["A study published in Ecology and Society found more fish."]).journal).toBe("Ecology and Society");
    expect(studyOf(title, ["A study published in Trends in Ecology & Evolution found more fish."]).journal).toBe("Trends in Ecology & Evolution");
  });
});
