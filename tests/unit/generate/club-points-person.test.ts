import { describe, expect, it } from "vitest";
import { findNameChunks } from "@/lib/generate/find-name-chunks";

const persons = (s: string) => findNameChunks(s).filter((c) => c.kind === "person").map((c) => c.name);

// Review 32 finding 6: a club with its points before "whose", or before "who" and a verb in -s, was still a person when
// no word of its name was a place the lexicon knows (invented clubs), so "Who ...?" items could offer a club.
describe("a club's points before 'whose' or a singular 'who' are no person's age (review 32 finding 6)", () => {
  it("is no person after a 'whose' clause and a plural verb, nor after 'who' and a verb in -s", () => {
    expect(persons("Club Sarnavo, 24, whose last loss came in May, top the standings.")).toEqual([]);
    expect(persons("Sporting Talvera, 31, who has won six straight, hosts the leaders next.")).toEqual([]);
    expect(persons("Sporting Talvera, 31, whose coach quit in March, trails by four.")).toEqual([]);
    // The same shape with a person's name and no role said of it is refused too: a wire club writes it alike.
    expect(persons("Ilkka Varovaara, 27, whose brother plays in goal, has nine goals.")).toEqual([]);
  });
  it("is a person when a role is said of the name before it (near miss)", () => {
    expect(persons("The top scorer is Ilkka Varovaara, 27, whose nine goals came in eight games.")).toContain("Ilkka Varovaara");
    expect(persons("Their captain was Ilkka Varovaara, 27, whose contract ends in June.")).toContain("Ilkka Varovaara");
    expect(persons("The striker was Ilkka Varovaara, 27, who scored twice.")).toContain("Ilkka Varovaara");
    expect(persons("That defender was Ilkka Varovaara, 27, who blocked five shots.")).toContain("Ilkka Varovaara");
    expect(persons("Ilkka Varovaara, 27, said the side was tired.")).toContain("Ilkka Varovaara");
  });
});

// Review 32b finding 7: a single doer's deed only a player does ("who made 31 saves") is the person cue alone, with no
// "The goalkeeper was" before the name; a club's shape or its deeds ("who has won") still need the role.
describe("an age before 'who' and a player's own deed is a person's (review 32b finding 7)", () => {
  it("is a person without a role before the name", () => {
    expect(persons("Kenji Marumoto, 22, who made 31 saves, was named player of the match.")).toContain("Kenji Marumoto");
    expect(persons("Ilkka Varovaara, 27, who netted twice, was named player of the match.")).toContain("Ilkka Varovaara");
  });
  it("near misses: a club's shape, a club's deed, a plural verb", () => {
    expect(persons("Sporting Talvera, 31, who made 31 saves, hosts the leaders next.")).toEqual([]);
    expect(persons("Talvera Rovers, 31, who made 12 appearances in the cup, host the leaders.")).toEqual([]);
    expect(persons("Ilkka Varovaara, 27, who made the final last year, leads the table.")).toEqual([]);
    expect(persons("Sporting Talvera, 31, who has won six straight, hosts the leaders next.")).toEqual([]);
  });
});

