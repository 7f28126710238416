import "server-only";
import { z } from "zod";
import { FACT_KINDS } from "@/lib/classes/fact-kinds";
import { State } from "@/lib/srs/card-state";
import { cardsAhead, missedCardIds, missesWindowStart } from "@/lib/srs/custom-study";
import { deckPace, pacingDueAt } from "@/lib/srs/deck-pace";
import { getStudyQueue, type StudyQueue } from "@/lib/srs/get-study-queue";
import { spreadSiblings } from "@/lib/srs/spread-siblings";
import { endOfStudyDay, studyDayStart } from "@/lib/srs/study-day";
import { getDeckForLearner } from "../assignments";
import { getDb, type Db } from "../db";
import { getSchedulerSettings } from "./scheduler-settings";
import { libraryItems } from "./studiable-item";
import { STUDY_ITEM_SELECT, toStudyCard, type StudyCard } from "./study-card";

export const StudyScopeSchema = z.object({
  deckId: z.string().min(1).max(64).optional(),
  more: z.boolean().default(false),
  limit: z.number().int().min(1).max(50).default(20),
  exclude: z.array(z.string().max(64)).max(500).default([]),
  /** a custom study session instead of the daily queue (see lib/srs/custom-study.ts) */
  custom: z
    .discriminatedUnion("focus", [
      z.object({ focus: z.literal("misses"), days: z.number().int().min(1).max(30).default(7) }),
      z.object({ focus: z.literal("kind"), kind: z.enum(FACT_KINDS) }),
      z.object({ focus: z.literal("ahead"), days: z.number().int().min(1).max(30).default(7) }),
    ])
    .optional(),
});
export type StudyScope = z.input<typeof StudyScopeSchema>;

export interface StudySession {
  mode: StudyQueue["mode"] | "custom";
  cards: StudyCard[];
  /** learning cards that come due within minutes: the session can wait for them */
  waitingLearning: number;
}

// "Study more" when nothing is due: reviews up to a week early, and ten new items past the daily limit.
const STUDY_MORE = { aheadDays: 7, extraNew: 10 };

/**
 * The next cards of a session, in FSRS queue order: all active content, or one deck the learner
 * may study (assigned to a class of theirs; anything else is "not found").
 */
