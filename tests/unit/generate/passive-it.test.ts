import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/parse-article";
import { generateArticleItems } from "@/lib/generate";
import { passiveItAfterObject } from "@/lib/generate/resolve-subject-pronoun";

const article = parseArticle(
  "brindle.md",
  `---
title: Brindle Fish lifts half-year profit
source: Test Wire
published: 2026-11-20
---
LERWICK, Scotland — Brindle Fish Ltd., a salmon farmer, said on Thursday that pre-tax profit rose to £12.6 million in the six months to September. The board raised the interim dividend to 3.2p a share from 2.8p. It will be paid on Jan. 15 to shareholders on the register on Dec. 11.

Brindle Fish sells salmon to 14 countries. The company makes fish feed at its plant in Scalloway. It was founded in 1987 by two brothers.
`,
);

describe("a passive 'It' after a sentence whose verb takes a thing", () => {
  const prompts = generateArticleItems(article, { keepFrom: 0, fullFrom: 0 }).map((i) => i.prompt);

  it("is not the sentence before's subject ('The board raised the interim dividend ... It will be paid')", () => {
    expect(prompts.filter((p) => /board (?:will )?be paid|board will be paid/.test(p))).toEqual([]);
  });

  // (Session 36: "fish feed at its plant in Scalloway" offers things "It" could mean, so no name is written in.)
  it("writes neither the subject nor a thing in after 'makes fish feed at its plant ... It was founded'", () => {
    expect(prompts.filter((p) => /(?:Brindle Fish|[Pp]lant|[Ff]eed|Scalloway) was founded in _____/.test(p))).toEqual([]);
  });

  it("reads a passive only, after a determiner-led object", () => {
    expect(passiveItAfterObject("It will be paid on Jan. 15.", " raised the interim dividend to 3.2p.")).toBe(true);
    expect(passiveItAfterObject("It was approved in May.", " signed a contract with Norlake.")).toBe(true);
    expect(passiveItAfterObject("It employs 72 people.", " signed a contract with Norlake.")).toBe(false);
    expect(passiveItAfterObject("It was founded in 1987.", " makes fish feed at its plant.")).toBe(false);
  });
});
