// When an answer given offline counts: the time the learner gave it, so its study day (4 a.m. in the
// learner's zone) and its interval are those of the moment of recall, not of the sync. The device's
// clock is not trusted blindly: a time ahead of the server's is taken as now, and one older than
// the device may keep answers is refused (said to the learner, not dropped silently).

/** How long an answer may wait on a device to be counted: past this its scheduling means little. */
export const OFFLINE_ANSWER_MAX_AGE_DAYS = 30;

export type OfflineAnswerTime = { ok: true; at: Date } | { ok: false; reason: "too_old" };

/**
 * The time an answer counts at: `answeredAt` (the device's record) bounded by `now` (the server's
 * clock) and by `lastReview`, the card's last review, which a later answer cannot precede.
 */
export function resolveAnswerTime(answeredAt: Date | null, lastReview: Date | null, now: Date): OfflineAnswerTime {
  let at = answeredAt && answeredAt < now ? answeredAt : now;
  if (now.getTime() - at.getTime() > OFFLINE_ANSWER_MAX_AGE_DAYS * 86_400_000) return { ok: false, reason: "too_old" };
  if (lastReview && lastReview > at) at = lastReview;
  return { ok: true, at };
}
