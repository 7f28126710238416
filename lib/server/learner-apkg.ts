import "server-only";
import { buildAnkiCollection, type AnkiScheduling } from "@/lib/classes/anki-collection";
import { toAnkiField, toAnkiNote } from "@/lib/classes/anki-notes";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { ankiTiming, toAnkiCardSchedule, toAnkiRevlog, withUniqueRevlogIds } from "@/lib/srs/anki-schedule";
import { State } from "@/lib/srs/card-state";
import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import { parseReviewEvent } from "@/lib/srs/review-event";
import { toApkg } from "./anki-package";
import { learnerAssignments } from "./assignments";
import { getDb, type Db } from "./db";
import { NotFoundError } from "./errors";
import { CARD_STATE_SELECT, toCardState } from "./study/card-row";
import { toSchedulerSettings } from "./study/scheduler-settings";

/**
 * "Download for Anki": every card of this learner whose question they may still see (the shared library, their own
 * questions, or a deck assigned to a class of theirs), each as a note with its schedule, and their review log. A card they may see but
 * no longer study (retired, or suspended in each of their decks that holds it) goes to Anki's suspended queue.
 * Answers are included: the learner has answered every one of these cards.
 */
export async function exportLearnerApkg(userId: string, now: Date, db: Db = getDb()): Promise<{ fileName: string; apkg: Uint8Array }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, timeZone: true, desiredRetention: true, newCardsPerDay: true, fsrsWeights: true } });
  if (!user) throw new NotFoundError("Your account");
  const settings = toSchedulerSettings(user);
  const theirDecks = { deck: { assignments: { some: learnerAssignments(userId) } } };
  const rows = await db.card.findMany({
    // the library, their own questions (own cards live in an article of theirs), or a deck of one of their classes
    where: { userId, item: { OR: [{ article: { ownerId: null } }, { article: { ownerId: userId } }, { deckItems: { some: theirDecks } }] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      itemId: true,
      ...CARD_STATE_SELECT,
      item: {
        select: {
          type: true,
          prompt: true,
          answer: true,
          choices: true,
          accepted: true,
          sourceSentence: true,
          status: true,
          article: { select: { ownerId: true } },
          deckItems: { where: theirDecks, orderBy: { deckId: "asc" }, select: { suspended: true, overrides: true } },
        },
      },
    },
  });
  const cards = rows.map((row) => {
    const { item } = row;
    const open = item.deckItems.filter((d) => !d.suspended);
    const outsideDecks = item.article.ownerId === null || item.article.ownerId === userId;
    // the wording the learner studied: a deck's edits when a deck of theirs holds the item
    const shown = applyItemOverrides(item, (open[0] ?? item.deckItems[0])?.overrides);
    return {
      id: row.id,
      state: toCardState(row),
      suspended: item.status !== "active" || (!outsideDecks && open.length === 0),
      note: toAnkiNote({
        itemId: row.itemId,
        type: item.type,
        prompt: shown.prompt,
        answer: shown.answer,
        choices: JSON.parse(shown.choices) as string[],
        accepted: JSON.parse(shown.accepted) as string[],
        explanation: item.sourceSentence,
      }),
    };
  });

  const logRows = await db.reviewLog.findMany({
    where: { userId },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { id: true, cardId: true, event: true, rating: true, correct: true, stateBefore: true, stateAfter: true, reviewedAt: true, undoesId: true, durationMs: true },
  });
  const durations = new Map(logRows.map((r) => [r.id, r.durationMs]));
  const indexOfCard = new Map(cards.map((c, i) => [c.id, i]));
  const reviews = getEffectiveReviews(logRows.map(parseReviewEvent)).filter((r) => indexOfCard.has(r.cardId));

  const timing = ankiTiming(now, settings.timeZone, cards.filter((c) => c.state.state === State.Review).map((c) => c.state.due));
  const context = { timing, learningStepCount: settings.learningSteps.length, relearningStepCount: settings.relearningSteps.length, desiredRetention: settings.desiredRetention };
  let position = 0;
  const scheduling: AnkiScheduling = {
    crt: timing.crt,
    creationOffset: timing.creationOffset,
    cards: cards.map((c) => toAnkiCardSchedule(c.state, { position: c.state.state === State.New ? ++position : 0, suspended: c.suspended }, context)),
    revlog: withUniqueRevlogIds(
      reviews.map((r) => ({
        card: indexOfCard.get(r.cardId)!,
        ...toAnkiRevlog({ reviewedAt: r.reviewedAt, rating: r.rating as Exclude<typeof r.rating, 0>, before: r.stateBefore, after: r.stateAfter, durationMs: durations.get(r.id) ?? 0 }),
      })),
    ),
    // Anki shows a deck's description as HTML: the name is escaped like a field
    deckDescription: `${toAnkiField(user.name)}'s cards from Recall, with their schedule and answers, exported ${now.toISOString().slice(0, 10)}.`,
  };
  const collection = buildAnkiCollection("Recall", cards.map((c) => c.note), now, scheduling);
  return { fileName: `recall-cards-${now.toISOString().slice(0, 10)}.apkg`, apkg: toApkg(collection) };
}
