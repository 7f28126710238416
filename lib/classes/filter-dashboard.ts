import { z } from "zod";
import { foldText } from "@/lib/grade/normalize-answer";
import type { AssignmentCompletion } from "./assignment-completion";
import type { ItemStats, LearnerProgress } from "./class-dashboard";
import { HAND_WRITTEN_KINDS } from "./hand-written-item";
import { paginate } from "./paginate";

export const DASHBOARD_ROWS_PER_PAGE = 25;

export const LEARNER_SHOWS = ["", "behind", "overdue", "not-started"] as const;
export const ITEM_SHOWS = ["", "flagged", "answered", "unanswered"] as const;

/**
 * The dashboard's two tables each keep their own search, filter and page in the URL (prefixed l and i), so paging
 * the questions keeps the learners' view. Anything unreadable falls back to "all", page 1.
 */
export const DashboardQuerySchema = z.object({
  lq: z.string().trim().max(200).catch("").default(""),
  lshow: z.enum(LEARNER_SHOWS).catch("").default(""),
  lpage: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  iq: z.string().trim().max(200).catch("").default(""),
  ikind: z.enum(["", ...HAND_WRITTEN_KINDS]).catch("").default(""),
  ishow: z.enum(ITEM_SHOWS).catch("").default(""),
  ipage: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
}

const searchWords = (q: string) => foldText(q).split(/\s+/).filter(Boolean);
const matchesWords = (words: string[], text: string) => {
  if (words.length === 0) return true;
  const folded = foldText(text);
  return words.every((w) => folded.includes(w));
};

/** Learners past an assignment's due date with questions of it unseen. */
export function findLearnersBehind(assignments: readonly Pick<AssignmentCompletion, "learners">[]): Set<string> {
  return new Set(assignments.flatMap((a) => a.learners.filter((l) => l.status === "overdue").map((l) => l.userId)));
}

/**
 * One page of the learners matching the search (every word, in the name or email; accents and case ignored) and
 * the filter: behind on an assignment, with reviews overdue, or not started (nothing seen).
 */
export function filterDashboardLearners<T extends Pick<LearnerProgress, "userId" | "name" | "email" | "itemsSeen" | "overdueCards">>(
  learners: readonly T[],
  behind: ReadonlySet<string>,
  query: Pick<DashboardQuery, "lq" | "lshow" | "lpage">,
  perPage = DASHBOARD_ROWS_PER_PAGE,
): Page<T> {
  const words = searchWords(query.lq);
  const matching = learners.filter((l) => {
    if (query.lshow === "behind" && !behind.has(l.userId)) return false;
    if (query.lshow === "overdue" && l.overdueCards === 0) return false;
    if (query.lshow === "not-started" && l.itemsSeen > 0) return false;
    return matchesWords(words, `${l.name} ${l.email}`);
  });
  return paginate(matching, query.lpage, perPage);
}

/** One page of the questions matching the search (in the prompt or answer as shown), the kind and the filter, in the order given. */
export function filterDashboardItems<T extends Pick<ItemStats, "prompt" | "answer" | "kind" | "attempts" | "flagged">>(
  items: readonly T[],
  query: Pick<DashboardQuery, "iq" | "ikind" | "ishow" | "ipage">,
  perPage = DASHBOARD_ROWS_PER_PAGE,
): Page<T> {
  const words = searchWords(query.iq);
  const matching = items.filter((i) => {
    if (query.ikind && i.kind !== query.ikind) return false;
    if (query.ishow === "flagged" && !i.flagged) return false;
    if (query.ishow === "answered" && i.attempts === 0) return false;
    if (query.ishow === "unanswered" && i.attempts > 0) return false;
    return matchesWords(words, `${i.prompt} ${i.answer}`);
  });
  return paginate(matching, query.ipage, perPage);
}
