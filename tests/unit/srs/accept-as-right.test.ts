import { describe, expect, it } from "vitest";
import { acceptAsRight, canAcceptAsRight } from "@/lib/srs/accept-as-right";
import { applyReview } from "@/lib/srs/apply-review";
import { State } from "@/lib/srs/card-state";
import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import { Rating } from "@/lib/srs/rating";
import { rebuildCard } from "@/lib/srs/rebuild-card";
import type { ReviewEvent } from "@/lib/srs/review-event";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { StaleUndoError } from "@/lib/srs/undo-review";
import { recordHistory } from "./review-history";

const t0 = new Date("2026-03-08T06:30:00Z");
const settings = parseSchedulerSettings({});
const after = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const DAY = 24 * 60;

/** A mature card (two right answers days apart) then a wrong answer: the lapse an override takes back. */
function matureThenWrong() {
  return recordHistory(t0, [{ rating: Rating.Good, at: after(0) }, { rating: Rating.Good, at: after(10) }, { rating: Rating.Good, at: after(4 * DAY) }, { rating: Rating.Again, at: after(20 * DAY) }], settings);
}

/** The log rows the server writes for "I was right": an undo of the wrong review and a review graded right. */
function withOverride(history: ReturnType<typeof matureThenWrong>) {
  const wrong = history.events.at(-1)!;
  const { undo, review } = acceptAsRight(history.card, wrong, settings, "card-1");
  // Both rows at the moment the answer was given, as a grade change: replayed later, the review must be applied at
  // that time, not when the learner pressed "I was right" (elapsed days and due date would move).
  const at = wrong.reviewedAt;
  const events: ReviewEvent[] = [
    ...history.events,
    { id: "u", cardId: "card-1", event: "undo", rating: 0, correct: null, stateBefore: undo.log.stateBefore, stateAfter: undo.log.stateAfter, reviewedAt: at, undoesId: wrong.id },
    { id: "r", cardId: "card-1", event: "review", rating: review.log.rating, correct: true, stateBefore: review.log.stateBefore, stateAfter: review.card, reviewedAt: at, undoesId: null },
  ];
  return { wrong, card: review.card, events };
}

describe("canAcceptAsRight", () => {
  it("allows only a typed or cloze answer the server graded wrong", () => {
    expect(canAcceptAsRight({ type: "typed", correct: false, selfGraded: false })).toBe(true);
    expect(canAcceptAsRight({ type: "cloze", correct: false, selfGraded: false })).toBe(true);
    expect(canAcceptAsRight({ type: "typed", correct: true, selfGraded: false })).toBe(false);
    // a revealed card was graded by the learner already: they pick any grade there
    expect(canAcceptAsRight({ type: "typed", correct: false, selfGraded: true })).toBe(false);
    expect(canAcceptAsRight({ type: "choice", correct: false, selfGraded: false })).toBe(false);
    expect(canAcceptAsRight({ type: "truefalse", correct: false, selfGraded: false })).toBe(false);
  });
});

describe("acceptAsRight", () => {
  it("gives the card it would have had had the answer been graded Good when given", () => {
    const history = matureThenWrong();
    const wrong = history.events.at(-1)!;
    expect(history.card.lapses).toBe(1);
    const { review } = acceptAsRight(history.card, wrong, settings, "card-1");
    expect(review.card).toEqual(applyReview(wrong.stateBefore, Rating.Good, wrong.reviewedAt, settings, "card-1").card);
    expect(review.card.lapses).toBe(0);
    expect(review.card.state).toBe(State.Review);
    expect(review.card.lastReview).toEqual(wrong.reviewedAt);
  });

  it("leaves a log whose replay is the card, with only the right grade in force", () => {
    const history = matureThenWrong();
    const { wrong, card, events } = withOverride(history);
    expect(rebuildCard(history.initial, events, settings, "card-1")).toEqual(card);
    const inForce = getEffectiveReviews(events);
    expect(inForce.map((e) => e.id)).toEqual(["e0", "e1", "e2", "r"]);
    expect(inForce.some((e) => e.id === wrong.id)).toBe(false);
  });

  it("refuses once the card was answered again since", () => {
    const history = matureThenWrong();
    const wrong = history.events.at(-1)!;
    const later = applyReview(history.card, Rating.Good, after(20 * DAY + 10), settings, "card-1").card;
    expect(() => acceptAsRight(later, wrong, settings, "card-1")).toThrow(StaleUndoError);
  });
});
