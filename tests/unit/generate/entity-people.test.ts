import { describe, expect, it } from "vitest";
import type { ArticleInput } from "@/lib/content/parse-article";
import { extractFacts } from "@/lib/generate/extract-facts";

const at = new Date(Date.UTC(2026, 8, 22));
const facts = (body: string, title = "T") => extractFacts({ slug: "t", title, source: "Test", publishedAt: at, body } satisfies ArticleInput);
const questionsOf = (body: string, answer: string, title?: string) => facts(body, title).filter((f) => f.answer === answer).map((f) => f.question);

describe("the person a title or lede names only by role (issue 9: 'Russian PM ...' then 'Mikhail Mishustin')", () => {
  it("a lede role, then a name opening a later sentence", () => {
    const body = "VILNIUS, Sept 22 (CEW) - Poland’s prime minister on Tuesday urged Lithuania to speed up work on a cable.\n\nTomasz Wrona, who took office in May, made the call during his first visit to Vilnius.";
    expect(questionsOf(body, "Tomasz Wrona")).toContain("Who was Poland’s prime minister in September 2026?");
  });

  it("a lede role, then the same title before a name", () => {
    const body = "ABUJA (PWS) - Japan’s foreign minister arrived in Nigeria on Tuesday for a visit of three days.\n\nForeign Minister Haruka Ishida was met at the airport by her Nigerian counterpart, Yusuf Adebayo.";
    expect(questionsOf(body, "Haruka Ishida")).toContain("Who was Japan’s foreign minister in September 2026?");
    expect(questionsOf(body, "Yusuf Adebayo")).toEqual(["Who was Ishida’s Nigerian counterpart in the talks?"]);
  });

  it("a title's abbreviated role and the name the lede opens with", () => {
    const body = "Mikhail Mishustin oversaw agreements during a visit to Hanoi.\n\nTrade rose, Russia’s prime minister said as he began a two-day visit to Hanoi.";
    expect(questionsOf(body, "Mikhail Mishustin", "Russian PM wants closer economic cooperation with Vietnam")).toContain("Who was Russia’s prime minister in September 2026?");
    // No role is guessed for him (the lede's own clause may still ask who did what: ask-name-chunk.ts).
    expect(questionsOf(body.replace("Russia’s prime minister", "the official"), "Mikhail Mishustin", "Cooperation with Vietnam").filter((q) => q?.startsWith("Who was"))).toEqual([]);
  });
});

describe("people by any role (issue 9)", () => {
  it("a country’s office in an appositive ('Lithuania’s energy minister, Dainius Petraitis,')", () => {
    expect(questionsOf("Lithuania’s energy minister, Dainius Petraitis, said prices had risen by a third.", "Dainius Petraitis")).toEqual(["Who was Lithuania’s energy minister in September 2026?"]);
  });

  it("'His coach, X,' is the last-named person's coach; with no one named before, it is not asked", () => {
    const body = "Deputy Prime Minister Ana Lopez won the vote. His coach, former steeplechaser Gabriel Kamau, said the athlete trained hard.";
    expect(questionsOf(body, "Gabriel Kamau")).toEqual(["Who is Ana Lopez’s coach?"]);
    expect(questionsOf("His coach, former steeplechaser Gabriel Kamau, said the athlete trained hard.", "Gabriel Kamau")).toEqual([null]);
  });

  // ("a spokesman": one of several, as "a researcher at X", so "Who is the spokesman ...?" has other answers; lane who94.)
  it("a role after a name with 'for' ('a spokesman for the Japanese embassy in Abuja') is not asked as if sole", () => {
    expect(questionsOf("“Africa has room for many partners,” said Kenji Mori, a spokesman for the Japanese embassy in Abuja.", "Kenji Mori")).toEqual([null]);
  });

  it("a title with no owner is asked by its clause ('Which president did Ishida also meet ...?', 'Which district judge in Chicago ...?')", () => {
    expect(questionsOf("Ishida also met President Musa Danjuma at the State House.", "Musa Danjuma")).toEqual(["Which president did Ishida also meet at the State House?"]);
    expect(questionsOf("District Judge Karen Alvarez in Chicago on Monday approved a $38 million settlement.", "Karen Alvarez")).toEqual(["Which district judge in Chicago approved a $38 million settlement?"]);
  });

  it("a named person and a relative clause ('Ethiopia’s Tadese Worku, who was second')", () => {
    expect(questionsOf("He finished well clear of Ethiopia’s Tadese Worku, who was second in 2:03:02.", "Tadese Worku")).toEqual(["Who was second in 2:03:02?"]);
    expect(questionsOf("Dr Samuel Okonjo, who leads the centre’s work on insurance, said premiums rise.", "Samuel Okonjo")).toEqual(["Who leads the centre’s work on insurance?"]);
  });
});

