import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";
import { extractFacts } from "@/lib/generate/extract-facts";
import { findNameChunks } from "@/lib/generate/find-name-chunks";
import { splitSentences } from "@/lib/generate/split-sentences";
import { notWorthLearning } from "@/lib/generate/worth-learning";

// Lane sports34 (session 31): gold writers ask every goal's time, the scorer named with a people's name before the
// role, and the crowd of a score line; the generator lost them in the build batches' sports reports.
const article = (body: string, title = "Riverton beat Oakdale 2-1 to go top") => ({ slug: "m", title, source: "Wire", publishedAt: new Date(Date.UTC(2026, 10, 2)), body });
const OPENING = "Riverton beat Oakdale 2-1 in the league on Sunday to go top of the table, and the coach praised his captain after the match.";
const verdict = (body: string, answer: string) => {
  const a = article(body);
  const fact = extractFacts(a).find((f) => f.answer === answer);
  return fact ? notWorthLearning(fact, a) : "no fact";
};

describe("a goal's time is worth learning, however the report tells it", () => {
  it("'to equalise in the 52nd minute', 'sealed the win', 'shot low past the keeper'", () => {
    expect(verdict(`${OPENING} Winger Pol Marsh met a cross at the far post to equalise in the 47th minute.`, "47th minute")).toBeNull();
    expect(verdict(`${OPENING} Oakdale sealed the win in the 86th minute through their captain.`, "86th minute")).toBeNull();
    expect(verdict(`${OPENING} The decisive moment came in the 64th minute, when Ana Quist ran on to a long ball and shot low past the goalkeeper.`, "64th minute")).toBeNull();
  });

  it("a goal timed as a duration: 'The winner came on 73 minutes', 'led after 18 minutes'", () => {
    expect(verdict(`${OPENING} The winner came on 73 minutes.`, "73 minutes")).toBeNull();
    expect(verdict(`${OPENING} Oakdale led after 18 minutes through a header.`, "18 minutes")).toBeNull();
  });

  it("a near miss and a goal in one sentence: only the goal's minute", () => {
    const body = `${OPENING} Oakdale hit the crossbar in the 71st minute, but Riverton sealed the win in the 89th minute.`;
    expect(verdict(body, "89th minute")).toBeNull();
    expect(verdict(body, "71st minute")).toBe("match statistic");
  });

  it("not a spell of play, a substitution, an injury or a place in the table", () => {
    expect(verdict(`${OPENING} After 90 minutes of pressing, Riverton scored late.`, "90 minutes")).toBe("match statistic");
    expect(verdict(`${OPENING} Substitute Ian Moor came on after 60 minutes and scored.`, "60 minutes")).toBe("match statistic");
    expect(verdict(`${OPENING} Their striker limped off after 80 minutes, and his side scored twice without him.`, "80 minutes")).toBe("match statistic");
    expect(verdict(`${OPENING} The defender was sent off in the 58th minute for a second yellow card.`, "58th minute")).toBe("match statistic");
    const answers = generateArticleItems(article(`${OPENING} Oakdale finished 4th last season and scored 51 goals.`)).map((i) => i.answer);
    expect(answers).not.toContain("4th minute");
  });

  // Review 31 finding 5: "came on" is a goal's only after a goal's noun, and "led" only a side's lead at the time.
  it("a player who came on, or a 'led' that is no lead: no goal's time", () => {
    expect(verdict(`${OPENING} Vega came on 60 minutes into the game and scored twice.`, "60 minutes")).toBe("match statistic");
    expect(verdict(`${OPENING} The protest that led to a stoppage came after 23 minutes.`, "23 minutes")).toBe("match statistic");
    expect(verdict(`${OPENING} The opener came on 12 minutes.`, "12 minutes")).toBeNull();
  });
});

