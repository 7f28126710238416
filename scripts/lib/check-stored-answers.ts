// After a load run: were the answers the server acknowledged all stored, each once, and does every
// card still equal the replay of its log? Read straight from the database, not through the app.
import type { Db } from "@/lib/server/db";
import { rebuildCard } from "@/lib/srs/rebuild-card";
import { parseReviewEvent } from "@/lib/srs/review-event";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { toCardState } from "@/lib/server/study/card-row";

export interface StoredAnswersCheck {
  acknowledged: number;
  /** acknowledged client ids with no review row */
  lost: number;
  /** review rows beyond one per client id the bench sent, or with a client id it never sent */
  duplicated: number;
  /** cards whose stored state differs from the replay of their log */
  cardsNotReplaying: number;
  cards: number;
}

export async function checkStoredAnswers(db: Db, userIds: string[], sent: Set<string>, acknowledged: Set<string>): Promise<StoredAnswersCheck> {
  const rows = await db.reviewLog.findMany({
    where: { userId: { in: userIds } },
    // Log order: a regrade or an "I was right" writes its undo and new review at the answer's own time, so ties are
    // broken by id (cuids grow with creation), as everywhere the log is replayed.
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { id: true, userId: true, clientId: true, cardId: true, event: true, rating: true, correct: true, stateBefore: true, stateAfter: true, reviewedAt: true, undoesId: true },
  });
  const perClientId = new Map<string, number>();
  for (const r of rows) if (r.event === "review") perClientId.set(`${r.userId}:${r.clientId}`, (perClientId.get(`${r.userId}:${r.clientId}`) ?? 0) + 1);
  let lost = 0;
  for (const key of acknowledged) if (!perClientId.has(key)) lost++;
  let duplicated = 0;
  for (const [key, n] of perClientId) duplicated += sent.has(key) ? n - 1 : n;

  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, desiredRetention: true, newCardsPerDay: true, timeZone: true, fsrsWeights: true } });
  const settingsOf = new Map(
    users.map((u) => [
      u.id,
      parseSchedulerSettings({ desiredRetention: u.desiredRetention, newCardsPerDay: u.newCardsPerDay, timeZone: u.timeZone, weights: u.fsrsWeights ? (JSON.parse(u.fsrsWeights) as number[]) : undefined }),
    ]),
  );
  const cards = await db.card.findMany({
    where: { userId: { in: userIds } },
    select: { id: true, userId: true, due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, learningSteps: true, reps: true, lapses: true, state: true, lastReview: true },
  });
  const byCard = new Map<string, typeof rows>();
  for (const r of rows) byCard.set(r.cardId, [...(byCard.get(r.cardId) ?? []), r]);
  let cardsNotReplaying = 0;
  for (const card of cards) {
    const events = (byCard.get(card.id) ?? []).map(parseReviewEvent);
    const first = [...events].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime())[0];
    if (!first) continue;
    const replayed = rebuildCard(first.stateBefore, events, settingsOf.get(card.userId)!);
    if (JSON.stringify(replayed) !== JSON.stringify(toCardState(card))) cardsNotReplaying++;
  }
  return { acknowledged: acknowledged.size, lost, duplicated, cardsNotReplaying, cards: cards.length };
}
