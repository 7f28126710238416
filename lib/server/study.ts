import "server-only";
import { z } from "zod";
import { gradeAnswer } from "@/lib/grade/grade-answer";
import { applyReview, ratingForAnswer } from "@/lib/srs/apply-review";
import {
  newCardState,
  parseCardStateSnapshot,
  serializeCardState,
  type CardState,
} from "@/lib/srs/card-state";
import { parseSchedulerSettings, type SchedulerSettings } from "@/lib/srs/scheduler-settings";
import { studyDayStart } from "@/lib/srs/study-day";
import { getDb, type Db, type Tx } from "./db";
import { isUniqueViolation, NotFoundError, UserFacingError } from "./errors";

/** A card as the learner sees it before answering: never the answer, accepted forms or source sentence. */
export interface StudyCard {
  itemId: string;
  cardVersion: number;
  type: string;
  kind: string;
  prompt: string;
  choices: string[];
  articleTitle: string;
  isNew: boolean;
}

export interface AnswerFeedback {
  clientId: string;
  itemId: string;
  correct: boolean;
  answer: string;
  sourceSentence: string;
  article: { slug: string; title: string };
  nextDue: string;
  cardVersion: number;
}

export const AnswerInputSchema = z.object({
  clientId: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/, "clientId must be URL-safe"),
  itemId: z.string().min(1).max(64),
  cardVersion: z.number().int().min(0),
  response: z.string().max(500),
  durationMs: z.number().int().min(0).max(3_600_000).default(0),
  tzOffset: z.number().int().min(-14 * 60).max(14 * 60).default(0),
});
export type AnswerInput = z.infer<typeof AnswerInputSchema>;

const SETTINGS_SELECT = { desiredRetention: true, newCardsPerDay: true, timeZone: true, fsrsWeights: true } as const;

async function getSchedulerSettings(db: Db | Tx, userId: string): Promise<SchedulerSettings> {
  const user = await db.user.findUnique({ where: { id: userId }, select: SETTINGS_SELECT });
  if (!user) throw new UserFacingError("Your account no longer exists. Sign up again.", "unauthenticated");
  return parseSchedulerSettings({
    desiredRetention: user.desiredRetention,
    newCardsPerDay: user.newCardsPerDay,
    timeZone: user.timeZone,
    weights: user.fsrsWeights ? (JSON.parse(user.fsrsWeights) as number[]) : undefined,
  });
}

const CARD_FIELDS = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

function toCardState(row: { state: number } & Omit<CardState, "state">): CardState {
  return { ...row, state: row.state as CardState["state"] };
}

function choicesFor(type: string, choicesJson: string): string[] {
  return type === "choice" || type === "truefalse" ? (JSON.parse(choicesJson) as string[]) : [];
}

/** Cards for a session: due cards first (most overdue first), then new items within today's allowance. */
export async function getStudyCards(userId: string, now: Date, limit = 20, db: Db = getDb()): Promise<StudyCard[]> {
  const settings = await getSchedulerSettings(db, userId);
  const itemSelect = { id: true, type: true, kind: true, prompt: true, choices: true, article: { select: { title: true } } } as const;
  const due = await db.card.findMany({
    where: { userId, due: { lte: now }, item: { status: "active" } },
    orderBy: { due: "asc" },
    take: limit,
    select: { version: true, item: { select: itemSelect } },
  });
  const cards: StudyCard[] = due.map(({ version, item }) => ({
    itemId: item.id,
    cardVersion: version,
    type: item.type,
    kind: item.kind,
    prompt: item.prompt,
    choices: choicesFor(item.type, item.choices),
    articleTitle: item.article.title,
    isNew: false,
  }));
  const room = Math.min(limit - cards.length, await getNewCardAllowance(userId, settings, now, db));
  if (room > 0) {
    const fresh = await db.item.findMany({
      where: { status: "active", cards: { none: { userId } } },
      orderBy: [{ article: { publishedAt: "asc" } }, { difficulty: "asc" }, { key: "asc" }],
      take: room,
      select: itemSelect,
    });
    for (const item of fresh) {
      cards.push({
        itemId: item.id,
        cardVersion: 0,
        type: item.type,
        kind: item.kind,
        prompt: item.prompt,
        choices: choicesFor(item.type, item.choices),
        articleTitle: item.article.title,
        isNew: true,
      });
    }
  }
  return cards;
}

async function getNewCardAllowance(userId: string, settings: SchedulerSettings, now: Date, db: Db): Promise<number> {
  const dayStart = studyDayStart(now, settings.timeZone);
  const introducedToday = await db.card.count({ where: { userId, createdAt: { gte: dayStart } } });
  return Math.max(0, settings.newCardsPerDay - introducedToday);
}

export interface StudySummary {
  studiedToday: number;
  dueNow: number;
  newAvailable: number;
}

