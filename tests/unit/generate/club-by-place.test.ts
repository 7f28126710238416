// A club known only by its place in a match or a table (find-name-chunks.ts, lane sports39): "drew 1-1 with X", "at
// home to X", "one point above X", "behind the leaders, X". Each sentence invented; each near miss must stay unread.
import { describe, expect, it } from "vitest";
import { findNameChunks } from "@/lib/generate/find-name-chunks";

const named = (sentence: string) => findNameChunks(sentence).map((c) => [c.name, c.kind, c.noun]);

describe("a club told by its place in the sentence", () => {
  it("the side a result names after its score ('drew 2-2 with', 'lost 3-1 away to')", () => {
    expect(named("Marlowe drew 2-2 with Trevanion in a wet evening game.")).toContainEqual(["Trevanion", "organisation", "club"]);
    expect(named("The Kestrels lost 3-1 away to Vardholm, their third league defeat.")).toContainEqual(["Vardholm", "organisation", "club"]);
  });

  it("the side a fixture names ('at home to', 'host') without the day after it", () => {
    expect(named("Ostrava Lions are at home to Pelagia Rovers on Nov. 14.")).toContainEqual(["Pelagia Rovers", "organisation", "club"]);
    expect(named("Next week the Herons host Quillan in the second leg.")).toContainEqual(["Quillan", "organisation", "club"]);
  });

  it("a side and the town it is from are two names ('host Quillan of Dorvik')", () => {
    const found = named("The Herons host Quillan of Dorvik in the cup final.");
    expect(found).toContainEqual(["Quillan", "organisation", "club"]);
    expect(found).toContainEqual(["Dorvik", "place", "place"]);
  });

  it("the side a table places beside the subject ('one point above', 'behind the leaders,')", () => {
    expect(named("The win lifts Marlowe one point above Trevanion in the table.")).toContainEqual(["Trevanion", "organisation", "club"]);
    expect(named("They are two points behind the leaders, Vardholm, after nine rounds.")).toContainEqual(["Vardholm", "organisation", "club"]);
  });

  it("after 'travel to' only a name of a club's shape ('Selby Athletic'), not a town", () => {
    expect(named("The Herons travel to Selby Athletic on Saturday.")).toContainEqual(["Selby Athletic", "organisation", "club"]);
    expect(named("The Herons travel to Dorvik on Saturday.").some(([, , noun]) => noun === "club")).toBe(false);
  });

  it("near misses: a place before 'beat', a person after 'host', a firm after 'faces', a people's name, percentage points", () => {
    expect(named("In Dorvik they beat Quillan 2-1.")).not.toContainEqual(["Dorvik", "organisation", "club"]);
    expect(named("The minister will host Maria Costa on Monday.")).not.toContainEqual(["Maria Costa", "organisation", "club"]);
    expect(named("The company faces Veltrax in a patent court.").some(([, , noun]) => noun === "club")).toBe(false);
    expect(named("Before the final they host Saudi side Al-Harbi in the cup.")).not.toContainEqual(["Saudi", "organisation", "club"]);
    expect(named("Yields rose two percentage points above Borland in the bond market.").some(([, , noun]) => noun === "club")).toBe(false);
  });

  it("near misses: the cue's own word is no match ('points ahead of' in a poll, 'basis points', 'faces ... final round'); review 32b finding 2", () => {
    const club = (sentence: string) => named(sentence).some(([, , noun]) => noun === "club");
    expect(club("Labour is now six points ahead of Reform UK in the latest poll.")).toBe(false);
    expect(club("Italian yields were 150 basis points above Bunds on Friday.")).toBe(false);
    expect(club("Chevron faces Exxon in the final round of bidding.")).toBe(false);
    expect(club("Chevron faces Exxon after a tie in the first round.")).toBe(false);
  });

  it("near misses: a place-like head ('Marin County', 'Dorvik Town') after 'travel to' or 'faces' needs a match; review 32b finding 2", () => {
    const club = (sentence: string) => named(sentence).some(([, , noun]) => noun === "club");
    expect(club("Relief teams will travel to Marin County on Saturday.")).toBe(false);
    expect(club("The minister will visit Dorvik Town next week.")).toBe(false);
    expect(club("The developer faces Marin County in court.")).toBe(false);
    expect(named("The Herons travel to Dorvik Town for the league match on Saturday.")).toContainEqual(["Dorvik Town", "organisation", "club"]);
  });
});

