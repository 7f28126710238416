import type { AssignmentCompletion } from "./assignment-completion";
import type { ItemStats, LearnerProgress } from "./class-dashboard";
import { toCsv } from "./csv";

const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
const isoDate = (date: Date | null) => (date ? date.toISOString() : null);

export function learnerProgressToCsv(rows: readonly LearnerProgress[]): string {
  return toCsv(
    ["name", "email", "items_seen", "items_total", "completion_percent", "retention_percent_30d", "reviews_30d", "overdue_cards", "last_active"],
    rows.map((r) => [r.name, r.email, r.itemsSeen, r.itemsTotal, r.completionPercent, percent(r.retention), r.reviewsLast30Days, r.overdueCards, isoDate(r.lastActiveAt)]),
  );
}

export function itemStatsToCsv(rows: readonly ItemStats[]): string {
  return toCsv(
    ["prompt", "answer", "type", "kind", "attempts", "correct", "percent_correct", "common_wrong_answer", "common_wrong_count", "flagged"],
    rows.map((r) => [r.prompt, r.answer, r.type, r.kind, r.attempts, r.correct, percent(r.shareCorrect), r.commonWrongAnswer, r.commonWrongCount, r.flagged ? "yes" : "no"]),
  );
}

/** One row per assignment and learner: the deck, its due date and how far the learner got, against it. */
export function assignmentCompletionToCsv(assignments: readonly AssignmentCompletion[]): string {
  return toCsv(
    ["deck", "due_at", "name", "email", "items_seen", "items_total", "completion_percent", "status"],
    assignments.flatMap((a) => a.learners.map((l) => [a.deckTitle, isoDate(a.dueAt), l.name, l.email, l.itemsSeen, l.itemsTotal, l.completionPercent, l.status])),
  );
}
