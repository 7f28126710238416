import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/server/session", () => import("./fake-session"));
vi.mock("next/headers", () => import("./fake-headers"));
const { session } = await import("./fake-session");

const { getDb } = await import("@/lib/server/db");
const { createUser } = await import("@/lib/server/users");
const { recordAnswer, undoAnswer } = await import("@/lib/server/study");
const { ankiGuid } = await import("@/lib/classes/anki-notes");
const { startOfStudyDayKey, studyDayKey, studyDaysBetween } = await import("@/lib/srs/study-day");
const { createLearner, clientId, uniqueEmail } = await import("./helpers");
const { GET: exportRoute } = await import("@/app/api/account/export/route");

const TIME_ZONE = "America/New_York";
const HOUR = 3_600_000;
const realNow = Date.now();
const ago = (hours: number) => new Date(realNow - hours * HOUR);

type CardRow = { id: number; nid: number; type: number; queue: number; due: number; ivl: number; factor: number; reps: number; lapses: number; left: number; data: string };
type RevlogRow = { id: number; cid: number; ease: number; ivl: number; lastIvl: number; factor: number; time: number; type: number };

/**
 * One article of choice questions; `ownerId` null is the shared library, which every test file's learners study:
 * this file puts only retired questions there, so it takes no new card from another file's session.
 */
async function article(ownerId: string | null, count: number, status = "active") {
  const db = getDb();
  const tag = randomUUID().slice(0, 8);
  const created = await db.article.create({ data: { slug: `lapkg-${tag}`, title: `Learner apkg ${tag}`, body: "x", contentHash: tag, ownerId } });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const item = await db.item.create({
      data: { key: `lapkg-${tag}-${i}`, articleId: created.id, type: "choice", kind: "percent", prompt: `By how much did trade rise? (${tag} ${i})`, answer: "24%", choices: '["12%","24%","35%"]', sourceSentence: `Trade rose 24% (${i}).`, status },
    });
    ids.push(item.id);
  }
  return ids;
}

/** A published deck of `itemIds`, assigned to a class of its own for each of `learnerIds`. */
async function assignedDeck(instructorId: string, learnerIds: string[], itemIds: string[]) {
  const db = getDb();
  const deck = await db.deck.create({ data: { title: `Deck ${randomUUID().slice(0, 6)}`, ownerId: instructorId, publishedAt: new Date(realNow - 100 * HOUR), items: { create: itemIds.map((itemId, position) => ({ itemId, position })) } } });
  const classIds: string[] = [];
  for (const userId of learnerIds) {
    const klass = await db.class.create({ data: { name: "Class", joinCode: randomUUID().slice(0, 6), instructorId } });
    await db.membership.create({ data: { classId: klass.id, userId } });
    await db.assignment.create({ data: { classId: klass.id, deckId: deck.id } });
    classIds.push(klass.id);
  }
  return { deckId: deck.id, classIds };
}

async function answer(userId: string, deckId: string, itemId: string, at: Date, response = "24%") {
  const card = await getDb().card.findUnique({ where: { userId_itemId: { userId, itemId } }, select: { version: true } });
  return recordAnswer(userId, { clientId: clientId(), itemId, cardVersion: card?.version ?? 0, response, durationMs: 75_000, tzOffset: -300, deckId }, at);
}

async function downloadApkg() {
  const response = await exportRoute(new Request("http://app.test/api/account/export?format=apkg"));
  return { response, body: new Uint8Array(await response.arrayBuffer()) };
}

beforeEach(() => {
  session.user = null;
});