export async function getStudySession(userId: string, scope: StudyScope, now: Date, db: Db = getDb()): Promise<StudySession> {
  const { deckId, more, limit, exclude, custom } = StudyScopeSchema.parse(scope);
  const settings = await getSchedulerSettings(db, userId);
  const deck = deckId ? await getDeckForLearner(userId, deckId, db) : null;
  const deckItems = deck?.items ?? null;
  const deckItemIds = deckItems ? deckItems.map((i) => i.itemId) : null;
  // A deck shows its owner's wording of each item; free study shows the generated item.
  const deckOverrides = new Map(deckItems?.map((i) => [i.itemId, i.overrides]));
  const scopeItems = deckItemIds ? { status: "active", id: { in: deckItemIds } } : libraryItems(userId);
  // One kind of fact is the daily queue of those items alone: their due cards, then new ones within the allowance.
  const itemScope = custom?.focus === "kind" ? { ...scopeItems, kind: custom.kind } : scopeItems;

  const dayStart = studyDayStart(now, settings.timeZone);
  const [cards, unseen, metToday] = await Promise.all([
    db.card.findMany({
      where: { userId, item: itemScope },
      select: { id: true, itemId: true, state: true, due: true, lastReview: true, version: true, item: { select: { type: true, articleId: true, sourceSentence: true } } },
    }),
    db.item.findMany({
      where: { ...itemScope, cards: { none: { userId } } },
      // The learner's own cards first (their hand-written store is the only one in free study): they wrote them to learn now.
      orderBy: [{ article: { handWritten: "desc" } }, { article: { publishedAt: { sort: "asc", nulls: "last" } } }, { article: { slug: "asc" } }, { difficulty: "asc" }, { key: "asc" }],
      select: { id: true, type: true, articleId: true, sourceSentence: true },
    }),
    db.card.findMany({ where: { userId, createdAt: { gte: dayStart } }, select: { itemId: true } }),
  ]);
  // The cards just read carry their item; only cards met today outside this scope need theirs read (none, mostly).
  const cardByItem = new Map(cards.map((c) => [c.itemId, c]));
  const outside = await getItemsOutside(db, metToday.map((c) => c.itemId).filter((id) => !cardByItem.has(id)));
  const inDeck = new Set(deckItemIds);
  // Their own cards have a limit of their own, as a deck has in Anki: a card just written can be studied today.
  const introducedToday = deck?.personal ? metToday.filter((c) => inDeck.has(c.itemId)).length : metToday.length;
  // An assigned deck with a due date sets its own pace, past the daily limit if need be (see deckPace).
  const dueAt = deck ? pacingDueAt(deck.dueDates, now) : null;
  const notAnswered = new Set([...unseen.map((i) => i.id), ...cards.filter((c) => c.state === State.New).map((c) => c.itemId)]);
  const answeredToday = metToday.filter((c) => inDeck.has(c.itemId) && !notAnswered.has(c.itemId)).length;
  const pace = dueAt ? deckPace({ unseen: notAnswered.size, introducedToday: answeredToday, dueAt, now, timeZone: settings.timeZone }) : null;

  // Items without a sentence (hand-written questions without an explanation) share nothing: each is its own.
  const siblingKey = (i: { articleId: string; sourceSentence: string }, itemId: string) => (i.sourceSentence ? `${i.articleId}\n${i.sourceSentence}` : `item\n${itemId}`);
  const byId = new Map(unseen.map((i) => [i.id, i]));
  const inOrder = orderNewItems(unseen.map((i) => i.id), deckItemIds).map((id) => byId.get(id)!);
  // A true/false card seen or due today shows its sentence with the values in place: its new siblings (whose blanks
  // it fills in) wait for another day, even when a deck's pace brings met sentences back (issue 9).
  const dayEnd = endOfStudyDay(now, settings.timeZone);
  const statementsToday = (c: (typeof cards)[number]) => c.item.type === "truefalse" && ((c.state !== State.New && c.due < dayEnd) || (c.lastReview !== null && c.lastReview >= dayStart));
  const statementsDue = new Set(cards.filter(statementsToday).map((c) => siblingKey(c.item, c.itemId)));
  const newItemIds = spreadSiblings(
    inOrder.filter((i) => !statementsDue.has(siblingKey(i, i.id))).map((i) => ({ id: i.id, type: i.type, siblingKey: siblingKey(i, i.id) })),
    new Set(metToday.flatMap((c) => {
      const item = cardByItem.get(c.itemId)?.item ?? outside.get(c.itemId);
      return item ? [siblingKey(item, c.itemId)] : [];
    })),
    // A due date may need more new items today than there are sentences not met today: siblings then come last.
    { metToday: pace ? "last" : "skip" },
  );
  const queue = getStudyQueue({
    cards: cards.map((c) => ({ cardId: c.id, itemId: c.itemId, state: c.state as State, due: c.due })),
    newItemIds,
    introducedToday,
    minNewToday: pace?.newToday ?? 0,
    now,
    settings,
    ...(more ? { studyMore: STUDY_MORE } : {}),
  });

  const skip = new Set(exclude);
  const chosen = custom?.focus === "misses" || custom?.focus === "ahead" ? await customEntries(db, userId, custom, cards, now, settings.timeZone) : queue.entries;
  const entries = chosen.filter((e) => !skip.has(e.itemId)).slice(0, limit);
  const ids = entries.map((e) => e.itemId);
  // Every entry is a card read above or an item without a card: its version and state are known already.
  const items = await db.item.findMany({ where: { id: { in: ids } }, select: STUDY_ITEM_SELECT });
  const itemById = new Map(items.map((i) => [i.id, i]));
  const studyCards = entries.flatMap((entry) => {
    const item = itemById.get(entry.itemId);
    if (!item) return [];
    const card = cardByItem.get(entry.itemId);
    return [toStudyCard(item, card?.version ?? 0, !card || card.state === State.New, deckOverrides.get(entry.itemId) ?? null)];
  });
  if (custom) return { mode: "custom", cards: studyCards, waitingLearning: 0 };
  return { mode: queue.mode, cards: studyCards, waitingLearning: queue.waitingLearning };
}

type SiblingItem = { articleId: string; sourceSentence: string };

/** The items of cards met today outside the scope's cards (`missing`), in one read when there are any. */
async function getItemsOutside(db: Db, missing: string[]): Promise<Map<string, SiblingItem>> {
  if (missing.length === 0) return new Map();
  const items = await db.item.findMany({ where: { id: { in: missing } }, select: { id: true, articleId: true, sourceSentence: true } });
  return new Map(items.map((item) => [item.id, item]));
}

/** The cards of a "misses" or "ahead" session, among the learner's cards in scope. */
async function customEntries(
  db: Db,
  userId: string,
  custom: { focus: "misses" | "ahead"; days: number },
  cards: { id: string; itemId: string; state: number; due: Date }[],
  now: Date,
  timeZone: string,
): Promise<{ itemId: string }[]> {
  if (custom.focus === "ahead") return cardsAhead(cards.map((c) => ({ ...c, cardId: c.id, state: c.state as State })), now, timeZone, custom.days);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const log = await db.reviewLog.findMany({
    where: { userId, reviewedAt: { gte: missesWindowStart(now, custom.days) } },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { id: true, cardId: true, event: true, undoesId: true, reviewedAt: true, rating: true },
  });
  const events = log.map((row) => ({ ...row, event: row.event === "undo" ? ("undo" as const) : ("review" as const) }));
  return missedCardIds(events).flatMap((cardId) => {
    const card = byId.get(cardId);
    return card ? [{ itemId: card.itemId }] : [];
  });
}

/** A deck introduces its items in the instructor's order; all content, in publication order. */
function orderNewItems(unseen: string[], deckOrder: string[] | null): string[] {
  if (!deckOrder) return unseen;
  const unseenSet = new Set(unseen);
  return deckOrder.filter((id) => unseenSet.has(id));
}