// Review 32c finding 5: cutting the cue from the words around it cut its score too, so "lost 3-1 away to X" needed a
// second match word, and without one the club became a place; "the negotiating table" made a club.
describe("a cue that holds a score or a fixture's words is a match by itself (review 32c finding 5)", () => {
  it("a side after a score, 'drew with' or 'at home to' with no other match word", () => {
    expect(named("The Kestrels lost 3-1 away to Vardholm on Sunday.")).toContainEqual(["Vardholm", "organisation", "club"]);
    expect(named("Valdoro drew 1-1 with Talleres on Sunday.")).toContainEqual(["Talleres", "organisation", "club"]);
    expect(named("Ostrava Lions are at home to Quillan on Saturday.")).toContainEqual(["Quillan", "organisation", "club"]);
    expect(named("Valdoro drew with Talleres on Sunday.")).toContainEqual(["Talleres", "organisation", "club"]);
    expect(named("Ostrava Lions are away to Quillan on Saturday.")).toContainEqual(["Quillan", "organisation", "club"]);
    expect(named("Valdoro sit three points behind the leaders, Talleres, after nine rounds.")).toContainEqual(["Talleres", "organisation", "club"]);
  });

  it("near misses: 'host', 'face', 'points above', 'moved away to' and the negotiating table still need a match", () => {
    const club = (sentence: string) => named(sentence).some(([, , noun]) => noun === "club");
    expect(club("Unions will face Veltrax at the negotiating table next week.")).toBe(false);
    expect(club("The family moved away to Vardholm in 1990.")).toBe(false);
    expect(club("The family moved away to Vardholm on Sunday.")).toBe(false);
    expect(club("The minister will host Quillan on Saturday.")).toBe(false);
    expect(club("Its output is now level with Kestrel Foods on Sunday.")).toBe(false);
  });
});

// Review 32d finding 7: "the leaders," alone made a club outside sport ("Among grocers, the leaders, Vantora and Kelt,
// gained market share"): it names a side only beside a match or a table's words.
describe("'the leaders,' needs a sport context (review 32d finding 7)", () => {
  const club = (sentence: string) => named(sentence).some(([, , noun]) => noun === "club");
  it("names no club among firms or parties", () => {
    expect(club("Among grocers, the leaders, Vantora and Kelt, gained market share.")).toBe(false);
    expect(club("The Greens trail the leaders, Veltrax, after three rounds of talks.")).toBe(false);
  });

  it("still names the side beside a season's or a table's words (near misses)", () => {
    expect(named("Valdoro sit three points behind the leaders, Talleres, after nine rounds.")).toContainEqual(["Talleres", "organisation", "club"]);
    expect(named("The Kestrels trail the leaders, Vardholm, in the league.")).toContainEqual(["Vardholm", "organisation", "club"]);
  });
});

// Review 33a finding 4: "after nine rounds" alone made a club of a chess player or a candidate ahead of whom another is.
describe("'after N rounds' alone is no match (review 33a finding 4)", () => {
  const club = (sentence: string) => named(sentence).some(([, , noun]) => noun === "club");
  it("a player or a candidate a point ahead of another after some rounds is no club", () => {
    expect(club("After nine rounds, Oskarsen is half a point ahead of Vellacort.")).toBe(false);
    expect(club("After two rounds of voting, Marel is five points ahead of Tobrin.")).toBe(false);
    expect(club("After two rounds, Marel is five points ahead of Tobrin.")).toBe(false);
  });

  it("a side ahead of another in the league after some rounds is still a club (near miss)", () => {
    expect(named("After nine rounds of the league, Valdoro are two points ahead of Talleres.")).toContainEqual(["Talleres", "organisation", "club"]);
  });
});
