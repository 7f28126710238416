import { describe, expect, it } from "vitest";
import { CARD_COLUMNS, exportFileName, REVIEW_COLUMNS, toCardRecord, toOwnCardRecord, toReviewRecord, type CardExportRow, type ReviewExportRow } from "@/lib/account/data-export";
import { toCsvChunks, toJsonChunks } from "@/lib/account/export-serialize";

const at = new Date("2026-11-29T09:30:00.000Z");
const card: CardExportRow = {
  id: "card1",
  itemId: "item1",
  due: new Date("2026-12-02T09:30:00.000Z"),
  stability: 3.25,
  difficulty: 5.5,
  reps: 2,
  lapses: 1,
  state: 3,
  lastReview: at,
  createdAt: new Date("2026-11-20T08:00:00.000Z"),
  item: { kind: "percent", type: "typed", prompt: "By how much did trade rise?", answer: "24%", article: { title: "Trade, \"up\"" } },
};
const review: ReviewExportRow = {
  id: "rev1",
  reviewedAt: at,
  event: "review",
  cardId: "card1",
  itemId: "item1",
  deckId: null,
  rating: 1,
  correct: false,
  selfGraded: false,
  overridden: false,
  response: "=HYPERLINK(\"http://x\")",
  elapsedDays: 4,
  scheduledDays: 0,
  durationMs: 5200,
  tzOffset: -300,
  undoesId: null,
  item: { prompt: "By how much did trade rise?" },
};

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}
async function* pages<T>(...list: T[][]): AsyncGenerator<T[]> {
  for (const page of list) yield page;
}

describe("export records", () => {
  it("name FSRS states and ratings, write times as ISO 8601 UTC and keep empty values as null", () => {
    expect(toCardRecord(card)).toMatchObject({ state: "relearning", due: "2026-12-02T09:30:00.000Z", article: 'Trade, "up"', fact_kind: "percent", stability: 3.25 });
    expect(toCardRecord({ ...card, state: 0, lastReview: null })).toMatchObject({ state: "new", last_review: null });
    expect(toReviewRecord(review)).toMatchObject({ rating: "again", correct: false, deck_id: null, utc_offset_minutes: -300 });
    expect(toReviewRecord({ ...review, event: "undo", rating: 0, correct: null, undoesId: "rev0" })).toMatchObject({ rating: null, correct: null, undoes_review_id: "rev0" });
  });

  it("have exactly the documented columns, in order", () => {
    expect(Object.keys(toCardRecord(card))).toEqual(CARD_COLUMNS.map((c) => c.name));
    expect(Object.keys(toReviewRecord(review))).toEqual(REVIEW_COLUMNS.map((c) => c.name));
    for (const column of [...CARD_COLUMNS, ...REVIEW_COLUMNS]) expect(column.description.length).toBeGreaterThan(5);
  });

  it("file names carry the table and the UTC date", () => {
    expect(exportFileName("reviews", "csv", at)).toBe("recall-reviews-2026-11-29.csv");
    expect(exportFileName("data", "json", at)).toBe("recall-data-2026-11-29.json");
  });
});

describe("export files", () => {
  it("CSV: byte-order mark, header once, CRLF lines, RFC 4180 quoting and formulas defused", async () => {
    const text = await collect(toCsvChunks("reviews", pages([toReviewRecord(review)], [], [toReviewRecord({ ...review, id: "rev2", correct: true, rating: 3 })])));
    expect(text.startsWith("\uFEFFreview_id,reviewed_at,")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines).toHaveLength(4); // header, two rows, and the empty string after the last CRLF
    expect(lines[1]).toBe(`rev1,2026-11-29T09:30:00.000Z,review,card1,item1,,By how much did trade rise?,"'=HYPERLINK(""http://x"")",false,false,false,again,4,0,5200,-300,`);
    expect(lines[2]).toContain(",true,false,false,good,");
  });

  it("CSV of own cards gives a basic card's two sides as written, a formula escaped", async () => {
    const text = await collect(toCsvChunks("own_cards", pages([toOwnCardRecord({ id: "item8", type: "typed", prompt: "=1+1", answer: "2", createdAt: at, updatedAt: at })])));
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe("item_id,card_type,front,back,cloze_text,created_at,updated_at");
    expect(lines[1]).toBe("item8,basic,'=1+1,2,,2026-11-29T09:30:00.000Z,2026-11-29T09:30:00.000Z");
  });

  it("CSV of cards quotes a title with a comma and quotes", async () => {
    const text = await collect(toCsvChunks("cards", pages([toCardRecord(card)])));
    expect(text).toContain(`,"Trade, ""up""",percent,typed,`);
  });

  it("JSON: one valid document across pages, empty pages included", async () => {
    const text = await collect(
      toJsonChunks({
        exportedAt: at,
        account: { email: "a@example.test" },
        cards: pages([], [toCardRecord(card)], [toCardRecord({ ...card, id: "card2" })]),
        reviews: pages(),
        own_cards: pages([toOwnCardRecord({ id: "item9", type: "cloze", prompt: "Lima is the capital of _____.", answer: "Peru", createdAt: at, updatedAt: at })]),
        flags: pages([{ flag_id: "f1", comment: "Two answers fit" }]),
      }),
    );
    const parsed = JSON.parse(text) as {
      exported_at: string;
      account: object;
      columns: { reviews: { name: string }[] };
      cards: { card_id: string }[];
      reviews: unknown[];
      own_cards: Record<string, unknown>[];
      flags: unknown[];
    };
    expect(parsed.exported_at).toBe("2026-11-29T09:30:00.000Z");
    expect(parsed.cards.map((c) => c.card_id)).toEqual(["card1", "card2"]);
    expect(parsed.reviews).toEqual([]);
    expect(parsed.own_cards).toEqual([
      { item_id: "item9", card_type: "cloze", front: null, back: null, cloze_text: "Lima is the capital of {{c1::Peru}}.", created_at: "2026-11-29T09:30:00.000Z", updated_at: "2026-11-29T09:30:00.000Z" },
    ]);
    expect(parsed.flags).toEqual([{ flag_id: "f1", comment: "Two answers fit" }]);
    expect(parsed.columns.reviews.map((c) => c.name)).toEqual(REVIEW_COLUMNS.map((c) => c.name));
  });
});
