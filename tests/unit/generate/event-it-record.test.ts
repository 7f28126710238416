import { describe, expect, it } from "vitest";
import { generateArticleItems } from "@/lib/generate";

// Issue 9 (recall, wire news and match reports): "It is the first visit to Oslo by a Chilean president since 2011"
// names what "It" is (the story's visit, a win), yet its facts got no item, since an opening It with no referent
// refused every blank. Under the article's title it is placed. Sentences written for this test.
const at = new Date(Date.UTC(2026, 10, 2));
const itemsOf = (title: string, body: string) => generateArticleItems({ slug: "t", title, source: "Andes Wire", publishedAt: at, body });

describe("an opening It that names a first or a record", () => {
  it("is blanked under the title", () => {
    const body = ["Chile's president Camila Rojas arrived in Oslo on Monday for talks on copper and salmon.", "It is the first visit to Norway by a Chilean head of state since 2011.", "Rojas will meet the prime minister on Tuesday."].join(" ");
    const asked = itemsOf("Chilean president visits Oslo for copper and salmon talks", body).filter((i) => i.answer === "2011");
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((i) => i.type !== "truefalse" && i.prompt.includes("Chilean president visits Oslo"))).toBe(true);
    // (It is the visit, not the president the sentence before was about.)
    expect(asked.filter((i) => /Rojas is the first visit|Rojas the first visit/.test(i.prompt))).toEqual([]);
  });

  it.each([
    // A cleft, a thing of another sentence, or no title to place it.
    ["Norlake beat Tromsø 3-1", "The match in the rain ended late on Sunday. It was Lund, a 19-year-old forward, who scored twice in 2026."],
    ["Norlake beat Tromsø 3-1", "Rain fell on Norlake all day on Sunday. It was signed in 2019 by the club."],
    ["", "The match in the rain ended late on Sunday. It was Norlake's first win at Tromsø since 2019."],
  ])("not when: %s / %s", (title, body) => {
    expect(itemsOf(title, body).filter((i) => i.answer === "2019" || i.answer === "2026")).toEqual([]);
  });
});