describe("offices written in capitals, and names with hyphens (issue 9: press releases and statements)", () => {
  it("'said X, Chief Executive Officer of Nordvind.' and 'by X, Press Officer, University of Leeds'", () => {
    expect(questionsOf("“It is a great day,” said Ingrid Solberg-Haug, Chief Executive Officer of Nordvind.", "Ingrid Solberg-Haug")).toEqual(["Who is the Chief Executive Officer of Nordvind?"]);
    expect(questionsOf("The report was presented by Rachel Moss, Press Officer, University of Leeds.", "Rachel Moss")).toEqual(["Who is the Press Officer of University of Leeds?"]);
    // (A contact line names whom to call, nothing to learn: no fact at all, sports-and-fact-boxes.test.ts.)
  });

  it("'Director of Public Health Dr Mere Halliday said' and 'The investigator-in-charge is X'", () => {
    expect(questionsOf("Director of Public Health Dr Mere Halliday said the outbreak was growing.", "Mere Halliday")).toEqual(["Who was the Director of Public Health in September 2026?"]);
    expect(questionsOf("The investigator-in-charge is Michael Hiller of the NTSB.", "Michael Hiller")).toEqual(["Who is the investigator-in-charge?"]);
  });

  it("a hyphenated surname is whole, and a reported clause's year does not date the office", () => {
    const body = "Ghana’s budget was cut. Ghanaian officials agreed. Ghana’s debt fell. Finance Minister Abena Owusu-Ansah told parliament that the economy had turned the corner after the debt crisis of 2022.";
    expect(questionsOf(body, "Abena Owusu-Ansah")).toEqual(["Who was the Ghanaian finance minister in September 2026?"]);
  });

  it("an acronym owner's chair ('NTSB Chair Laura Kessler said')", () => {
    expect(questionsOf("“It tells us what happened,” NTSB Chair Laura Kessler said.", "Laura Kessler")).toEqual(["Who was the NTSB chair in September 2026?"]);
  });
});

describe("found reading the blind batch's questions (issue 9)", () => {
  it("'for' ends a role only before 'the' ('director for Asian development at Fesco' stays whole)", () => {
    const body = "“We increased capacity,” said Mr Priskoka Aleksandr, deputy commercial director for Asian development at Fesco Transportation Group, one of Russia's largest transport companies.";
    expect(questionsOf(body, "Priskoka Aleksandr")).toEqual(["Who is the deputy commercial director for Asian development at Fesco Transportation Group?"]);
  });

  it("a 'Head of Communications' in a company's press release is the company's, not the country's", () => {
    const body = "Nordvind Energy Ltd. opened a wind farm in Norway. Nordvind grew. Nordvind hired. Nordvind built it. Norway’s grid gained. Norwegian homes benefit.\n\n“We are proud of the team,” said Kari Lunde, Head of Communications.";
    expect(questionsOf(body, "Kari Lunde")).toEqual(["Who is the Head of Communications of Nordvind Energy?"]);
  });

  it("one of several places is not asked for ('held in Moscow in April and in Hanoi, as well as in Ha Long')", () => {
    const body = "In 2023, the Vietnam and Russia Cultural Days were held in Moscow in April and in Hanoi, as well as in Ha Long, in July.";
    expect(questionsOf(body, "Moscow")).toEqual([null]);
    expect(questionsOf(body, "Hanoi")).toEqual([null]);
  });
});

describe("science news: journals and the researchers quoted (issue 9)", () => {
  it("a journal a finding was reported in", () => {
    const body = "A sodium-ion battery developed in South Korea can be charged to 80 percent in under four minutes, researchers reported on Wednesday in the journal Nature Energy.";
    expect(questionsOf(body, "Nature Energy")).toEqual(["In which journal did researchers report that a sodium-ion battery developed in South Korea can be charged to 80 percent in under four minutes?"]);
  });

  it("a speaker 'of' an organisation, and a speaker described by what they did", () => {
    expect(questionsOf("“Raising quotas early is how we got into this mess,” said Laura Okafor of the Pew Charitable Trusts.", "Laura Okafor")).toEqual(["Who at the Pew Charitable Trusts was quoted?"]);
    expect(questionsOf("“Remarkable,” said Professor Helen Marsh of the University of Cambridge, who was not involved.", "Helen Marsh")).toEqual(["Which professor at the University of Cambridge was quoted?"]);
    expect(questionsOf("“It works,” said Professor Kang Ji-won, a materials scientist who led the study.", "Kang Ji-won")).toEqual(["Who is the materials scientist who led the study?"]);
  });

  it("a country’s person is not a speaker for the country ('Kenya’s Brian Cheruiyot said')", () => {
    expect(questionsOf("“I am happy,” said Kenya’s Brian Cheruiyot.", "Brian Cheruiyot")).toEqual([null]);
  });
});
