import { describe, expect, it } from "vitest";
import { State } from "@/lib/srs/card-state";
import { getStudyQueue, type QueueCard } from "@/lib/srs/get-study-queue";
import { parseSchedulerSettings } from "@/lib/srs/scheduler-settings";

// 06:30 UTC is 01:30 in New York: the study day (7 March) ends at 08:00 UTC.
const now = new Date("2026-03-08T06:30:00Z");
const settings = parseSchedulerSettings({ timeZone: "America/New_York", newCardsPerDay: 3 });
const at = (iso: string) => new Date(iso);
const card = (cardId: string, state: State, due: string): QueueCard => ({ cardId, itemId: `item-${cardId}`, state, due: at(due) });

const cards: QueueCard[] = [
  card("rev-late", State.Review, "2026-03-01T10:00:00Z"),
  card("rev-today", State.Review, "2026-03-08T07:30:00Z"), // after now, before the study day ends
  card("rev-tomorrow", State.Review, "2026-03-08T09:00:00Z"), // next study day
  card("learn-2", State.Learning, "2026-03-08T06:29:00Z"),
  card("relearn-1", State.Relearning, "2026-03-08T06:00:00Z"),
  card("learn-soon", State.Learning, "2026-03-08T06:40:00Z"), // within the 20 min learn-ahead
  card("learn-later", State.Learning, "2026-03-08T07:30:00Z"),
  card("rev-early", State.Review, "2026-03-05T10:00:00Z"),
];

describe("getStudyQueue", () => {
  it("orders learning, then reviews by due, then new, then learn-ahead", () => {
    const queue = getStudyQueue({ cards, newItemIds: ["n1", "n2", "n3", "n4"], introducedToday: 1, now, settings });
    expect(queue.mode).toBe("due");
    expect(queue.entries.map((e) => e.cardId ?? e.itemId)).toEqual([
      "relearn-1",
      "learn-2",
      "rev-late",
      "rev-early",
      "rev-today",
      "n1",
      "n2",
      "learn-soon",
    ]);
    expect(queue.waitingLearning).toBe(1);
    expect(queue.entries.find((e) => e.itemId === "n1")).toEqual({ kind: "new", cardId: null, itemId: "n1", due: null });
  });

  it("introduces no new items once today's allowance is used, and never a negative count", () => {
    for (const introducedToday of [3, 10]) {
      const queue = getStudyQueue({ cards: [], newItemIds: ["n1"], introducedToday, now, settings });
      expect(queue.entries).toEqual([]);
    }
  });

  it("introduces what a due date needs today past the daily limit, and the limit's worth when that is more", () => {
    const newItemIds = ["n1", "n2", "n3", "n4", "n5", "n6"];
    const paced = getStudyQueue({ cards: [], newItemIds, introducedToday: 3, minNewToday: 5, now, settings });
    expect(paced.entries.map((e) => e.itemId)).toEqual(["n1", "n2", "n3", "n4", "n5"]);
    const slow = getStudyQueue({ cards: [], newItemIds, introducedToday: 0, minNewToday: 1, now, settings });
    expect(slow.entries).toHaveLength(3);
  });

  it("puts never-answered card rows before items without a card, and skips items listed twice", () => {
    const unseen = card("fresh", State.New, "2026-03-01T00:00:00Z");
    const queue = getStudyQueue({ cards: [unseen], newItemIds: ["item-fresh", "n1"], introducedToday: 0, now, settings });
    expect(queue.entries.map((e) => [e.kind, e.cardId, e.itemId])).toEqual([
      ["new", "fresh", "item-fresh"],
      ["new", null, "n1"],
    ]);
  });

  it("uses the learner's study day: the same instant is 'today' in one zone and 'tomorrow' in another", () => {
    const review = [card("r", State.Review, "2026-03-08T09:00:00Z")];
    const ny = getStudyQueue({ cards: review, newItemIds: [], introducedToday: 0, now, settings });
    const hcm = getStudyQueue({ cards: review, newItemIds: [], introducedToday: 0, now, settings: { ...settings, timeZone: "Asia/Ho_Chi_Minh" } });
    expect(ny.entries).toEqual([]);
    expect(hcm.entries.map((e) => e.cardId)).toEqual(["r"]); // 13:30 local, due 16:00 the same study day
  });

  it("ignores studyMore while anything is due", () => {
    const queue = getStudyQueue({ cards, newItemIds: [], introducedToday: 3, now, settings, studyMore: { aheadDays: 7, extraNew: 5 } });
    expect(queue.mode).toBe("due");
  });

  it("offers reviews ahead of schedule and extra new items when nothing is due", () => {
    const later = [card("in-3-days", State.Review, "2026-03-11T12:00:00Z"), card("in-1-day", State.Review, "2026-03-09T12:00:00Z"), card("in-30-days", State.Review, "2026-04-07T12:00:00Z")];
    const queue = getStudyQueue({ cards: later, newItemIds: ["n1", "n2", "n3", "n4", "n5"], introducedToday: 3, now, settings, studyMore: { aheadDays: 7, extraNew: 2 } });
    expect(queue.mode).toBe("study-more");
    expect(queue.entries.map((e) => e.cardId ?? e.itemId)).toEqual(["in-1-day", "in-3-days", "n1", "n2"]);
  });

  it("returns an empty due queue without studyMore", () => {
    expect(getStudyQueue({ cards: [], newItemIds: [], introducedToday: 0, now, settings })).toEqual({ mode: "due", entries: [], waitingLearning: 0 });
  });
});
