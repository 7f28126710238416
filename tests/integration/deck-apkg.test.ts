import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { getDb } = await import("@/lib/server/db");
const { createDeck, getInstructorDeck, setDeckItemSuspended, updateDeckItem } = await import("@/lib/server/decks");
const { createUser } = await import("@/lib/server/users");
const { ankiGuid } = await import("@/lib/classes/anki-notes");
const { createLearner, uniqueEmail } = await import("./helpers");
const exportRoute = await import("@/app/api/decks/[deckId]/export/route");

const apkgOf = async (deckId: string) => {
  const response = await exportRoute.GET(new Request(`http://localhost/api/decks/${deckId}/export?format=apkg`), { params: Promise.resolve({ deckId }) });
  return { status: response.status, type: response.headers.get("content-type"), disposition: response.headers.get("content-disposition"), body: new Uint8Array(await response.arrayBuffer()) };
};
const createInstructor = (label: string) => createUser({ name: `Teacher ${label}`, email: uniqueEmail(label), password: "correct horse battery", role: "instructor" });

/** A deck of four generated questions (one of each type), one edited in the deck, plus a suspended one. */
async function generatedDeck(instructorId: string) {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `apkg-${tag}`, title: `Apkg ${tag}`, body: "x", contentHash: tag, ownerId: instructorId } });
  const data = [
    { type: "choice", kind: "percent", prompt: "By how much did traffic rise?", answer: "18%", choices: '["12%","18%","24%"]', accepted: "[]" },
    { type: "typed", kind: "place", prompt: "Where is the port?", answer: "Haiphong", choices: "[]", accepted: '["Hai Phong"]' },
    { type: "cloze", kind: "money", prompt: "The terminal cost _____.", answer: "$320 million", choices: "[]", accepted: "[]" },
    { type: "truefalse", kind: "count", prompt: "5 containers were lost.", answer: "False", choices: '["True","False"]', accepted: "[]" },
    { type: "typed", kind: "person", prompt: "Suspended one?", answer: "Nobody", choices: "[]", accepted: "[]" },
  ];
  for (const [i, d] of data.entries()) await db.item.create({ data: { key: `apkg-${tag}-${i}`, articleId: article.id, sourceSentence: `Sentence ${i} & more.`, difficulty: i / 10, ...d } });
  const deck = await createDeck(instructorId, { title: `Ports & trade ${tag}`, articleIds: [article.id], kinds: ["percent", "place", "money", "count", "person"], types: ["choice", "typed", "cloze", "truefalse"] });
  const items = (await getInstructorDeck(instructorId, deck.id)).items;
  const choice = items.find((i) => i.type === "choice")!;
  await updateDeckItem(instructorId, { deckId: deck.id, itemId: choice.itemId, prompt: "Edited: by how much?", answer: "18%", choices: ["18%", "12%", "24%"] });
  await setDeckItemSuspended(instructorId, { deckId: deck.id, itemId: items.find((i) => i.prompt === "Suspended one?")!.itemId, suspended: true });
  return { deckId: deck.id, tag, items };
}

/** Opens the package's collection.anki2 as Anki would (a real SQLite file). */
function openCollection(apkg: Uint8Array) {
  const files = unzipSync(apkg);
  expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
  expect(new TextDecoder().decode(files.media)).toBe("{}");
  return new Database(Buffer.from(files["collection.anki2"]!));
}

beforeEach(() => {
  session.user = null;
});

describe("a deck for Anki (.apkg)", () => {
  it("packs the questions learners study as Basic and Cloze notes with one new card each", async () => {
    const instructor = await createInstructor("apkg");
    const { deckId, tag, items } = await generatedDeck(instructor.id);
    session.user = instructor;
    const response = await apkgOf(deckId);
    expect(response.status).toBe(200);
    expect(response.type).toBe("application/octet-stream");
    expect(response.disposition).toBe(`attachment; filename="ports-trade-${tag}.apkg"`);

    const db = openCollection(response.body);
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all()).toEqual(["cards", "col", "graves", "notes", "revlog"]);
      const col = db.prepare("select ver, decks, models from col").all() as { ver: number; decks: string; models: string }[];
      expect(col).toHaveLength(1);
      expect(col[0]!.ver).toBe(11);
      const decks = Object.values(JSON.parse(col[0]!.decks) as Record<string, { id: number; name: string }>);
      const deck = decks.find((d) => d.name === `Ports & trade ${tag}`)!;
      expect(deck).toBeDefined();
      const models = JSON.parse(col[0]!.models) as Record<string, { name: string }>;

      const notes = db.prepare("select id, guid, mid, flds, sfld, csum from notes order by id").all() as { id: number; guid: string; mid: number; flds: string; sfld: string; csum: number }[];
      expect(notes.map((n) => n.flds.split("\x1f"))).toEqual([
        ['Edited: by how much?<ol type="A"><li>18%</li><li>12%</li><li>24%</li></ol>', "18%<br><br><i>Sentence 0 &amp; more.</i>"],
        ["Where is the port?", "Haiphong<br><br>Also accepted: Hai Phong<br><br><i>Sentence 1 &amp; more.</i>"],
        ["The terminal cost {{c1::$320 million}}.", "Sentence 2 &amp; more."],
        ['5 containers were lost.<ol type="A"><li>True</li><li>False</li></ol>', "False<br><br><i>Sentence 3 &amp; more.</i>"],
      ]);
      expect(notes.map((n) => models[n.mid]!.name)).toEqual(["Recall Basic", "Recall Basic", "Recall Cloze", "Recall Basic"]);
      expect(notes[1]!.guid).toBe(ankiGuid(items.find((i) => i.type === "typed" && i.prompt === "Where is the port?")!.itemId));
      expect(notes[1]!.sfld).toBe("Where is the port?");

      const cards = db.prepare("select nid, did, ord, queue, due from cards order by due").all();
      expect(cards).toEqual(notes.map((n, i) => ({ nid: n.id, did: deck.id, ord: 0, queue: 0, due: i + 1 })));
      expect(db.prepare("select count(*) as n from revlog").get()).toEqual({ n: 0 });
      expect(db.prepare("select count(*) as n from graves").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }

    // a second export keeps the guids, so Anki updates the notes it already has instead of adding copies
    const guidsOf = (apkg: Uint8Array) => {
      const collection = openCollection(apkg);
      try {
        return collection.prepare("select guid from notes order by id").pluck().all();
      } finally {
        collection.close();
      }
    };
    expect(guidsOf((await apkgOf(deckId)).body)).toEqual(guidsOf(response.body));
  });

  it("is 'not found' for another instructor's deck and for a learner", async () => {
    const owner = await createInstructor("apkg-owner");
    const { deckId } = await generatedDeck(owner.id);
    session.user = await createInstructor("apkg-other");
    const other = await apkgOf(deckId);
    expect(other.status).toBe(404);
    expect(new TextDecoder().decode(other.body)).toBe(JSON.stringify({ error: "That deck was not found.", code: "not_found" }));
    session.user = await createLearner("apkg-learner");
    expect((await apkgOf(deckId)).status).toBe(404);
  });
});
