import { State } from "./card-state";
import { getEffectiveReviews } from "./get-effective-reviews";
import type { ReviewEvent } from "./review-event";
import { Rating } from "./rating";
import { endOfStudyDay } from "./study-day";

/**
 * Custom study (Anki's "Custom study session"): a session of its own choosing, outside the daily queue.
 * - misses: cards answered Again in the last `days` days (an answer undone or regraded since does not count);
 * - kind: one kind of fact, as the daily queue would give it (due cards, then new ones within the daily
 *   allowance), and when none is due, that kind's cards ahead of schedule;
 * - ahead: cards not due yet but due within `days` days, soonest first: for a test.
 *
 * Answers given in a custom session are ordinary reviews, logged and scheduled as any other at the time they are
 * given: FSRS takes the elapsed days into account, so a card reviewed early gains less stability than one reviewed
 * when due (its recall was still high) and nothing needs undoing afterwards. No second schedule exists to corrupt.
 */
export type CustomStudy = { focus: "misses"; days: number } | { focus: "kind"; kind: string } | { focus: "ahead"; days: number };

export const CUSTOM_STUDY_DAYS = [1, 3, 7, 14, 30] as const;

const MS_PER_DAY = 86_400_000;

type LoggedAnswer = Pick<ReviewEvent, "id" | "cardId" | "event" | "undoesId" | "reviewedAt"> & { rating: number };

/** The cards answered Again in the log given (already limited to the window), the earliest miss first. */
export function missedCardIds(events: readonly LoggedAnswer[]): string[] {
  const firstMiss = new Map<string, number>();
  for (const review of getEffectiveReviews(events)) {
    if (review.rating === Rating.Again && !firstMiss.has(review.cardId)) firstMiss.set(review.cardId, review.reviewedAt.getTime());
  }
  return [...firstMiss.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([cardId]) => cardId);
}

/** Where the "misses" window starts: `days` whole days before now. */
export function missesWindowStart(now: Date, days: number): Date {
  return new Date(now.getTime() - days * MS_PER_DAY);
}

type AheadCard = { cardId: string; itemId: string; state: State; due: Date };

/**
 * Cards to review ahead of schedule: in review (a learning card's steps are minutes, and it comes back today
 * anyway), not due by the end of today, due within `days` days after it; soonest first.
 */
export function cardsAhead<T extends AheadCard>(cards: readonly T[], now: Date, timeZone: string, days: number): T[] {
  const dayEnd = endOfStudyDay(now, timeZone).getTime();
  const until = dayEnd + days * MS_PER_DAY;
  return cards
    .filter((c) => c.state === State.Review && c.due.getTime() >= dayEnd && c.due.getTime() < until)
    .sort((a, b) => a.due.getTime() - b.due.getTime() || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
}

/** A custom session as URL parameters (focus, days or kind): the study page's address and the cards route's. */
export function customStudyParams(custom: CustomStudy | null): [string, string][] {
  if (!custom) return [];
  return custom.focus === "kind" ? [["focus", "kind"], ["kind", custom.kind]] : [["focus", custom.focus], ["days", String(custom.days)]];
}

/** The custom session URL parameters ask for, unchecked (the study scope's schema checks it), or undefined. */
export function readCustomStudyParams(get: (name: string) => string | null): { focus: string; days?: number; kind?: string } | undefined {
  const focus = get("focus");
  if (!focus) return undefined;
  const days = get("days");
  return { focus, ...(days ? { days: Number(days) } : {}), ...(get("kind") ? { kind: get("kind")! } : {}) };
}
