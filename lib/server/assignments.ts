import "server-only";
import { z } from "zod";
import { computeCompletionPercent } from "@/lib/classes/class-dashboard";
import { endOfLocalDay } from "@/lib/classes/format";
import { deckPace, pacingDueAt, type DeckPace } from "@/lib/srs/deck-pace";
import { studyDayStart } from "@/lib/srs/study-day";
import { requireWritableClass } from "./classes";
import { getDb, type Db } from "./db";
import { ACTIVE_DECK_ITEM } from "./decks";
import { NotFoundError, UserFacingError } from "./errors";

export const AssignDeckSchema = z.object({
  classId: z.string().min(1).max(64),
  deckId: z.string().min(1).max(64),
  /** a calendar day (YYYY-MM-DD), due at its end on the instructor's clock; empty for no due date */
  dueDate: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a valid due date."), z.literal(""), z.null()]).optional(),
  /** or an exact ISO date-time, for API clients; empty for no due date */
  dueAt: z.union([z.iso.datetime({ offset: true, message: "Pick a valid due date." }), z.literal(""), z.null()]).optional(),
});
export const UnassignDeckSchema = z.object({ classId: z.string().min(1).max(64), deckId: z.string().min(1).max(64) });
export const ChangeDueDateSchema = UnassignDeckSchema.extend({ dueDate: AssignDeckSchema.shape.dueDate });

export interface AssignedDeck {
  assignmentId: string;
  deckId: string;
  deckTitle: string;
  classId: string;
  className: string;
  dueAt: Date | null;
  itemsTotal: number;
  itemsSeen: number;
  completionPercent: number;
  /** the due date has passed and items are still unseen */
  overdue: boolean;
  /** what finishing by the due date takes, in this learner's study days; null without a due date or once all are seen */
  pace: DeckPace | null;
}

async function endOfInstructorDay(instructorId: string, day: string, db: Db): Promise<Date> {
  const { timeZone } = await db.user.findUniqueOrThrow({ where: { id: instructorId }, select: { timeZone: true } });
  const end = endOfLocalDay(day, timeZone);
  if (!end) throw new UserFacingError("Pick a valid due date.");
  return end;
}

/** Assigns one of this instructor's published decks to one of their open classes; assigning again changes the due date. */
export async function assignDeck(instructorId: string, input: z.infer<typeof AssignDeckSchema>, db: Db = getDb()): Promise<{ id: string; dueAt: Date | null }> {
  const { classId, deckId, dueAt, dueDate } = AssignDeckSchema.parse(input);
  await requireWritableClass(instructorId, classId, db);
  const deck = await db.deck.findFirst({ where: { id: deckId, ownerId: instructorId, personal: false }, select: { publishedAt: true } });
  if (!deck) throw new NotFoundError("That deck");
  if (!deck.publishedAt) throw new UserFacingError("Publish the deck before assigning it.", "conflict");
  const due = dueDate ? await endOfInstructorDay(instructorId, dueDate, db) : dueAt ? new Date(dueAt) : null;
  return db.assignment.upsert({
    where: { classId_deckId: { classId, deckId } },
    create: { classId, deckId, dueAt: due },
    update: { dueAt: due },
    select: { id: true, dueAt: true },
  });
}

/** Moves (or clears) the due date of an existing assignment; unlike assigning again, it never creates one. */
export async function changeAssignmentDueDate(instructorId: string, input: z.input<typeof ChangeDueDateSchema>, db: Db = getDb()): Promise<{ deckId: string; dueAt: Date | null }> {
  const { classId, deckId, dueDate } = ChangeDueDateSchema.parse(input);
  await requireWritableClass(instructorId, classId, db);
  const dueAt = dueDate ? await endOfInstructorDay(instructorId, dueDate, db) : null;
  const { count } = await db.assignment.updateMany({ where: { classId, deckId, class: { instructorId } }, data: { dueAt } });
  if (count === 0) throw new NotFoundError("That assignment");
  return { deckId, dueAt };
}

export async function unassignDeck(instructorId: string, input: z.infer<typeof UnassignDeckSchema>, db: Db = getDb()): Promise<{ deckId: string }> {
  await requireWritableClass(instructorId, input.classId, db);
  const { count } = await db.assignment.deleteMany({ where: { classId: input.classId, deckId: input.deckId, class: { instructorId } } });
  if (count === 0) throw new NotFoundError("That assignment");
  return { deckId: input.deckId };
}

/** Where a learner may see a class's assignments: a current member of an open class, and the deck published. */
export const learnerAssignments = (userId: string) => ({
  class: { archivedAt: null, memberships: { some: { userId, removedAt: null } } },
  deck: { publishedAt: { not: null } },
});