describe("a person named before ', a <people's name> <role>' or ', <age>,'", () => {
  const persons = (s: string) => findNameChunks(s).filter((c) => c.kind === "person").map((c) => c.name);

  it("is a person", () => {
    expect(persons("Rui Castanho, a Paraguayan striker signed from Olimpia in July, headed in a corner.")).toContain("Rui Castanho");
    expect(persons("Rui Castanho, a 24-year-old forward, headed in a corner.")).toContain("Rui Castanho");
    expect(persons("The goalkeeper was Kenji Marumoto, 22, who made 31 saves.")).toContain("Kenji Marumoto");
    expect(persons("The goalkeeper was Kenji Marumoto, 22, who also has two assists.")).toContain("Kenji Marumoto");
    expect(persons("Deportivo Cali, 22, who still have a game in hand, sit two points clear.")).toEqual([]);
  });

  it("not a body described the same way", () => {
    expect(persons("They face Nova Tigres, a Brazilian club, on Sunday.")).toEqual([]);
    expect(persons("Kestrel Robotics, a Berlin startup, said so.")).toEqual([]);
  });

  // Review 31 finding 4: a club's or a town's points between commas take an age's place.
  it("not a table's rows, nor a firm described by its city", () => {
    expect(persons("Deportivo Cali, 22, sit two points ahead of Atlético Nacional, 20, and Once Caldas, 19.")).toEqual([]);
    expect(persons("Puerto Montt, 14, and Punta Arenas, 9, trail the leaders.")).toEqual([]);
    expect(persons("They sit ahead of Atlético Nacional, 20, who have a game in hand, and Once Caldas, 19.")).toEqual([]);
    expect(persons("Kestrel Robotics, a Berlin maker of drones, said so.")).toEqual([]);
  });

  // Review 31b finding 4: a club written in the plural ("who have") with its points is still no person.
  it("not a club whose points are followed by 'who' and a plural verb", () => {
    expect(persons("Deportivo Cali, 22, who have won five in a row, sit two points clear.")).toEqual([]);
    expect(persons("Second are Atlético Nacional, 20, who have a game in hand.")).toEqual([]);
    expect(persons("Real Madrid, 20, who are unbeaten, lead the table.")).toEqual([]);
    expect(persons("Real Madrid, 20, whose only defeat came in August, lead the table.")).toEqual([]);
    // Near miss: one person's verb after "who", present or past.
    expect(persons("The goalkeeper was Kenji Marumoto, 22, who has kept six clean sheets.")).toContain("Kenji Marumoto");
    expect(persons("The goalkeeper was Kenji Marumoto, 22, who made 31 saves.")).toContain("Kenji Marumoto");
    expect(persons("The goalkeeper was Kenji Marumoto, 22, who also has two assists.")).toContain("Kenji Marumoto");
    expect(persons("Deportivo Cali, 22, who still have a game in hand, sit two points clear.")).toEqual([]);
  });

  // Review 31b finding 7: a firm is told by its role (a maker, a supplier of ...), not by the capitalised word before it.
  it("a person described by the city they work in; no firm described by its trade", () => {
    expect(persons("Kaito Brenner, a Hamburg lawyer, said the deal was fair.")).toContain("Kaito Brenner");
    expect(persons("Tevita Fifita, a Suva lawyer, said the deal was fair.")).toContain("Tevita Fifita");
    expect(persons("Halden Aero, a Velani maker of drones, said so.")).toEqual([]);
    expect(persons("Halden Aero, a drone supplier, said so.")).toEqual([]);
    expect(persons("Radio Vell, a Hamburg broadcaster, said so.")).toEqual([]);
    expect(persons("Halden Aero, a seller of ferries, said so.")).toEqual([]);
    expect(persons("Kaito Venn, a director of communications at the club, said so.")).toContain("Kaito Venn");
  });
});

describe("a score line closed by its venue and crowd after a dash", () => {
  const LINE = "**Riverton 2 (Vell 12', 80'), Oakdale 1 (Moor 30')** — Parkside Arena, attendance 14,305; referee: Tomas Kerrigan";
  const texts = (body: string) => splitSentences(body).map((s) => s.text);

  it("says the crowd and the referee as sentences, and keeps the score line with its venue", () => {
    expect(texts(LINE)).toEqual(["Riverton 2 (Vell 12', 80'), Oakdale 1 (Moor 30') at Parkside Arena.", "The attendance was 14,305.", "The referee was Tomas Kerrigan."]);
  });

  it("and the crowd is asked", () => {
    const answers = generateArticleItems(article(`${OPENING}\n\n${LINE}`)).map((i) => i.answer);
    expect(answers).toContain("14,305");
  });

  // Review 31 finding 10: the venue opens with a capital, in any case of the rest of the line.
  it("a lower-case word after the dash is no venue", () => {
    const line = "Lions 3 Tigers 1 — a late show, crowd 4,100";
    expect(texts(line)).not.toContain("Lions 3 Tigers 1 at a late show.");
    expect(texts("Lions 3 Tigers 1 — Parkside Arena, Crowd 4,100")).toEqual(["Lions 3 Tigers 1 at Parkside Arena.", "The attendance was 4,100."]);
  });

  it("a dash in prose is no score line", () => {
    const prose = "The club — founded in 1921, attendance records aside — has never won the cup.";
    expect(texts(prose)).toEqual([prose]);
  });
});
