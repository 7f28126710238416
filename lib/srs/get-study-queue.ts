import { State } from "./card-state";
import type { SchedulerSettings } from "./scheduler-settings";
import { endOfStudyDay } from "./study-day";

/** What the queue needs of a learner's card. */
export type QueueCard = { cardId: string; itemId: string; state: State; due: Date };

export type QueueEntry =
  | { kind: "learning"; cardId: string; itemId: string; due: Date }
  | { kind: "review"; cardId: string; itemId: string; due: Date }
  | { kind: "new"; cardId: string | null; itemId: string; due: null };

export type StudyQueue = {
  /** "due": today's work; "study-more": nothing was due, so reviews ahead of schedule and extra new items */
  mode: "due" | "study-more";
  entries: QueueEntry[];
  /** learning cards due soon but not yet: the session can wait for them instead of ending */
  waitingLearning: number;
};

export type StudyQueueInput = {
  cards: readonly QueueCard[];
  /** items with no card yet, in the order they should be introduced */
  newItemIds: readonly string[];
  /** new items first answered in the current study day */
  introducedToday: number;
  /** new items to introduce today whatever the daily limit: what an assigned deck's due date needs (see deckPace) */
  minNewToday?: number;
  now: Date;
  settings: Pick<SchedulerSettings, "newCardsPerDay" | "timeZone" | "learnAheadMinutes">;
  /** extra work for when nothing is due; ignored otherwise, since due work always comes first */
  studyMore?: { aheadDays: number; extraNew: number };
};

const byDueThenId = (a: { due: Date; cardId: string }, b: { due: Date; cardId: string }) =>
  a.due.getTime() - b.due.getTime() || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * The order of a session. Learning and relearning cards due now come first (their steps are minutes, and waiting
 * longer than the step defeats it), then review cards due by the end of the study day, most overdue first, then
 * new items up to what is left of today's allowance. Learning cards due within learnAheadMinutes close the queue,
 * as in Anki, so a session does not end with a card that becomes due in a few minutes.
 *
 * Only when nothing at all is due does `studyMore` apply: reviews due within `aheadDays` (soonest first) and up
 * to `extraNew` new items beyond the daily allowance.
 */
export function getStudyQueue(input: StudyQueueInput): StudyQueue {
  const { cards, newItemIds, introducedToday, now, settings } = input;
  const nowMs = now.getTime();
  const dayEndMs = endOfStudyDay(now, settings.timeZone).getTime();
  const learnAheadMs = nowMs + settings.learnAheadMinutes * MS_PER_MINUTE;

  const learningNow: QueueCard[] = [];
  const learningSoon: QueueCard[] = [];
  const reviews: QueueCard[] = [];
  const unseen: QueueCard[] = [];
  for (const card of cards) {
    const due = card.due.getTime();
    if (card.state === State.New) unseen.push(card);
    else if (card.state === State.Learning || card.state === State.Relearning) {
      if (due <= nowMs) learningNow.push(card);
      else if (due <= learnAheadMs) learningSoon.push(card);
    } else if (due < dayEndMs) reviews.push(card);
  }

  // A card row in state New (created, never answered) is introduced before items without a row.
  const cardItemIds = new Set(cards.map((c) => c.itemId));
  const newEntries: QueueEntry[] = [
    ...unseen.sort(byDueThenId).map((c): QueueEntry => ({ kind: "new", cardId: c.cardId, itemId: c.itemId, due: null })),
    ...newItemIds.filter((id) => !cardItemIds.has(id)).map((itemId): QueueEntry => ({ kind: "new", cardId: null, itemId, due: null })),
  ];
  const allowance = Math.max(0, settings.newCardsPerDay - Math.max(0, introducedToday), input.minNewToday ?? 0);

  const entries: QueueEntry[] = [
    ...learningNow.sort(byDueThenId).map((c): QueueEntry => ({ kind: "learning", ...c })),
    ...reviews.sort(byDueThenId).map((c): QueueEntry => ({ kind: "review", ...c })),
    ...newEntries.slice(0, allowance),
  ];
  const learnAhead = learningSoon.sort(byDueThenId).map((c): QueueEntry => ({ kind: "learning", ...c }));

  if (entries.length > 0 || learnAhead.length > 0 || !input.studyMore) {
    return { mode: "due", entries: [...entries, ...learnAhead], waitingLearning: learnAhead.length };
  }

  const aheadUntil = dayEndMs + Math.max(0, input.studyMore.aheadDays) * MS_PER_DAY;
  const ahead = cards
    .filter((c) => c.state === State.Review && c.due.getTime() < aheadUntil)
    .sort(byDueThenId)
    .map((c): QueueEntry => ({ kind: "review", ...c }));
  const extra = newEntries.slice(allowance, allowance + Math.max(0, input.studyMore.extraNew));
  return { mode: "study-more", entries: [...ahead, ...extra], waitingLearning: 0 };
}