/** A deck this learner may study: assigned (see learnerAssignments) to one of their classes, or their own cards. */
export const learnerDeck = (userId: string, deckId: string) => ({
  id: deckId,
  OR: [{ assignments: { some: learnerAssignments(userId) } }, { ownerId: userId, personal: true }],
});

/**
 * The decks assigned to this learner's open classes, soonest due first (undated last), with how
 * many of each deck's active items (not suspended in the deck) the learner has answered at least once.
 */
export async function getAssignedDecksForLearner(userId: string, now: Date, db: Db = getDb()): Promise<AssignedDeck[]> {
  const assignments = await db.assignment.findMany({
    where: learnerAssignments(userId),
    select: {
      id: true,
      dueAt: true,
      class: { select: { id: true, name: true } },
      deck: { select: { id: true, title: true, items: { where: ACTIVE_DECK_ITEM, select: { itemId: true } } } },
    },
  });
  if (assignments.length === 0) return []; // most learners study the library alone: no more reads for them
  const itemIds = [...new Set(assignments.flatMap((a) => a.deck.items.map((i) => i.itemId)))];
  const { timeZone } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const dayStart = studyDayStart(now, timeZone);
  const cards = await db.card.findMany({ where: { userId, itemId: { in: itemIds } }, select: { itemId: true, reps: true, createdAt: true } });
  const seen = new Set(cards.filter((c) => c.reps > 0).map((c) => c.itemId));
  const metToday = new Set(cards.filter((c) => c.createdAt >= dayStart).map((c) => c.itemId));
  // A deck assigned by two classes is paced by the due date its study session uses.
  const dueDatesByDeck = new Map<string, (Date | null)[]>();
  for (const a of assignments) dueDatesByDeck.set(a.deck.id, [...(dueDatesByDeck.get(a.deck.id) ?? []), a.dueAt]);
  const paceOf = (items: { itemId: string }[], dueAt: Date | null) => {
    const unseen = items.filter((i) => !seen.has(i.itemId)).length;
    if (!dueAt || unseen === 0) return null;
    return deckPace({ unseen, introducedToday: items.filter((i) => metToday.has(i.itemId) && seen.has(i.itemId)).length, dueAt, now, timeZone });
  };
  return assignments
    .map((a) => {
      const total = a.deck.items.length;
      const itemsSeen = a.deck.items.filter((i) => seen.has(i.itemId)).length;
      return {
        assignmentId: a.id,
        deckId: a.deck.id,
        deckTitle: a.deck.title,
        classId: a.class.id,
        className: a.class.name,
        dueAt: a.dueAt,
        itemsTotal: total,
        itemsSeen,
        completionPercent: computeCompletionPercent(itemsSeen, total),
        overdue: a.dueAt !== null && a.dueAt.getTime() < now.getTime() && itemsSeen < total,
        pace: paceOf(a.deck.items, pacingDueAt(dueDatesByDeck.get(a.deck.id) ?? [], now)),
      };
    })
    .sort(
      (a, b) =>
        (a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) - (b.dueAt?.getTime() ?? Number.POSITIVE_INFINITY) ||
        a.deckTitle.localeCompare(b.deckTitle) ||
        a.className.localeCompare(b.className),
    );
}

/**
 * The active items of a deck (neither retired nor suspended in the deck), in deck order, with the
 * deck owner's edits (JSON, or null), if the deck is assigned to an open class this learner
 * belongs to; otherwise "not found", the same as for a deck that does not exist.
 */
export async function getDeckItemsForLearner(userId: string, deckId: string, db: Db = getDb()): Promise<{ itemId: string; overrides: string | null }[]> {
  return (await getDeckForLearner(userId, deckId, db)).items;
}

/** {@link getDeckItemsForLearner}, with the due dates of the deck's assignments to this learner's classes. */
export async function getDeckForLearner(
  userId: string,
  deckId: string,
  db: Db = getDb(),
): Promise<{ items: { itemId: string; overrides: string | null }[]; dueDates: (Date | null)[]; personal: boolean }> {
  const deck = await db.deck.findFirst({
    where: learnerDeck(userId, deckId),
    select: {
      personal: true,
      items: { where: ACTIVE_DECK_ITEM, orderBy: { position: "asc" }, select: { itemId: true, overrides: true } },
      assignments: { where: learnerAssignments(userId), select: { dueAt: true } },
    },
  });
  if (!deck) throw new NotFoundError("That deck");
  return { items: deck.items, dueDates: deck.assignments.map((a) => a.dueAt), personal: deck.personal };
}

/** The ids of {@link getDeckItemsForLearner}: the items this learner studies in the deck. */
export async function getDeckItemIdsForLearner(userId: string, deckId: string, db: Db = getDb()): Promise<string[]> {
  return (await getDeckItemsForLearner(userId, deckId, db)).map((i) => i.itemId);
}
