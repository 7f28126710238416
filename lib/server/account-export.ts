import "server-only";
import type { CardExportRow, FlagExportRow, OwnCardExportRow, ReviewExportRow } from "@/lib/account/data-export";
import { ownDeckId } from "@/lib/own-cards/own-store";
import { getDb, type Db } from "./db";

// Reads for "Download all my data", scoped to the caller, a page at a time so a long review log streams out in
// constant memory. Ordered by a unique key, so a page boundary can neither repeat nor skip a row.

export const EXPORT_PAGE_SIZE = 500;

export async function* readCardPages(userId: string, { db = getDb(), pageSize = EXPORT_PAGE_SIZE }: { db?: Db; pageSize?: number } = {}): AsyncGenerator<CardExportRow[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await db.card.findMany({
      where: { userId, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: pageSize,
      select: {
        id: true,
        itemId: true,
        due: true,
        stability: true,
        difficulty: true,
        reps: true,
        lapses: true,
        state: true,
        lastReview: true,
        createdAt: true,
        item: { select: { kind: true, type: true, prompt: true, answer: true, article: { select: { title: true } } } },
      },
    });
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The review log in the order it was written (time, then id for answers in the same millisecond). */
export async function* readReviewPages(userId: string, { db = getDb(), pageSize = EXPORT_PAGE_SIZE }: { db?: Db; pageSize?: number } = {}): AsyncGenerator<ReviewExportRow[]> {
  let after: { reviewedAt: Date; id: string } | undefined;
  for (;;) {
    const rows = await db.reviewLog.findMany({
      where: {
        userId,
        ...(after ? { OR: [{ reviewedAt: { gt: after.reviewedAt } }, { reviewedAt: after.reviewedAt, id: { gt: after.id } }] } : {}),
      },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      take: pageSize,
      select: {
        id: true,
        reviewedAt: true,
        event: true,
        cardId: true,
        itemId: true,
        deckId: true,
        rating: true,
        correct: true,
        selfGraded: true,
        overridden: true,
        response: true,
        elapsedDays: true,
        scheduledDays: true,
        durationMs: true,
        tzOffset: true,
        undoesId: true,
        item: { select: { prompt: true } },
      },
    });
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { reviewedAt: last.reviewedAt, id: last.id };
  }
}

/** The cards the learner wrote, studied or not, in the order written (then id). */
export async function* readOwnCardPages(userId: string, { db = getDb(), pageSize = EXPORT_PAGE_SIZE }: { db?: Db; pageSize?: number } = {}): AsyncGenerator<OwnCardExportRow[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await db.item.findMany({
      where: { deckItems: { some: { deck: { id: ownDeckId(userId), ownerId: userId, personal: true } } }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: pageSize,
      select: { id: true, type: true, prompt: true, answer: true, createdAt: true, updatedAt: true },
    });
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** The learner's reports about questions: at most one per item, so one page. */
export async function* readFlagPages(userId: string, db: Db = getDb()): AsyncGenerator<FlagExportRow[]> {
  yield await db.itemFlag.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, itemId: true, deckId: true, reason: true, comment: true, status: true, createdAt: true, updatedAt: true, closedAt: true, item: { select: { prompt: true } } },
  });
}

export interface AccountExportHeader {
  email: string;
  name: string;
  role: string;
  time_zone: string;
  desired_retention: number;
  new_cards_per_day: number;
  created_at: string;
}

export async function getAccountExportHeader(userId: string, db: Db = getDb()): Promise<AccountExportHeader | null> {
  const row = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, name: true, role: true, timeZone: true, desiredRetention: true, newCardsPerDay: true, createdAt: true },
  });
  if (!row) return null;
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    time_zone: row.timeZone,
    desired_retention: row.desiredRetention,
    new_cards_per_day: row.newCardsPerDay,
    created_at: row.createdAt.toISOString(),
  };
}
