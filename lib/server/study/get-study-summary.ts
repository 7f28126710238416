import "server-only";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { studyDayStart } from "@/lib/srs/study-day";
import { getDb, type Db } from "../db";
import { getSchedulerSettings } from "./scheduler-settings";
import { libraryItems } from "./studiable-item";

export interface StudySummary {
  studiedToday: number;
  dueNow: number;
  newAvailable: number;
}

export async function getStudySummary(userId: string, now: Date, db: Db = getDb()): Promise<StudySummary> {
  const settings = await getSchedulerSettings(db, userId);
  const dayStart = studyDayStart(now, settings.timeZone);
  const [reviewsToday, undoneToday, dueNow, unseen, introducedToday] = await Promise.all([
    db.reviewLog.count({ where: { userId, event: "review", reviewedAt: { gte: dayStart } } }),
    db.reviewLog.count({ where: { userId, event: "undo", reviewedAt: { gte: dayStart } } }),
    db.card.count({ where: { userId, due: { lte: now }, item: { status: "active" } } }),
    // New items as "Study now" offers them: core ones (lib/study/free-study-questions.ts); an item met has a card.
    db.item.count({ where: { ...libraryItems(userId), worth: { gte: CORE_FROM }, cards: { none: { userId } } } }),
    db.card.count({ where: { userId, createdAt: { gte: dayStart } } }),
  ]);
  return {
    // an undo cancels one answer; a changed grade is an undo plus an answer, so it counts once
    studiedToday: Math.max(0, reviewsToday - undoneToday),
    dueNow,
    newAvailable: Math.min(unseen, Math.max(0, settings.newCardsPerDay - introducedToday)),
  };
}
