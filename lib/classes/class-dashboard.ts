import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import { addToList } from "@/lib/util/add-to-list";

const MS_PER_DAY = 86_400_000;
export const RETENTION_WINDOW_DAYS = 30;
/** An item is flagged when at least this many answers were given and fewer than half were right. */
export const FLAG_MIN_ATTEMPTS = 3;
export const FLAG_MAX_SHARE_CORRECT = 0.5;

export type DashboardLearnerRow = { userId: string; name: string; email: string };
export type DashboardItemRow = { itemId: string; prompt: string; answer: string; type: string; kind: string };
export type DashboardCardRow = { userId: string; itemId: string; due: Date; reps: number };
export type DashboardLogRow = {
  id: string;
  userId: string;
  itemId: string;
  event: string;
  undoesId: string | null;
  rating: number;
  correct: boolean | null;
  response: string | null;
  reviewedAt: Date;
};

export type LearnerProgress = DashboardLearnerRow & {
  itemsSeen: number;
  itemsTotal: number;
  completionPercent: number;
  /** share of answers in the last 30 days rated above Again; null with no answers */
  retention: number | null;
  reviewsLast30Days: number;
  overdueCards: number;
  lastActiveAt: Date | null;
};

export type ItemStats = DashboardItemRow & {
  attempts: number;
  correct: number;
  shareCorrect: number | null;
  /** the wrong answer given most often, as first typed, or null */
  commonWrongAnswer: string | null;
  commonWrongCount: number;
  /** most of the class misses it */
  flagged: boolean;
};

/** Seen of total as a whole percentage, rounded down so 100% means every item was seen. */
export function computeCompletionPercent(seen: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((Math.min(seen, total) * 100) / total);
}

const withEvent = (log: DashboardLogRow) => ({ ...log, event: log.event === "undo" ? ("undo" as const) : ("review" as const) });

/**
 * One row per learner over the items assigned to the class. A card counts as seen once it has at
 * least one answer still in force (an undone first answer leaves reps at 0); undone answers do not
 * count toward retention.
 */
export function computeLearnerProgress(
  learners: readonly DashboardLearnerRow[],
  items: readonly Pick<DashboardItemRow, "itemId">[],
  cards: readonly DashboardCardRow[],
  logs: readonly DashboardLogRow[],
  now: Date,
): LearnerProgress[] {
  const itemIds = new Set(items.map((i) => i.itemId));
  const from = now.getTime() - RETENTION_WINDOW_DAYS * MS_PER_DAY;
  return learners.map((learner) => {
    const own = cards.filter((c) => c.userId === learner.userId && itemIds.has(c.itemId) && c.reps > 0);
    const ownLogs = logs.filter((l) => l.userId === learner.userId && itemIds.has(l.itemId));
    const recent = getEffectiveReviews(ownLogs.map(withEvent)).filter((l) => {
      const t = l.reviewedAt.getTime();
      return t > from && t <= now.getTime();
    });
    const passed = recent.filter((l) => l.rating > 1).length;
    const lastActive = ownLogs.reduce<number | null>((max, l) => Math.max(max ?? 0, l.reviewedAt.getTime()), null);
    return {
      ...learner,
      itemsSeen: own.length,
      itemsTotal: itemIds.size,
      completionPercent: computeCompletionPercent(own.length, itemIds.size),
      retention: recent.length === 0 ? null : passed / recent.length,
      reviewsLast30Days: recent.length,
      overdueCards: own.filter((c) => c.due.getTime() < now.getTime()).length,
      lastActiveAt: lastActive === null ? null : new Date(lastActive),
    };
  });
}

/** One row per item: how often the class answered it, how often rightly, and the wrong answer most given. */
export function computeItemStats(items: readonly DashboardItemRow[], logs: readonly DashboardLogRow[]): ItemStats[] {
  const effective = getEffectiveReviews(logs.map(withEvent));
  const byItem = new Map<string, typeof effective>();
  for (const log of effective) {
    addToList(byItem, log.itemId, log);
  }
  return items.map((item) => {
    const answers = byItem.get(item.itemId) ?? [];
    const correct = answers.filter((a) => a.correct === true).length;
    const shareCorrect = answers.length === 0 ? null : correct / answers.length;
    const wrong = mostCommonWrongAnswer(answers);
    return {
      ...item,
      attempts: answers.length,
      correct,
      shareCorrect,
      commonWrongAnswer: wrong?.answer ?? null,
      commonWrongCount: wrong?.count ?? 0,
      flagged: shareCorrect !== null && answers.length >= FLAG_MIN_ATTEMPTS && shareCorrect < FLAG_MAX_SHARE_CORRECT,
    };
  });
}

/** Wrong answers grouped case- and space-insensitively; ties go to the answer given first. */
export function mostCommonWrongAnswer(
  answers: readonly Pick<DashboardLogRow, "correct" | "response">[],
): { answer: string; count: number } | null {
  const groups = new Map<string, { answer: string; count: number }>();
  for (const a of answers) {
    if (a.correct !== false) continue;
    const text = a.response?.trim().replace(/\s+/g, " ") ?? "";
    if (!text) continue;
    const key = text.toLowerCase();
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { answer: text, count: 1 });
  }
  let best: { answer: string; count: number } | null = null;
  for (const group of groups.values()) if (!best || group.count > best.count) best = group;
  return best;
}
