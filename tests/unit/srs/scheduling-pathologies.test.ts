import { describe, expect, it } from "vitest";
import { default_w, forgetting_curve, fsrs, generatorParameters } from "ts-fsrs";
import { applyReview } from "@/lib/srs/apply-review";
import { State, toFsrsCard, type CardState } from "@/lib/srs/card-state";
import { Rating } from "@/lib/srs/rating";
import { recallAtDueFor } from "@/lib/srs/review-policy";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { fsrsSimScheduler } from "@/lib/srs/simulate/sim-schedulers";
import { simulateScheduler } from "@/lib/srs/simulate/simulate-scheduler";

/*
 * Regression tests for the pathologies issue 12's audit measured in the old review policy (an SSP-MMC-style solve
 * with λ calibrated per desired retention). Each failed on that policy; see the issue for the figures.
 */

const now = new Date("2026-03-08T06:30:00Z");
const DAY = 86_400_000;
const SETTINGS = [0.7, 0.75, 0.8, 0.85, 0.9, 0.94, 0.97];
const noFuzz = (desiredRetention: number) => parseSchedulerSettings({ desiredRetention, enableFuzz: false });

function reviewCard(stability: number, difficulty: number, lastReviewDaysAgo: number, state: State = State.Review): CardState {
  const lastReview = new Date(now.getTime() - lastReviewDaysAgo * DAY);
  return {
    due: now,
    stability,
    difficulty,
    elapsedDays: 0,
    scheduledDays: lastReviewDaysAgo,
    learningSteps: 0,
    reps: 8,
    lapses: state === State.Relearning ? 1 : 0,
    state,
    lastReview,
  };
}

const daysUntil = (card: CardState, from: Date) => (card.due.getTime() - from.getTime()) / DAY;

describe("a forgotten card comes back soon, at every desired retention", () => {
  it("Again on a review card brings it back within a day", () => {
    for (const r of SETTINGS) {
      const lapse = applyReview(reviewCard(40, 8, 40), Rating.Again, now, noFuzz(r)).card;
      expect(daysUntil(lapse, now), `desired retention ${r}`).toBeLessThanOrEqual(1);
    }
  });

  // The audit: "a card with D=10, S=0.1 gets 57 days at recall 0.38" at desired retention 0.70.
  it("a weak memory leaving relearning is not left to fall below the recall the setting promises", () => {
    for (const r of SETTINGS) {
      for (const [s, d] of [
        [0.1, 10],
        [0.5, 9],
        [2, 7],
      ] as const) {
        const relearning = reviewCard(s, d, 0, State.Relearning);
        const after = applyReview(relearning, Rating.Good, now, noFuzz(r)).card;
        expect(after.state).toBe(State.Review);
        const recallAtDue = forgetting_curve(default_w, after.scheduledDays, after.stability);
        // the day before it is due, recall is still above what the setting asks for at due (whole days round; a
        // day is the shortest interval there is)
        if (after.scheduledDays === 1) continue;
        const dayBefore = forgetting_curve(default_w, Math.max(1, after.scheduledDays - 1), after.stability);
        expect(dayBefore, `S=${s} D=${d} at ${r}: ${after.scheduledDays} d, recall ${recallAtDue.toFixed(2)}`).toBeGreaterThanOrEqual(recallAtDueFor(r));
      }
    }
  });
});

describe("mature cards", () => {
  // The audit: at S=5000 the old policy gave 134 d at 0.97 and 317 d at 0.90.
  it("wait at least as long as fixed-retention FSRS at the setting would have them wait, with no hidden maximum", () => {
    for (const r of SETTINGS) {
      const fixed = fsrs(generatorParameters({ request_retention: r, enable_fuzz: false, enable_short_term: true }));
      for (const s of [30, 200, 1000, 5000]) {
        const card = reviewCard(s, 5, Math.round(s));
        const ours = applyReview(card, Rating.Good, now, noFuzz(r)).card.scheduledDays;
        // ts-fsrs may put Good one day past the maximum interval to keep it after Hard; the app caps it
        const theirs = Math.min(36500, fixed.next(toFsrsCard(card), now, Rating.Good).card.scheduled_days);
        expect(ours, `S=${s} at ${r}`).toBeGreaterThanOrEqual(theirs);
      }
    }
  });
});


describe("difficulty", () => {
  // The old policy "lets the hardest cards go longer". Leaving relearning, the new stability does not depend on D
  // (FSRS's same-day formula), so two cards that differ only in difficulty reach equal stability.
  it("a harder card never waits longer than an easier one of equal stability", () => {
    for (const r of SETTINGS) {
      for (const s of [0.3, 1, 3, 8, 20]) {
        const intervals = [1, 3, 5, 7, 9, 10].map((d) => applyReview(reviewCard(s, d, 0, State.Relearning), Rating.Good, now, noFuzz(r)).card);
        for (let k = 1; k < intervals.length; k++) {
          const easier = intervals[k - 1] as CardState;
          const harder = intervals[k] as CardState;
          expect(harder.stability).toBeCloseTo(easier.stability, 6);
          expect(harder.scheduledDays, `S=${s} at ${r}`).toBeLessThanOrEqual(easier.scheduledDays);
        }
      }
    }
  });
});

describe("fuzz as ts-fsrs does it", () => {
  it("leaves intervals under 2.5 days alone, so a 1-day interval stays 1 day", () => {
    const fuzzed = parseSchedulerSettings({ desiredRetention: 0.97, enableFuzz: true });
    for (let k = 0; k < 40; k++) {
      const plain = applyReview(reviewCard(0.1, 5, 0, State.Relearning), Rating.Good, now, noFuzz(0.97)).card.scheduledDays;
      expect(plain).toBe(1);
      const after = applyReview(reviewCard(0.1, 5, 0, State.Relearning), Rating.Good, now, fuzzed, `card-${k}`).card;
      expect(after.scheduledDays).toBe(1);
    }
  });
});

describe("desired retention means what the learner is told", () => {
  // Mean over days of the mean probability of recall of every item met so far, for a learner whose memory follows
  // FSRS-6's defaults exactly. The old policy gave 0.9475 at one year for a setting of 0.90, 0.967 at five.
  // Below 0.80 the horizons disagree by more (0.70: 0.723, 0.699 and 0.679 at 1, 3 and 5 years, calibrated on their
  // average), as intervals of years are cut short; npm run bench:srs reports the gap over 0.70-0.97.
  it("keeps simulated mean retention within 0.02 of the setting at 1, 3 and 5 years", async () => {
    const config = { seed: 11, learners: 1, items: 100, newPerDay: 1, learnerSpread: 0, itemDifficultySpread: 0 };
    for (const r of [0.8, 0.85, 0.9, 0.97]) {
      const result = await simulateScheduler(fsrsSimScheduler(r), { ...config, days: 5 * 365, horizons: [365, 3 * 365] });
      expect(result.atHorizons).toHaveLength(3);
      result.atHorizons.forEach((h, k) => {
        expect(Math.abs(h.meanRetrievability - r), `setting ${r}, ${[1, 3, 5][k]} y: ${h.meanRetrievability.toFixed(4)}`).toBeLessThanOrEqual(0.02);
      });
    }
  }, 60_000); // four five-year simulations: about 2 s on a quiet machine, far more when the machine is shared
});
