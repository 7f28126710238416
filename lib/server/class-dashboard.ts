import "server-only";
import {
  computeItemStats,
  computeLearnerProgress,
  RETENTION_WINDOW_DAYS,
  type DashboardItemRow,
  type ItemStats,
  type LearnerProgress,
} from "@/lib/classes/class-dashboard";
import { filterDashboardItems, filterDashboardLearners, findLearnersBehind, type DashboardQuery, type Page } from "@/lib/classes/filter-dashboard";
import { computeAssignmentCompletion, type AssignmentCompletion } from "@/lib/classes/assignment-completion";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { getDb, type Db } from "./db";
import { ACTIVE_DECK_ITEM } from "./decks";
import { NotFoundError } from "./errors";

export interface ClassDashboard {
  class: { id: string; name: string; archivedAt: Date | null };
  decks: { deckId: string; title: string; dueAt: Date | null }[];
  learners: LearnerProgress[];
  /** per assigned deck, each learner's completion against its due date */
  assignments: AssignmentCompletion[];
  /** flagged items first, then the least often right */
  items: ItemStats[];
  retentionWindowDays: number;
}

/**
 * Progress of the current learners of this instructor's class over the active items of the decks
 * assigned to it (not those suspended in the deck), worded as the deck shows them. Another
 * instructor's class is "not found", like a missing one. Only answers given in the class's assigned
 * decks count (the review log records the deck), so what a learner studies elsewhere, free study
 * of the same items before joining included, stays private.
 */
export async function getClassDashboard(instructorId: string, classId: string, now: Date, db: Db = getDb()): Promise<ClassDashboard> {
  const row = await db.class.findFirst({
    where: { id: classId, instructorId },
    select: {
      id: true,
      name: true,
      archivedAt: true,
      memberships: { where: { removedAt: null }, orderBy: { joinedAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
      assignments: {
        orderBy: { createdAt: "asc" },
        select: {
          dueAt: true,
          deck: {
            select: {
              id: true,
              title: true,
              items: {
                where: ACTIVE_DECK_ITEM,
                orderBy: { position: "asc" },
                select: { overrides: true, item: { select: { id: true, type: true, kind: true, prompt: true, answer: true, choices: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!row) throw new NotFoundError("That class");

  const items = new Map<string, DashboardItemRow>();
  for (const assignment of row.assignments) {
    // An item in two assigned decks is shown as the first (earliest assigned) deck words it.
    for (const { item, overrides } of assignment.deck.items) {
      if (items.has(item.id)) continue;
      const shown = applyItemOverrides(item, overrides);
      items.set(item.id, { itemId: item.id, prompt: shown.prompt, answer: shown.answer, type: item.type, kind: item.kind });
    }
  }
  const learners = row.memberships.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email }));
  const userIds = learners.map((l) => l.userId);
  const itemIds = [...items.keys()];
  const deckIds = row.assignments.map((a) => a.deck.id);
  const scope = { userId: { in: userIds }, itemId: { in: itemIds } };
  const [cards, logs] =
    userIds.length === 0 || itemIds.length === 0
      ? [[], []]
      : await Promise.all([
          db.card.findMany({ where: scope, select: { userId: true, itemId: true, due: true, reps: true } }),
          db.reviewLog.findMany({
            where: { ...scope, deckId: { in: deckIds } },
            select: { id: true, userId: true, itemId: true, event: true, undoesId: true, rating: true, correct: true, response: true, reviewedAt: true },
          }),
        ]);

  const itemStats = computeItemStats([...items.values()], logs).sort(
    (a, b) => Number(b.flagged) - Number(a.flagged) || (a.shareCorrect ?? 2) - (b.shareCorrect ?? 2) || b.attempts - a.attempts,
  );
  return {
    class: { id: row.id, name: row.name, archivedAt: row.archivedAt },
    decks: row.assignments.map((a) => ({ deckId: a.deck.id, title: a.deck.title, dueAt: a.dueAt })),
    learners: computeLearnerProgress(learners, [...items.values()], cards, logs, now),
    assignments: computeAssignmentCompletion(
      row.assignments.map((a) => ({ deckId: a.deck.id, deckTitle: a.deck.title, dueAt: a.dueAt, itemIds: a.deck.items.map((d) => d.item.id) })),
      learners,
      cards,
      now,
    ),
    items: itemStats,
    retentionWindowDays: RETENTION_WINDOW_DAYS,
  };
}

export interface FilteredClassDashboard extends ClassDashboard {
  /** the page of learners matching the URL's search and filter; `learners` stays the whole class */
  learnerPage: Page<LearnerProgress>;
  /** the page of questions matching the URL's search, kind and filter; `items` stays every question */
  itemPage: Page<ItemStats>;
}

/** The dashboard with one page of each table, searched and filtered on the server; the same instructor check. */
export async function getFilteredClassDashboard(instructorId: string, classId: string, query: DashboardQuery, now: Date, db: Db = getDb()): Promise<FilteredClassDashboard> {
  const dashboard = await getClassDashboard(instructorId, classId, now, db);
  return {
    ...dashboard,
    learnerPage: filterDashboardLearners(dashboard.learners, findLearnersBehind(dashboard.assignments), query),
    itemPage: filterDashboardItems(dashboard.items, query),
  };
}
