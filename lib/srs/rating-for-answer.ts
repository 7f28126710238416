import { Rating, RATINGS } from "./rating";

/** An objective item grades itself: wrong is Again, right is Good. */
export function ratingForAnswer(correct: boolean): Rating {
  return correct ? Rating.Good : Rating.Again;
}

/**
 * Grades the learner may pick after the answer was checked. A wrong answer is always Again: letting a learner
 * upgrade it would hide a lapse from FSRS. A right answer may be adjusted to Hard (a lucky or slow recall) or Easy,
 * never to Again: the item was recalled, and hard must never equal again.
 */
export function allowedRatingsAfterAnswer(correct: boolean, selfGraded = false): readonly Rating[] {
  // A revealed card has no checked answer: the learner's own judgement is all there is, on all four grades.
  if (selfGraded) return RATINGS;
  return correct ? [Rating.Hard, Rating.Good, Rating.Easy] : [Rating.Again];
}

export function isAllowedRatingAfterAnswer(correct: boolean, rating: Rating, selfGraded = false): boolean {
  return allowedRatingsAfterAnswer(correct, selfGraded).includes(rating);
}
