import { describe, expect, it } from "vitest";
import { ANKI_MODEL_IDS, buildAnkiCollection } from "@/lib/classes/anki-collection";
import { ankiFieldChecksum, ankiGuid, stripAnkiHtml, toAnkiField, toAnkiNote, type AnkiSourceItem } from "@/lib/classes/anki-notes";

const item = (over: Partial<AnkiSourceItem>): AnkiSourceItem => ({ itemId: "item-1", type: "typed", prompt: "Where is the port?", answer: "Haiphong", choices: [], accepted: [], explanation: "", ...over });

describe("Anki field checksum", () => {
  it("matches the values Anki computes (its own test vectors)", () => {
    expect(ankiFieldChecksum("test")).toBe(2840236005);
    expect(ankiFieldChecksum("今日")).toBe(1464653051);
  });

  it("ignores markup and decodes entities, as Anki's strip_html does", () => {
    expect(stripAnkiHtml('<b>A &amp; B</b><!-- note --><br>&lt;x&gt;&#65;&#x42;&nbsp;')).toBe("A & B<x>AB ");
    expect(ankiFieldChecksum("<i>test</i>")).toBe(2840236005);
  });
});

describe("Anki fields", () => {
  it("escapes markup, turns line breaks into <br> and never holds the field separator", () => {
    expect(toAnkiField('a < b & "c" > d\r\nnext\nline\x1fend')).toBe("a &lt; b &amp; &quot;c&quot; &gt; d<br>next<br>line end");
  });
});

