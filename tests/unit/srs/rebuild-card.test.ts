import { describe, expect, it } from "vitest";
import { newCardState, State } from "@/lib/srs/card-state";
import { getEffectiveReviews } from "@/lib/srs/get-effective-reviews";
import { Rating } from "@/lib/srs/rating";
import { rebuildCard, UnknownUndoTargetError } from "@/lib/srs/rebuild-card";
import { parseReviewEvent, InvalidReviewLogError, sortReviewEvents } from "@/lib/srs/review-event";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";
import { serializeCardState } from "@/lib/srs/card-state";
import { StaleUndoError, undoReview } from "@/lib/srs/undo-review";
import { recordHistory, type Step } from "./review-history";

const t0 = new Date("2026-03-08T06:30:00Z");
const settings = parseSchedulerSettings({});
const after = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const DAY = 24 * 60;

const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe("rebuildCard", () => {
  it("returns the initial card for an empty log", () => {
    expect(rebuildCard(newCardState(t0), [], settings)).toEqual(newCardState(t0));
  });

  it("replays a long history with steps, lapses and fuzz to exactly the stored state", () => {
    const steps: Step[] = [];
    let minute = 0;
    const pattern = [Rating.Good, Rating.Good, Rating.Good, Rating.Hard, Rating.Again, Rating.Good, Rating.Easy, Rating.Good, Rating.Again, Rating.Again, Rating.Good, Rating.Good];
    pattern.forEach((rating, i) => {
      steps.push({ rating, at: after(minute) });
      minute += i < 2 ? 10 : (i % 3) * DAY + 30;
    });
    const { card, events, initial } = recordHistory(t0, steps, settings);
    expect(card.lapses).toBe(2); // the second Again in a row falls in relearning: not a new lapse
    expect(rebuildCard(initial, events, settings, "card-1")).toEqual(card);
  });

  it("honours an undo: the state before the undone review comes back", () => {
    const { card, events, initial } = recordHistory(
      t0,
      [{ rating: Rating.Good, at: after(0) }, { rating: Rating.Again, at: after(10) }, { undo: "e1", at: after(11) }],
      settings,
    );
    expect(card).toEqual(events[0]?.stateAfter);
    expect(rebuildCard(initial, events, settings, "card-1")).toEqual(card);
  });

  it("honours an undo of an undo (redo) and an undo of that", () => {
    const base: Step[] = [{ rating: Rating.Good, at: after(0) }, { rating: Rating.Good, at: after(10) }, { undo: "e1", at: after(11) }, { undo: "e2", at: after(12) }];
    const redone = recordHistory(t0, base, settings);
    expect(redone.card).toEqual(redone.events[1]?.stateAfter);
    expect(rebuildCard(redone.initial, redone.events, settings, "card-1")).toEqual(redone.card);
    expect(ids(getEffectiveReviews(redone.events))).toEqual(["e0", "e1"]);

    const undoneAgain = recordHistory(t0, [...base, { undo: "e3", at: after(13) }], settings);
    expect(undoneAgain.card).toEqual(undoneAgain.events[0]?.stateAfter);
    expect(rebuildCard(undoneAgain.initial, undoneAgain.events, settings, "card-1")).toEqual(undoneAgain.card);
    expect(ids(getEffectiveReviews(undoneAgain.events))).toEqual(["e0"]);
  });

  it("continues correctly after an undo and a new answer", () => {
    const { card, events, initial } = recordHistory(
      t0,
      [{ rating: Rating.Good, at: after(0) }, { rating: Rating.Again, at: after(10) }, { undo: "e1", at: after(10.5) }, { rating: Rating.Good, at: after(11) }],
      settings,
    );
    expect(card.state).toBe(State.Review);
    expect(rebuildCard(initial, events, settings, "card-1")).toEqual(card);
  });

  it("sorts events by time, whatever order the rows arrive in", () => {
    const { card, events, initial } = recordHistory(t0, [{ rating: Rating.Good, at: after(0) }, { rating: Rating.Good, at: after(10) }, { rating: Rating.Good, at: after(3 * DAY) }], settings);
    expect(rebuildCard(initial, [...events].reverse(), settings, "card-1")).toEqual(card);
  });

  it("refuses an undo of an event it has not seen", () => {
    const { events, initial } = recordHistory(t0, [{ rating: Rating.Good, at: after(0) }], settings);
    const orphan = { id: "u", event: "undo" as const, rating: 0 as const, reviewedAt: after(1), undoesId: "missing" };
    expect(() => rebuildCard(initial, [...events, orphan], settings)).toThrow(UnknownUndoTargetError);
  });
});

describe("undoReview", () => {
  it("refuses to undo a review that a later answer already built on (stale state)", () => {
    const { card, events } = recordHistory(t0, [{ rating: Rating.Good, at: after(0) }, { rating: Rating.Good, at: after(10) }], settings);
    const first = events[0];
    if (!first) throw new Error("missing");
    expect(() => undoReview(card, first)).toThrow(StaleUndoError);
    expect(() => undoReview(card, first)).toThrow(/Undo the later answer first/);
  });
});

describe("getEffectiveReviews", () => {
  it("is empty for an empty log and drops undo rows themselves", () => {
    expect(getEffectiveReviews([])).toEqual([]);
    const { events } = recordHistory(t0, [{ rating: Rating.Good, at: after(0) }, { undo: "e0", at: after(1) }], settings);
    expect(getEffectiveReviews(events)).toEqual([]);
  });
  it("survives a corrupt cycle of undos", () => {
    const a = { id: "a", event: "undo" as const, undoesId: "b", reviewedAt: t0 };
    const b = { id: "b", event: "undo" as const, undoesId: "a", reviewedAt: t0 };
    expect(getEffectiveReviews([a, b])).toEqual([]);
  });
});

describe("parseReviewEvent", () => {
  const row = {
    id: "r1",
    cardId: "c1",
    event: "review",
    rating: 3,
    correct: true,
    stateBefore: serializeCardState(newCardState(t0)),
    stateAfter: serializeCardState(newCardState(t0)),
    reviewedAt: t0,
    undoesId: null,
  };
  it("parses a stored row with its snapshots", () => {
    const event = parseReviewEvent(row);
    expect(event.stateBefore).toEqual(newCardState(t0));
    expect(event.rating).toBe(3);
  });
  it.each([
    ["a review with rating 0", { rating: 0 }],
    ["an undo without target", { event: "undo", rating: 0, undoesId: null }],
    ["an unknown event", { event: "redo" }],
    ["a corrupt snapshot", { stateAfter: "{}" }],
  ])("rejects %s naming the row", (_name, patch) => {
    expect(() => parseReviewEvent({ ...row, ...patch })).toThrow(InvalidReviewLogError);
    expect(() => parseReviewEvent({ ...row, ...patch })).toThrow(/r1/);
  });
  it("keeps insertion order for simultaneous rows", () => {
    const x = { id: "x", reviewedAt: t0 };
    const y = { id: "y", reviewedAt: t0 };
    expect(ids(sortReviewEvents([y, x]))).toEqual(["y", "x"]);
  });
});
