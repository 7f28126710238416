import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { endOfLocalDay } from "@/lib/classes/format";
import { State } from "@/lib/srs/card-state";
import { shiftStudyDayKey, studyDayKey } from "@/lib/srs/study-day";
import { assignDeck, getAssignedDecksForLearner } from "@/lib/server/assignments";
import { createClass, joinClass } from "@/lib/server/classes";
import { getDb } from "@/lib/server/db";
import { createDeck, publishDeck } from "@/lib/server/decks";
import { getStudySession } from "@/lib/server/study";
import { createUser } from "@/lib/server/users";
import { createLearner, uniqueEmail } from "./helpers";

const SENTENCES = 10;
const PER_SENTENCE = 5;

/** A published deck of 50 items, five from each of ten sentences, assigned to a class the learner is in. */
async function assignedDeck(dueInStudyDays: number) {
  const db = getDb();
  const now = new Date();
  const instructor = await createUser({ name: "Teacher", email: uniqueEmail("pace-teacher"), password: "correct horse battery", role: "instructor" });
  const tag = randomUUID().slice(0, 8);
  const article = await db.article.create({ data: { slug: `pace-${tag}`, title: `Pace ${tag}`, body: "x", contentHash: tag, ownerId: instructor.id } });
  const items = [];
  for (let s = 0; s < SENTENCES; s++) {
    for (let k = 0; k < PER_SENTENCE; k++) {
      items.push(
        await db.item.create({
          data: { key: `pace-${tag}-${s}-${k}`, articleId: article.id, type: "choice", kind: "percent", prompt: `Sentence ${s}, question ${k}?`, answer: "24%", choices: JSON.stringify(["24%", "25%"]), sourceSentence: `Sentence ${s}.` },
          select: { id: true, sourceSentence: true },
        }),
      );
    }
  }
  const klass = await createClass(instructor.id, { name: `Pace ${tag}` });
  const deck = await createDeck(instructor.id, { title: `Paced ${tag}`, articleIds: [article.id], kinds: ["percent"], types: ["choice"] });
  await publishDeck(instructor.id, deck.id, now);
  const learner = await createLearner("paced");
  const { timeZone } = await db.user.findUniqueOrThrow({ where: { id: learner.id }, select: { timeZone: true } });
  const dueDay = shiftStudyDayKey(studyDayKey(now, timeZone), dueInStudyDays - 1);
  await assignDeck(instructor.id, { classId: klass.id, deckId: deck.id, dueAt: endOfLocalDay(dueDay, timeZone)!.toISOString() });
  await joinClass({ userId: learner.id, address: null }, klass.joinCode);
  return { learner, deck, items, now };
}

const newCards = (session: Awaited<ReturnType<typeof getStudySession>>) => session.cards.filter((c) => c.isNew);

describe("an assigned deck with a due date", () => {
  it("offers what finishing on time needs past the daily limit of 20, and says so to the learner", async () => {
    const { learner, deck, now } = await assignedDeck(2);
    const session = await getStudySession(learner.id, { deckId: deck.id, limit: 50 }, now);
    expect(newCards(session)).toHaveLength(25); // 50 items over 2 study days

    const [assigned] = await getAssignedDecksForLearner(learner.id, now);
    expect(assigned!.pace).toEqual({ perDay: 25, newToday: 25, studyDaysLeft: 2, feasible: true });
  });

  it("gives way to the due date on siblings: with every sentence met today it still offers the rest of today's share, spread apart", async () => {
    const { learner, deck, items, now } = await assignedDeck(2);
    // One item of each sentence answered today: sibling spreading alone would offer nothing more today.
    const met = items.filter((_, i) => i % PER_SENTENCE === 0);
    for (const item of met) await getDb().card.create({ data: { userId: learner.id, itemId: item.id, due: new Date(now.getTime() + 7 * 86_400_000), state: State.Review, stability: 5, reps: 1 } });

    const session = await getStudySession(learner.id, { deckId: deck.id, limit: 50 }, now);
    const offered = newCards(session);
    expect(offered).toHaveLength(15); // 25 today, 10 met
    // Round-robin over the sentences: no two neighbours share one.
    const sentenceOf = new Map(items.map((i) => [i.id, i.sourceSentence]));
    for (let i = 1; i < offered.length; i++) expect(sentenceOf.get(offered[i]!.itemId)).not.toBe(sentenceOf.get(offered[i - 1]!.itemId));

    const [assigned] = await getAssignedDecksForLearner(learner.id, now);
    expect(assigned!.pace).toMatchObject({ perDay: 25, newToday: 15 });
  });
});
