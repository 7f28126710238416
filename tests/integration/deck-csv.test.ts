import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { getDb } = await import("@/lib/server/db");
const { createDeck, getInstructorDeck, updateDeckItem, setDeckItemSuspended } = await import("@/lib/server/decks");
const { createUser } = await import("@/lib/server/users");
const { createLearner, uniqueEmail } = await import("./helpers");
const deckActions = await import("@/app/decks/actions");
const exportRoute = await import("@/app/api/decks/[deckId]/export/route");

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const exportOf = async (deckId: string) => {
  const response = await exportRoute.GET(new Request(`http://localhost/api/decks/${deckId}/export`), params({ deckId }));
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
};
const createInstructor = (label: string) => createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });

/** A deck built from an article of generated items, with one of them edited in the deck and one suspended. */
async function generatedDeck(instructorId: string) {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `csv-${tag}`, title: `Csv ${tag}`, body: "x", contentHash: tag, ownerId: instructorId } });
  const data = [
    { type: "choice", kind: "percent", prompt: "By how much, \"roughly\", did traffic rise?", answer: "18%", choices: '["12%","18%","24%"]', accepted: "[]" },
    { type: "typed", kind: "place", prompt: "Where, in Vietnam, is the port?", answer: "Haiphong", choices: "[]", accepted: '["Hai Phong"]' },
    { type: "cloze", kind: "money", prompt: "The terminal cost _____.", answer: "$320 million", choices: "[]", accepted: "[]" },
    { type: "truefalse", kind: "count", prompt: "-5 containers were lost.", answer: "False", choices: '["True","False"]', accepted: "[]" },
    { type: "typed", kind: "person", prompt: "Suspended one?", answer: "Nobody", choices: "[]", accepted: "[]" },
  ];
  for (const [i, d] of data.entries()) await db.item.create({ data: { key: `csv-${tag}-${i}`, articleId: article.id, sourceSentence: `Sentence ${i}, with a comma.`, difficulty: i / 10, ...d } });
  const deck = await createDeck(instructorId, { title: `Csv deck ${tag}`, articleIds: [article.id], kinds: ["percent", "place", "money", "count", "person"], types: ["choice", "typed", "cloze", "truefalse"] });
  const items = (await getInstructorDeck(instructorId, deck.id)).items;
  const choice = items.find((i) => i.type === "choice")!;
  await updateDeckItem(instructorId, { deckId: deck.id, itemId: choice.itemId, prompt: "Edited: by how much?", answer: "18%", choices: ["18%", "12%", "24%"] });
  await setDeckItemSuspended(instructorId, { deckId: deck.id, itemId: items.find((i) => i.prompt === "Suspended one?")!.itemId, suspended: true });
  return deck.id;
}

beforeEach(() => {
  session.user = null;
});

describe("a deck as CSV", () => {
  it("exports what learners study, with the deck's edits, and imports back into a deck that exports the same file", async () => {
    const instructor = await createInstructor("csv");
    const deckId = await generatedDeck(instructor.id);
    session.user = instructor;
    const first = await exportOf(deckId);
    expect(first.status).toBe(200);
    expect(first.type).toBe("text/csv; charset=utf-8");
    const lines = first.text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("type,kind,prompt,answer,choices,accepted,explanation");
    expect(lines.slice(1, 5)).toEqual([
      "choice,percent,Edited: by how much?,18%,18%|12%|24%,,\"Sentence 0, with a comma.\"",
      "typed,place,\"Where, in Vietnam, is the port?\",Haiphong,,Hai Phong,\"Sentence 1, with a comma.\"",
      "cloze,money,The terminal cost _____.,$320 million,,,\"Sentence 2, with a comma.\"",
      "truefalse,count,'-5 containers were lost.,False,True|False,,\"Sentence 3, with a comma.\"",
    ]);
    expect(first.text).not.toContain("Suspended one?");

    const imported = await deckActions.importDeckCsvAction({ title: "Imported", csv: first.text });
    expect(imported).toMatchObject({ ok: true, data: { items: 4 } });
    const importedId = imported.ok ? imported.data.id : "";
    const deck = await getInstructorDeck(instructor.id, importedId);
    expect(deck.publishedAt).toBeNull();
    expect(deck.items.map((i) => i.prompt)).toEqual(["Edited: by how much?", "Where, in Vietnam, is the port?", "The terminal cost _____.", "-5 containers were lost."]);
    expect((await exportOf(importedId)).text).toBe(first.text);
  });

  it("refuses a malformed file naming its line, and imports nothing", async () => {
    const instructor = await createInstructor("csv-bad");
    session.user = instructor;
    const decksBefore = await getDb().deck.count({ where: { ownerId: instructor.id } });
    const itemsBefore = await getDb().item.count();
    const header = "type,prompt,answer,choices\n";
    const good = "typed,Capital of Peru?,Lima,\n";
    const cases: [string, string][] = [
      [header + good + good + "choice,Capital?,Lima,Quito|Bogotá\n", "Nothing was imported. Line 4: The answer must be one of the choices."],
      [header + good + 'typed,"Multi\nline",Lima,\n' + "essay,Why?,x,\n", "Nothing was imported. Line 5: Pick a question type: choice, typed, cloze or truefalse."],
      [header + good + 'typed,"never closed,Lima,\n', "Nothing was imported. Line 3: a quoted field is never closed. Check the quotes (a quote inside a field is written twice)."],
      [header + good + "typed,Too,many,fields,here\n", "Nothing was imported. Line 3: this row has a different number of fields from the header. Quote fields that hold commas."],
      ["type,prompt,answer,colour\n" + good, 'Nothing was imported. Line 1: unknown column "colour". The columns are type, kind, prompt, answer, choices, accepted, explanation.'],
    ];
    for (const [csv, error] of cases) {
      expect(await deckActions.importDeckCsvAction({ title: "Bad", csv })).toEqual({ ok: false, error, code: "invalid" });
    }
    expect(await getDb().deck.count({ where: { ownerId: instructor.id } })).toBe(decksBefore);
    expect(await getDb().item.count()).toBe(itemsBefore);
  });

  it("is 'not found' for another instructor's deck and for a learner", async () => {
    const owner = await createInstructor("csv-owner");
    const deckId = await generatedDeck(owner.id);
    session.user = await createInstructor("csv-other");
    expect(await exportOf(deckId)).toMatchObject({ status: 404, text: JSON.stringify({ error: "That deck was not found.", code: "not_found" }) });
    session.user = await createLearner("csv-learner");
    expect((await exportOf(deckId)).status).toBe(404);
    expect(await deckActions.importDeckCsvAction({ title: "Mine", csv: "type,prompt,answer\ntyped,Q?,A\n" })).toMatchObject({ ok: false, code: "not_found" });
  });
});
