import "server-only";
import { z } from "zod";
import { FACT_KINDS } from "@/lib/classes/fact-kinds";
import { State } from "@/lib/srs/card-state";
import { cardsAhead, missedCardIds, missesWindowStart } from "@/lib/srs/custom-study";
import { deckPace, pacingDueAt } from "@/lib/srs/deck-pace";
import { getStudyQueue, type StudyQueue } from "@/lib/srs/get-study-queue";
import { spreadSiblings } from "@/lib/srs/spread-siblings";
import { endOfStudyDay, studyDayStart } from "@/lib/srs/study-day";
import { offeredInFreeStudy } from "@/lib/study/free-study-questions";
import { getDeckForLearner } from "../assignments";
import { Prisma } from "@/generated/sqlite/client";
import { getDb, sqlOf, type Db } from "../db";
import { getSchedulerSettings } from "./scheduler-settings";
import { libraryArticleSql } from "./studiable-item";
import { toStudyCard, type StudyCard, type StudyItemRow } from "./study-card";

export const StudyScopeSchema = z.object({
  deckId: z.string().min(1).max(64).optional(),
  more: z.boolean().default(false),
  /** free study also offers the "more questions" (lib/study/free-study-questions.ts); a deck is what its owner chose */
  allQuestions: z.boolean().default(false),
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
 * The next cards of a session, in FSRS queue order: all active content (its core items and the cards the learner has,
 * or every item with `allQuestions`), or one deck the learner may study (assigned to a class of theirs; anything else
 * is "not found").
 */
export async function getStudySession(userId: string, scope: StudyScope, now: Date, db: Db = getDb()): Promise<StudySession> {
  const { deckId, more, allQuestions, limit, exclude, custom } = StudyScopeSchema.parse(scope);
  const settings = await getSchedulerSettings(db, userId);
  const deck = deckId ? await getDeckForLearner(userId, deckId, db) : null;
  const deckItems = deck?.items ?? null;
  const deckItemIds = deckItems ? deckItems.map((i) => i.itemId) : null;
  // A deck shows its owner's wording of each item; free study shows the generated item.
  const deckOverrides = new Map(deckItems?.map((i) => [i.itemId, i.overrides]));

  const dayStart = studyDayStart(now, settings.timeZone);
  // One kind of fact is the daily queue of those items alone: their due cards, then new ones within the allowance.
  const [inScope, metToday] = await Promise.all([
    getScopeItems(db, userId, deckItemIds, custom?.focus === "kind" ? custom.kind : null),
    getCardsCreatedSince(db, userId, dayStart),
  ]);
  // Free study introduces core items unless the learner includes the more questions; a card they have stays in.
  const scoped = deckItemIds ? inScope : inScope.filter((row) => offeredInFreeStudy({ worth: row.worth, studied: row.card !== null }, allQuestions));
  const cards = scoped.flatMap((row) => (row.card ? [{ ...row.card, itemId: row.id, item: row }] : []));
  // In the order new items are introduced (see getScopeItems).
  const unseen = scoped.filter((row) => !row.card);
  const cardByItem = new Map(cards.map((c) => [c.itemId, c]));
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
    new Set(metToday.map((c) => siblingKey(c.item, c.itemId))),
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
  const items = await getStudyItems(db, ids);
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
type ScopeCard = { id: string; state: number; due: Date; lastReview: Date | null; version: number };
type ScopeItem = SiblingItem & { id: string; type: string; worth: number; card: ScopeCard | null };

// The session's reads are raw, on the client's connection (lib/server/direct-sql.ts): the client compiled seven
// statements for them, the cards' and the chosen items' relations each one more, on every twenty answers.

/**
 * The items of the scope (the deck's items, or "All content"; one kind of fact when `kind` is set), active only, each
 * with the learner's card of it (null when they never met it), in the order new items are introduced: the learner's
 * own cards first (their hand-written store is the only one in free study: they wrote them to learn now), then by
 * publication (undated articles last on both databases), article, difficulty and key.
 */
async function getScopeItems(db: Db, userId: string, deckItemIds: string[] | null, kind: string | null): Promise<ScopeItem[]> {
  if (deckItemIds?.length === 0) return [];
  const scope = deckItemIds ? Prisma.sql`i."id" IN (${Prisma.join(deckItemIds)})` : libraryArticleSql(userId);
  const ofKind = kind ? Prisma.sql`AND i."kind" = ${kind}` : Prisma.empty;
  const rows = await sqlOf(db).query<{
    id: string;
    type: string;
    articleId: string;
    sourceSentence: string;
    worth: number;
    cardId: string | null;
    state: number | bigint | null;
    due: Date | null;
    lastReview: Date | null;
    version: number | bigint | null;
  }>(Prisma.sql`
    SELECT i."id", i."type", i."articleId", i."sourceSentence", i."worth",
      c."id" AS "cardId", c."state", c."due", c."lastReview", c."version"
    FROM "Item" i
    JOIN "Article" a ON a."id" = i."articleId"
    LEFT JOIN "Card" c ON c."itemId" = i."id" AND c."userId" = ${userId}
    WHERE i."status" = 'active' AND ${scope} ${ofKind}
    ORDER BY a."handWritten" DESC, CASE WHEN a."publishedAt" IS NULL THEN 1 ELSE 0 END, a."publishedAt", a."slug", i."difficulty", i."key"`);
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    articleId: r.articleId,
    sourceSentence: r.sourceSentence,
    worth: Number(r.worth),
    card:
      r.cardId === null || r.due === null
        ? null
        : { id: r.cardId, state: Number(r.state), due: r.due, lastReview: r.lastReview, version: Number(r.version) },
  }));
}

/** The learner's cards first met since `since` (the daily new-card count), with their items' sentences, in or out of scope. */
async function getCardsCreatedSince(db: Db, userId: string, since: Date): Promise<{ itemId: string; item: SiblingItem }[]> {
  const rows = await sqlOf(db).query<{ itemId: string; articleId: string; sourceSentence: string }>(Prisma.sql`
    SELECT c."itemId", i."articleId", i."sourceSentence"
    FROM "Card" c JOIN "Item" i ON i."id" = c."itemId"
    WHERE c."userId" = ${userId} AND c."createdAt" >= ${since}`);
  return rows.map((r) => ({ itemId: r.itemId, item: { articleId: r.articleId, sourceSentence: r.sourceSentence } }));
}

/** The chosen items, with what a study card shows of their article. */
async function getStudyItems(db: Db, ids: string[]): Promise<StudyItemRow[]> {
  if (ids.length === 0) return [];
  const rows = await sqlOf(db).query<Omit<StudyItemRow, "article"> & { title: string; slug: string; handWritten: boolean | number | bigint }>(Prisma.sql`
    SELECT i."id", i."type", i."kind", i."prompt", i."answer", i."choices", a."title", a."slug", a."handWritten"
    FROM "Item" i JOIN "Article" a ON a."id" = i."articleId"
    WHERE i."id" IN (${Prisma.join(ids)})`);
  return rows.map(({ title, slug, handWritten, ...item }) => ({ ...item, article: { title, slug, handWritten: Boolean(Number(handWritten)) } }));
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
