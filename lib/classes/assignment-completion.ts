import { computeCompletionPercent, type DashboardLearnerRow } from "./class-dashboard";

export type AssignmentStatus = "done" | "open" | "overdue";

export interface LearnerAssignmentProgress {
  userId: string;
  name: string;
  email: string;
  itemsSeen: number;
  itemsTotal: number;
  completionPercent: number;
  /** done: every item seen; overdue: the due date passed with items unseen; open otherwise */
  status: AssignmentStatus;
}

export interface AssignmentCompletion {
  deckId: string;
  deckTitle: string;
  dueAt: Date | null;
  itemsTotal: number;
  learnersDone: number;
  learnersOverdue: number;
  /** the learners' mean completion, rounded down; 0 with nobody in the class */
  averagePercent: number;
  learners: LearnerAssignmentProgress[];
}

/**
 * Per assignment, how far each current learner got through its deck against its due date. A learner has seen an
 * item once their card of it has an answer in force (reps > 0), as the learners' table counts.
 */
export function computeAssignmentCompletion(
  assignments: readonly { deckId: string; deckTitle: string; dueAt: Date | null; itemIds: readonly string[] }[],
  learners: readonly DashboardLearnerRow[],
  cards: readonly { userId: string; itemId: string; reps: number }[],
  now: Date,
): AssignmentCompletion[] {
  const seen = new Set(cards.filter((c) => c.reps > 0).map((c) => `${c.userId} ${c.itemId}`));
  return assignments.map((a) => {
    const total = a.itemIds.length;
    const rows = learners.map((l): LearnerAssignmentProgress => {
      const itemsSeen = a.itemIds.filter((id) => seen.has(`${l.userId} ${id}`)).length;
      const status: AssignmentStatus = itemsSeen >= total ? "done" : a.dueAt && a.dueAt.getTime() < now.getTime() ? "overdue" : "open";
      return { ...l, itemsSeen, itemsTotal: total, completionPercent: computeCompletionPercent(itemsSeen, total), status };
    });
    return {
      deckId: a.deckId,
      deckTitle: a.deckTitle,
      dueAt: a.dueAt,
      itemsTotal: total,
      learnersDone: rows.filter((r) => r.status === "done").length,
      learnersOverdue: rows.filter((r) => r.status === "overdue").length,
      averagePercent: rows.length === 0 ? 0 : Math.floor(rows.reduce((n, r) => n + r.completionPercent, 0) / rows.length),
      learners: rows,
    };
  });
}