describe("Anki guids", () => {
  it("are stable per item and differ between items", () => {
    expect(ankiGuid("item-1")).toBe(ankiGuid("item-1"));
    expect(ankiGuid("item-1")).not.toBe(ankiGuid("item-2"));
    expect(ankiGuid("item-1")).toMatch(/^[A-Za-z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{1,10}$/);
    expect(toAnkiNote(item({ prompt: "Edited?" })).guid).toBe(toAnkiNote(item({})).guid);
  });
});

describe("questions as Anki notes", () => {
  it("puts a choice question's options on the front of a Basic note", () => {
    const note = toAnkiNote(item({ type: "choice", prompt: "By how much?", answer: "18%", choices: ["12%", "18%", "<24%>"], explanation: "Traffic rose 18%." }));
    expect(note.model).toBe("basic");
    expect(note.fields).toEqual(['By how much?<ol type="A"><li>12%</li><li>18%</li><li>&lt;24%&gt;</li></ol>', "18%<br><br><i>Traffic rose 18%.</i>"]);
    expect(note.flds).toBe(note.fields.join("\x1f"));
    expect(note.sfld).toBe("By how much?12%18%<24%>");
    expect(note.csum).toBe(ankiFieldChecksum(note.fields[0]!));
  });

  it("lists true/false options, and other accepted answers of a typed question on the back", () => {
    expect(toAnkiNote(item({ type: "truefalse", prompt: "It rose.", answer: "True", choices: ["True", "False"] })).fields[0]).toBe('It rose.<ol type="A"><li>True</li><li>False</li></ol>');
    const typed = toAnkiNote(item({ accepted: ["Haiphong", "Hai Phong"] }));
    expect(typed.fields).toEqual(["Where is the port?", "Haiphong<br><br>Also accepted: Hai Phong"]);
  });

  it("turns a cloze blank into {{c1::answer}} with the explanation as Back Extra", () => {
    const note = toAnkiNote(item({ type: "cloze", prompt: "The terminal cost _____ in 2024.", answer: "$320 million", explanation: "A & B" }));
    expect(note.model).toBe("cloze");
    expect(note.fields).toEqual(["The terminal cost {{c1::$320 million}} in 2024.", "A &amp; B"]);
    expect(note.sfld).toBe("The terminal cost {{c1::$320 million}} in 2024.");
  });

  it("keeps a cloze answer's braces from closing the cloze, and falls back to Basic without a blank", () => {
    expect(toAnkiNote(item({ type: "cloze", prompt: "x ___ y", answer: "a}}b" })).fields[0]).toBe("x {{c1::a&#125;&#125;b}} y");
    expect(toAnkiNote(item({ type: "cloze", prompt: "No blank here", answer: "a" })).model).toBe("basic");
  });
});

describe("an Anki collection", () => {
  const now = new Date("2026-11-29T03:30:00.123Z");
  const notes = [toAnkiNote(item({})), toAnkiNote(item({ itemId: "item-2", type: "cloze", prompt: "It cost _____.", answer: "$5" }))];

  it("holds one deck named for the deck, both note types and one new card a note in deck order", () => {
    const { col, notes: noteRows, cards } = buildAnkiCollection("Ports::Asia", notes, now);
    expect(col.ver).toBe(11);
    expect(col.crt).toBe(Date.UTC(2026, 10, 29) / 1000);
    const decks = Object.values(JSON.parse(col.decks) as Record<string, { id: number; name: string }>);
    expect(decks.map((d) => d.name)).toEqual(["Default", "Ports:Asia"]);
    const deckId = decks[1]!.id;
    const models = JSON.parse(col.models) as Record<string, { type: number; flds: { name: string }[] }>;
    expect(models[ANKI_MODEL_IDS.basic]).toMatchObject({ type: 0, flds: [{ name: "Front" }, { name: "Back" }] });
    expect(models[ANKI_MODEL_IDS.cloze]).toMatchObject({ type: 1, flds: [{ name: "Text" }, { name: "Back Extra" }] });
    expect(noteRows.map((n) => [n.mid, n.guid])).toEqual([
      [ANKI_MODEL_IDS.basic, ankiGuid("item-1")],
      [ANKI_MODEL_IDS.cloze, ankiGuid("item-2")],
    ]);
    expect(cards.map((c) => [c.nid, c.did, c.ord, c.type, c.queue, c.due])).toEqual([
      [noteRows[0]!.id, deckId, 0, 0, 0, 1],
      [noteRows[1]!.id, deckId, 0, 0, 0, 2],
    ]);
  });
});

describe("an Anki collection with a learner's schedule", () => {
  const now = new Date("2026-11-29T09:00:00.000Z");
  const notes = [toAnkiNote(item({})), toAnkiNote(item({ itemId: "item-2" }))];
  const review = { type: 2, queue: 2, due: 6, ivl: 10, factor: 2500, reps: 4, lapses: 1, left: 0, data: '{"s":11,"d":4,"dr":0.9}' };
  const fresh = { type: 0, queue: 0, due: 1, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "" };
  const answer = { id: 1_764_400_000_000, ease: 3, ivl: 10, lastIvl: 3, factor: 433, time: 5000, type: 1 };
  const scheduling = { crt: 1_764_385_200, creationOffset: -60, cards: [review, fresh], revlog: [{ ...answer, card: 0 }], deckDescription: "Mine." };

  it("writes each card's schedule, the answers against their cards, and Anki's v2 day settings (4 a.m. rollover, creation offset)", () => {
    const { col, cards, revlog } = buildAnkiCollection("Recall", notes, now, scheduling);
    expect(col.crt).toBe(1_764_385_200);
    expect(JSON.parse(col.conf)).toMatchObject({ schedVer: 2, sched2021: true, rollover: 4, creationOffset: -60 });
    expect(cards.map(({ type, queue, due, ivl, factor, reps, lapses, left, data }) => ({ type, queue, due, ivl, factor, reps, lapses, left, data }))).toEqual([review, fresh]);
    expect(revlog).toEqual([{ ...answer, cid: cards[0]!.id, usn: -1 }]);
    const decks = Object.values(JSON.parse(col.decks) as Record<string, { name: string; desc: string }>);
    expect(decks.find((d) => d.name === "Recall")?.desc).toBe("Mine.");
  });

  it("refuses a schedule that does not match the notes, or an answer for a card it does not hold", () => {
    expect(() => buildAnkiCollection("Recall", notes, now, { ...scheduling, cards: [review] })).toThrow(RangeError);
    expect(() => buildAnkiCollection("Recall", notes, now, { ...scheduling, revlog: [{ ...answer, card: 2 }] })).toThrow(RangeError);
  });
});