export async function getStudySummary(userId: string, now: Date, db: Db = getDb()): Promise<StudySummary> {
  const settings = await getSchedulerSettings(db, userId);
  const dayStart = studyDayStart(now, settings.timeZone);
  const [reviewsToday, undoneToday, dueNow, unseen, allowance] = await Promise.all([
    db.reviewLog.count({ where: { userId, event: "review", reviewedAt: { gte: dayStart } } }),
    db.reviewLog.count({ where: { userId, event: "undo", reviewedAt: { gte: dayStart } } }),
    db.card.count({ where: { userId, due: { lte: now }, item: { status: "active" } } }),
    db.item.count({ where: { status: "active", cards: { none: { userId } } } }),
    getNewCardAllowance(userId, settings, now, db),
  ]);
  return { studiedToday: Math.max(0, reviewsToday - undoneToday), dueNow, newAvailable: Math.min(unseen, allowance) };
}

/**
 * Grades an answer on the server and records it in one transaction: the review log row is
 * idempotent on the client's id, and an answer given against a card version that has since
 * changed is refused as stale instead of being applied twice.
 */
export async function submitAnswer(userId: string, input: AnswerInput, now: Date, db: Db = getDb()): Promise<AnswerFeedback> {
  const previous = await findFeedback(db, userId, input.clientId);
  if (previous) return previous;
  try {
    const settings = await getSchedulerSettings(db, userId);
    await db.$transaction(async (tx) => {
      const item = await tx.item.findUnique({
        where: { id: input.itemId },
        select: { id: true, type: true, kind: true, answer: true, accepted: true, choices: true, status: true },
      });
      if (!item || item.status === "retired") throw new NotFoundError("That card");
      const card = await tx.card.findUnique({
        where: { userId_itemId: { userId, itemId: item.id } },
        select: { id: true, version: true, ...CARD_FIELDS },
      });
      if ((card?.version ?? 0) !== input.cardVersion) throw staleError();

      const grade = gradeAnswer(
        { type: item.type as never, kind: item.kind as never, answer: item.answer, accepted: JSON.parse(item.accepted), choices: JSON.parse(item.choices) },
        input.response,
      );
      const before = card ? toCardState(card) : newCardState(now);
      const rating = ratingForAnswer(grade.correct);
      const { card: after, log } = applyReview(before, rating, now, settings);
      const fields = {
        due: after.due,
        stability: after.stability,
        difficulty: after.difficulty,
        elapsedDays: after.elapsedDays,
        scheduledDays: after.scheduledDays,
        learningSteps: after.learningSteps,
        reps: after.reps,
        lapses: after.lapses,
        state: after.state,
        lastReview: after.lastReview,
      };
      let cardId: string;
      if (card) {
        const updated = await tx.card.updateMany({ where: { id: card.id, version: card.version }, data: { ...fields, version: card.version + 1 } });
        if (updated.count !== 1) throw staleError();
        cardId = card.id;
      } else {
        cardId = (await tx.card.create({ data: { userId, itemId: item.id, ...fields, version: 1 }, select: { id: true } })).id;
      }
      await tx.reviewLog.create({
        data: {
          userId,
          clientId: input.clientId,
          cardId,
          itemId: item.id,
          event: "review",
          rating,
          correct: grade.correct,
          response: input.response,
          stateBefore: serializeCardState(before),
          stateAfter: serializeCardState(after),
          elapsedDays: log.elapsedDays,
          scheduledDays: log.scheduledDays,
          durationMs: input.durationMs,
          tzOffset: input.tzOffset,
          reviewedAt: now,
        },
      });
    });
  } catch (error) {
    // A concurrent submission of the same answer won the race: report what it stored.
    const stored = await findFeedback(db, userId, input.clientId);
    if (stored) return stored;
    if (isUniqueViolation(error)) throw staleError();
    throw error;
  }
  const stored = await findFeedback(db, userId, input.clientId);
  if (!stored) throw new Error("review was committed but cannot be read back");
  return stored;
}

function staleError(): UserFacingError {
  return new UserFacingError("This card was already answered, perhaps in another tab. Carry on with the next card.", "stale");
}

async function findFeedback(db: Db, userId: string, clientId: string): Promise<AnswerFeedback | null> {
  const log = await db.reviewLog.findUnique({
    where: { userId_clientId: { userId, clientId } },
    select: {
      correct: true,
      stateAfter: true,
      card: { select: { version: true } },
      item: { select: { id: true, answer: true, sourceSentence: true, article: { select: { slug: true, title: true } } } },
    },
  });
  if (!log) return null;
  return {
    clientId,
    itemId: log.item.id,
    correct: log.correct ?? false,
    answer: log.item.answer,
    sourceSentence: log.item.sourceSentence,
    article: log.item.article,
    nextDue: parseCardStateSnapshot(log.stateAfter).due.toISOString(),
    cardVersion: log.card.version,
  };
}
