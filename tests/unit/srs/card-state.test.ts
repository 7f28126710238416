import { describe, expect, it } from "vitest";
import {
  fromFsrsCard,
  InvalidCardSnapshotError,
  isSameCardState,
  newCardState,
  parseCardStateSnapshot,
  serializeCardState,
  State,
  toCardStateSnapshot,
  toFsrsCard,
  type CardState,
} from "@/lib/srs/card-state";

const now = new Date("2026-03-08T06:30:00Z");
const reviewed: CardState = {
  due: new Date("2026-03-11T06:30:00Z"),
  stability: 3.17,
  difficulty: 5.2,
  elapsedDays: 1,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 4,
  lapses: 1,
  state: State.Review,
  lastReview: new Date("2026-03-08T06:30:00Z"),
};

describe("newCardState", () => {
  it("is a never-reviewed card due now", () => {
    const card = newCardState(now);
    expect(card).toEqual({ ...card, state: State.New, reps: 0, lapses: 0, stability: 0, difficulty: 0, lastReview: null });
    expect(card.due.getTime()).toBe(now.getTime());
    expect(card.due).not.toBe(now); // a copy: mutating the caller's date must not move the card
  });
});

describe("ts-fsrs conversion", () => {
  it("round-trips every field", () => {
    expect(fromFsrsCard(toFsrsCard(reviewed))).toEqual(reviewed);
    expect(fromFsrsCard(toFsrsCard(newCardState(now)))).toEqual(newCardState(now));
  });
  it("maps names to ts-fsrs's snake case and omits last_review for a new card", () => {
    const card = toFsrsCard(reviewed);
    expect(card).toMatchObject({ elapsed_days: 1, scheduled_days: 3, learning_steps: 0, state: 2 });
    expect(card.last_review?.toISOString()).toBe("2026-03-08T06:30:00.000Z");
    expect("last_review" in toFsrsCard(newCardState(now))).toBe(false);
  });
});

describe("snapshots", () => {
  it("serialise dates as ISO strings and parse back to the same state", () => {
    const snapshot = toCardStateSnapshot(reviewed);
    expect(snapshot.due).toBe("2026-03-11T06:30:00.000Z");
    expect(snapshot.lastReview).toBe("2026-03-08T06:30:00.000Z");
    expect(parseCardStateSnapshot(serializeCardState(reviewed))).toEqual(reviewed);
    expect(parseCardStateSnapshot(snapshot)).toEqual(reviewed);
    expect(parseCardStateSnapshot(serializeCardState(newCardState(now))).lastReview).toBeNull();
  });

  it.each([
    ["not JSON", "{due:", /not valid JSON/],
    ["a missing field", JSON.stringify({ ...toCardStateSnapshot(reviewed), reps: undefined }), /reps/],
    ["an unknown state", JSON.stringify({ ...toCardStateSnapshot(reviewed), state: 7 }), /state/],
    ["a bad date", JSON.stringify({ ...toCardStateSnapshot(reviewed), due: "yesterday" }), /due/],
    ["negative lapses", JSON.stringify({ ...toCardStateSnapshot(reviewed), lapses: -1 }), /lapses/],
    ["difficulty above 10", JSON.stringify({ ...toCardStateSnapshot(reviewed), difficulty: 11 }), /difficulty/],
    ["null", "null", /corrupt/],
  ])("reject %s with a clear error", (_name, input, message) => {
    expect(() => parseCardStateSnapshot(input)).toThrow(InvalidCardSnapshotError);
    expect(() => parseCardStateSnapshot(input)).toThrow(message);
  });
});

describe("isSameCardState", () => {
  it("compares dates by instant and notices any changed field", () => {
    expect(isSameCardState(reviewed, parseCardStateSnapshot(serializeCardState(reviewed)))).toBe(true);
    expect(isSameCardState(reviewed, { ...reviewed, reps: 5 })).toBe(false);
    expect(isSameCardState(reviewed, { ...reviewed, lastReview: null })).toBe(false);
    expect(isSameCardState(reviewed, { ...reviewed, due: new Date(reviewed.due.getTime() + 1) })).toBe(false);
  });
});
