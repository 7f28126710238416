import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import type { ReviewEvent } from "@/lib/srs/review-event";
import { shiftStudyDayKey, studyDayKey } from "@/lib/srs/study-day";

export type Streak = {
  /** consecutive study days with at least one answer, ending today, or yesterday if today has none yet */
  days: number;
  studiedToday: boolean;
};

/** A streak is still alive before today's first answer, so it ends yesterday until then. */
export function computeStreak(
  logs: readonly Pick<ReviewEvent, "id" | "event" | "undoesId" | "reviewedAt">[],
  now: Date,
  timeZone: string,
): Streak {
  const studied = new Set(
    getEffectiveReviews(logs)
      .filter((l) => l.reviewedAt.getTime() <= now.getTime())
      .map((l) => studyDayKey(l.reviewedAt, timeZone)),
  );
  return streakFromStudiedDays(studied, studyDayKey(now, timeZone));
}

/** The streak ending `today` given the study days ("YYYY-MM-DD") with at least one answer in force. */
export function streakFromStudiedDays(studied: ReadonlySet<string>, today: string): Streak {
  const studiedToday = studied.has(today);
  let day = studiedToday ? today : shiftStudyDayKey(today, -1);
  let days = 0;
  while (studied.has(day)) {
    days += 1;
    day = shiftStudyDayKey(day, -1);
  }
  return { days, studiedToday };
}
