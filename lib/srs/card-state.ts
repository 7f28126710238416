import type { Card as FsrsCard } from "ts-fsrs";
import { z } from "zod";

/** ts-fsrs's card phases, as stored in Card.state. */
export const State = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type State = (typeof State)[keyof typeof State];

/** One learner's memory of one item: exactly the scheduling fields of the Card row. */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview: Date | null;
};

/** CardState as stored in ReviewLog.stateBefore/stateAfter (dates as ISO strings). */
export type CardStateSnapshot = Omit<CardState, "due" | "lastReview"> & { due: string; lastReview: string | null };

const isoDate = z.iso.datetime({ offset: true });
const count = z.number().int().min(0);

export const cardStateSnapshotSchema = z.object({
  due: isoDate,
  stability: z.number().min(0),
  difficulty: z.number().min(0).max(10),
  elapsedDays: count,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: isoDate.nullable(),
});

export class InvalidCardSnapshotError extends Error {
  constructor(detail: string) {
    super(`Stored card state is corrupt: ${detail}`);
    this.name = "InvalidCardSnapshotError";
  }
}

export function newCardState(now: Date): CardState {
  return {
    due: new Date(now.getTime()),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: State.New,
    lastReview: null,
  };
}

export function toFsrsCard(card: CardState): FsrsCard {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    // ts-fsrs treats a missing last_review as "never reviewed"
    ...(card.lastReview ? { last_review: new Date(card.lastReview.getTime()) } : {}),
  };
}

export function fromFsrsCard(card: FsrsCard): CardState {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as State,
    lastReview: card.last_review ? new Date(card.last_review.getTime()) : null,
  };
}

export function toCardStateSnapshot(card: CardState): CardStateSnapshot {
  return {
    ...card,
    due: card.due.toISOString(),
    lastReview: card.lastReview ? card.lastReview.toISOString() : null,
  };
}

/** Accepts a snapshot object or its JSON text (as stored); throws InvalidCardSnapshotError on anything else. */
export function parseCardStateSnapshot(input: unknown): CardState {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      throw new InvalidCardSnapshotError("it is not valid JSON");
    }
  }
  const parsed = cardStateSnapshotSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join(".") : "snapshot";
    throw new InvalidCardSnapshotError(`${where}: ${issue?.message ?? "invalid"}`);
  }
  const s = parsed.data;
  return { ...s, due: new Date(s.due), lastReview: s.lastReview === null ? null : new Date(s.lastReview) };
}

export function serializeCardState(card: CardState): string {
  return JSON.stringify(toCardStateSnapshot(card));
}

/** Field-by-field equality; dates compared by instant. */
export function isSameCardState(a: CardState, b: CardState): boolean {
  return (
    a.due.getTime() === b.due.getTime() &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.elapsedDays === b.elapsedDays &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.state === b.state &&
    (a.lastReview?.getTime() ?? null) === (b.lastReview?.getTime() ?? null)
  );
}