describe("a learner's cards for Anki (.apkg)", () => {
  it("carries each card's state and the review log, and nothing of another learner's or of a class they left", async () => {
    const db = getDb();
    const learner = await createLearner("lapkg");
    await db.user.update({ where: { id: learner.id }, data: { timeZone: TIME_ZONE, name: "Ann <b>&</b>" } });
    const other = await createLearner("lapkg-other");
    const teacher = await createUser({ name: "Teacher", email: uniqueEmail("lapkg-t"), password: "correct horse battery", role: "instructor" });
    const [learning, review, relearning, undone, future, otherOnly, suspended, left] = await article(teacher.id, 8);
    const { deckId } = await assignedDeck(teacher.id, [learner.id, other.id], [learning, review, relearning, undone, future, otherOnly, suspended].map(String));
    const gone = await assignedDeck(teacher.id, [learner.id], [left!]);

    await answer(learner.id, deckId, learning!, ago(0.1)); // learning, answered today
    // a month back: the graduating interval, fuzz included, stays well under it (at 10 days back, fuzz at some
    // hours of the day made it 11 days, and the card was not yet due)
    await answer(learner.id, deckId, review!, ago(720));
    await answer(learner.id, deckId, review!, ago(719.8)); // graduates; overdue by now
    await answer(learner.id, deckId, relearning!, ago(719.9));
    await answer(learner.id, deckId, relearning!, ago(719.7));
    const lapseAt = (await db.card.findFirstOrThrow({ where: { userId: learner.id, itemId: relearning! }, select: { due: true } })).due;
    expect(lapseAt.getTime()).toBeLessThan(realNow);
    await answer(learner.id, deckId, relearning!, new Date(Math.max(lapseAt.getTime(), realNow - 0.05 * HOUR)), "12%"); // wrong: relearning
    const first = await answer(learner.id, deckId, undone!, ago(2));
    await undoAnswer(learner.id, { clientId: clientId(), reviewClientId: first.reviewClientId }, ago(1.9)); // back to new
    await answer(learner.id, deckId, future!, ago(1));
    await answer(learner.id, deckId, future!, ago(0.8)); // review, due in the coming days
    await answer(learner.id, deckId, suspended!, ago(3));
    await db.deckItem.update({ where: { deckId_itemId: { deckId, itemId: suspended! } }, data: { suspended: true } });
    await answer(learner.id, gone.deckId, left!, ago(3));
    await db.membership.update({ where: { classId_userId: { classId: gone.classIds[0]!, userId: learner.id } }, data: { removedAt: new Date() } });
    // a retired library question, reviewed before it was retired: still theirs to see, no longer to study
    const [retired] = await article(null, 1, "retired");
    await db.card.create({ data: { userId: learner.id, itemId: retired!, due: ago(24), state: 2, reps: 2, scheduledDays: 3, stability: 3.1, difficulty: 6, lastReview: ago(96) } });
    // a question of the learner's own (own cards live in an article they own), reviewed 5 days ago for 8
    const [own] = await article(learner.id, 1);
    await db.card.create({ data: { userId: learner.id, itemId: own!, due: new Date(realNow + 72 * HOUR), state: 2, reps: 3, scheduledDays: 8, stability: 8.5, difficulty: 5, lastReview: ago(120) } });
    await answer(other.id, deckId, learning!, ago(0.5));
    await answer(other.id, deckId, otherOnly!, ago(0.5));

    expect((await downloadApkg()).response.status).toBe(401);
    session.user = learner;
    const { response, body } = await downloadApkg();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="recall-cards-\d{4}-\d{2}-\d{2}\.apkg"$/);

    const files = unzipSync(body);
    expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
    const anki = new Database(Buffer.from(files["collection.anki2"]!));
    try {
      expect(anki.pragma("integrity_check", { simple: true })).toBe("ok");
      const col = anki.prepare("select crt, conf from col").get() as { crt: number; conf: string };
      expect(JSON.parse(col.conf)).toMatchObject({ schedVer: 2, rollover: 4 });
      const decks = Object.values(JSON.parse((anki.prepare("select decks from col").get() as { decks: string }).decks) as Record<string, { name: string; desc: string }>);
      // the learner's name is HTML-escaped, as Anki shows a description as HTML
      expect(decks.find((d) => d.name === "Recall")?.desc).toMatch(/^Ann &lt;b&gt;&amp;&lt;\/b&gt;'s cards from Recall/);
      const notes = anki.prepare("select id, guid from notes").all() as { id: number; guid: string }[];
      const itemOfNote = new Map<number, string>();
      const itemOfGuid = new Map([learning, review, relearning, undone, future, otherOnly, suspended, left, own, retired].map((id) => [ankiGuid(id!), id!]));
      for (const n of notes) itemOfNote.set(n.id, itemOfGuid.get(n.guid) ?? `unknown ${n.guid}`);
      const cards = anki.prepare("select id, nid, type, queue, due, ivl, factor, reps, lapses, left, data from cards").all() as CardRow[];
      const byItem = new Map(cards.map((c) => [itemOfNote.get(c.nid)!, c]));
      const itemOfCard = new Map(cards.map((c) => [c.id, itemOfNote.get(c.nid)!]));

      // only this learner's cards whose questions they may still see
      expect([...byItem.keys()].sort()).toEqual([learning, review, relearning, undone, future, suspended, own, retired].map(String).sort());

      const ours = await db.card.findMany({ where: { userId: learner.id }, select: { id: true, itemId: true, due: true, state: true, scheduledDays: true, reps: true, lapses: true, stability: true } });
      const dbCard = (itemId: string) => ours.find((c) => c.itemId === itemId)!;
      const crtDay = studyDayKey(new Date(col.crt * 1000), TIME_ZONE);
      expect(startOfStudyDayKey(crtDay, TIME_ZONE).getTime()).toBe(col.crt * 1000);
      const dayNumber = (date: Date) => studyDaysBetween(crtDay, studyDayKey(date, TIME_ZONE));
      // a step that ends after the next 4 a.m. waits in Anki's day-learning queue (when the test runs near 4 a.m.)
      const today = studyDayKey(new Date(), TIME_ZONE);
      const learningQueue = (due: Date) => (studyDayKey(due, TIME_ZONE) > today ? { queue: 3, due: dayNumber(due) } : { queue: 1, due: Math.floor(due.getTime() / 1000) });

      expect(dbCard(learning!).state).toBe(1);
      expect(byItem.get(learning!)).toMatchObject({ type: 1, ...learningQueue(dbCard(learning!).due), ivl: 0, reps: 1, left: 1 });
      expect(dbCard(review!).state).toBe(2);
      expect(byItem.get(review!)).toMatchObject({ type: 2, queue: 2, due: dayNumber(dbCard(review!).due), ivl: dbCard(review!).scheduledDays, factor: 2500, reps: 2 });
      // the overdue review sets day 0, so its day number is before today's
      expect(byItem.get(review!)!.due).toBe(0);
      expect(dayNumber(new Date())).toBeGreaterThan(0);
      expect(dbCard(relearning!).state).toBe(3);
      expect(byItem.get(relearning!)).toMatchObject({ type: 3, ...learningQueue(dbCard(relearning!).due), lapses: 1, reps: 3, left: 1 });
      expect(byItem.get(undone!)).toMatchObject({ type: 0, queue: 0, due: 1, ivl: 0, reps: 0, data: "" });
      expect(byItem.get(future!)).toMatchObject({ type: 2, queue: 2, due: dayNumber(dbCard(future!).due) });
      expect(byItem.get(future!)!.due).toBeGreaterThan(dayNumber(new Date()));
      expect(byItem.get(suspended!)).toMatchObject({ type: 1, queue: -1 });
      expect(byItem.get(retired!)).toMatchObject({ type: 2, queue: -1, ivl: 3, due: dayNumber(ago(24)) });
      expect(byItem.get(own!)).toMatchObject({ type: 2, queue: 2, ivl: 8, due: dayNumber(new Date(realNow + 72 * HOUR)) });
      // FSRS memory state, as modern Anki keeps it in cards.data
      expect(JSON.parse(byItem.get(future!)!.data)).toEqual({ s: Math.round(dbCard(future!).stability * 100) / 100, d: expect.any(Number), dr: 0.9 });

      // the review log: every answer still in force (not the undone one), none of the other learner's
      const logs = await db.reviewLog.findMany({ where: { userId: learner.id, event: "review", itemId: { not: left! } }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }], select: { itemId: true, rating: true, reviewedAt: true } });
      const inForce = logs.filter((l) => l.itemId !== undone);
      const revlog = anki.prepare("select id, cid, ease, ivl, lastIvl, factor, time, type from revlog order by id").all() as RevlogRow[];
      expect(revlog.map((r) => ({ id: r.id, item: itemOfCard.get(r.cid), ease: r.ease }))).toEqual(inForce.map((l) => ({ id: l.reviewedAt.getTime(), item: l.itemId, ease: l.rating })));
      const relearnLog = revlog.filter((r) => itemOfCard.get(r.cid) === relearning);
      expect(relearnLog.map((r) => r.type)).toEqual([0, 0, 1]); // learning, learning (graduating), review (the lapse)
      expect(relearnLog.map((r) => r.ease)).toEqual([3, 3, 1]);
      // the lapse: from the old interval in days to the 10-minute relearning step, 75 s counted as Anki's 60
      expect(relearnLog[2]).toMatchObject({ ivl: -600, time: 60_000 });
      expect(relearnLog[2]!.lastIvl).toBeGreaterThanOrEqual(1);
      expect(relearnLog[0]).toMatchObject({ ivl: -600, lastIvl: 0 });
    } finally {
      anki.close();
    }
  });

  it("gives a learner with no cards an empty but valid collection", async () => {
    session.user = await createLearner("lapkg-empty");
    const { response, body } = await downloadApkg();
    expect(response.status).toBe(200);
    const anki = new Database(Buffer.from(unzipSync(body)["collection.anki2"]!));
    try {
      expect(anki.prepare("select (select count(*) from notes) + (select count(*) from cards) + (select count(*) from revlog) as n").get()).toEqual({ n: 0 });
      expect(anki.prepare("select ver from col").get()).toEqual({ ver: 11 });
    } finally {
      anki.close();
    }
  });
});
