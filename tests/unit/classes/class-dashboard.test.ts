import { describe, expect, it } from "vitest";
import {
  computeCompletionPercent,
  computeItemStats,
  computeLearnerProgress,
  mostCommonWrongAnswer,
  type DashboardLogRow,
} from "@/lib/classes/class-dashboard";
import { itemStatsToCsv, learnerProgressToCsv } from "@/lib/classes/dashboard-csv";

const now = new Date("2026-11-22T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const learners = [
  { userId: "ann", name: "Ann", email: "ann@example.test" },
  { userId: "bo", name: "Bo, Jr", email: "bo@example.test" },
];
const items = [
  { itemId: "i1", prompt: "Trade rose by?", answer: "24%", type: "choice", kind: "percent" },
  { itemId: "i2", prompt: "Who visited?", answer: "Mishustin", type: "typed", kind: "person" },
  { itemId: "i3", prompt: "When?", answer: "2024", type: "cloze", kind: "date" },
];

let seq = 0;
const log = (userId: string, itemId: string, rating: number, at: Date, response: string | null = null, extra: Partial<DashboardLogRow> = {}): DashboardLogRow => ({
  id: `l${++seq}`,
  userId,
  itemId,
  event: "review",
  undoesId: null,
  rating,
  correct: rating > 1,
  response,
  reviewedAt: at,
  ...extra,
});

describe("computeCompletionPercent", () => {
  it("rounds down so 100% means all seen, and is 0 for an empty deck", () => {
    expect(computeCompletionPercent(199, 200)).toBe(99);
    expect(computeCompletionPercent(200, 200)).toBe(100);
    expect(computeCompletionPercent(1, 3)).toBe(33);
    expect(computeCompletionPercent(0, 0)).toBe(0);
  });
});

describe("computeLearnerProgress", () => {
  const cards = [
    { userId: "ann", itemId: "i1", due: daysAgo(2), reps: 3 },
    { userId: "ann", itemId: "i2", due: daysAgo(-3), reps: 1 },
    // an item outside the class's decks: private to Ann, never counted
    { userId: "ann", itemId: "other", due: daysAgo(9), reps: 4 },
    // undone first answer: the card exists but nothing was seen
    { userId: "bo", itemId: "i1", due: daysAgo(1), reps: 0 },
  ];
  const logs = [
    log("ann", "i1", 3, daysAgo(40)), // outside the 30-day window
    log("ann", "i1", 1, daysAgo(10), "12%"),
    log("ann", "i1", 3, daysAgo(5)),
    log("ann", "i2", 4, daysAgo(1)),
    log("ann", "other", 1, daysAgo(0.5)),
    log("bo", "i1", 3, daysAgo(3), null, { id: "bo-review" }),
    log("bo", "i1", 0, daysAgo(3), null, { event: "undo", undoesId: "bo-review", correct: null }),
  ];

  it("counts seen, overdue, 30-day retention and last activity from known rows", () => {
    const [ann, bo] = computeLearnerProgress(learners, items, cards, logs, now);
    expect(ann).toMatchObject({
      userId: "ann",
      itemsSeen: 2,
      itemsTotal: 3,
      completionPercent: 66,
      reviewsLast30Days: 3,
      overdueCards: 1,
      lastActiveAt: daysAgo(1),
    });
    expect(ann!.retention).toBeCloseTo(2 / 3);
    expect(bo).toMatchObject({ itemsSeen: 0, retention: null, reviewsLast30Days: 0, overdueCards: 0, lastActiveAt: daysAgo(3) });
  });

  it("gives a learner with no answers empty figures, not zero retention", () => {
    const [ann] = computeLearnerProgress(learners.slice(0, 1), items, [], [], now);
    expect(ann).toMatchObject({ itemsSeen: 0, completionPercent: 0, retention: null, lastActiveAt: null });
  });
});

describe("computeItemStats", () => {
  const logs = [
    log("ann", "i1", 1, daysAgo(3), "12%"),
    log("bo", "i1", 1, daysAgo(3), " 12% "),
    log("cy", "i1", 1, daysAgo(2), "50%"),
    log("dee", "i1", 3, daysAgo(2), "24%"),
    log("ann", "i2", 3, daysAgo(1), "Mishustin"),
    log("bo", "i2", 1, daysAgo(1), "Putin", { id: "undone" }),
    log("bo", "i2", 0, daysAgo(1), null, { event: "undo", undoesId: "undone", correct: null }),
  ];

  it("counts attempts, share right and the commonest wrong answer, flagging what most miss", () => {
    const [i1, i2, i3] = computeItemStats(items, logs);
    expect(i1).toMatchObject({ attempts: 4, correct: 1, shareCorrect: 0.25, commonWrongAnswer: "12%", commonWrongCount: 2, flagged: true });
    expect(i2).toMatchObject({ attempts: 1, correct: 1, shareCorrect: 1, commonWrongAnswer: null, flagged: false });
    expect(i3).toMatchObject({ attempts: 0, shareCorrect: null, flagged: false });
  });

  it("does not flag an item with fewer than three answers, however badly they went", () => {
    const [i1] = computeItemStats(items, [log("ann", "i1", 1, now, "x"), log("bo", "i1", 1, now, "y")]);
    expect(i1!.flagged).toBe(false);
  });

  it("breaks a tie between wrong answers in favour of the one given first", () => {
    expect(mostCommonWrongAnswer([{ correct: false, response: "b" }, { correct: false, response: "a" }, { correct: true, response: "c" }])).toEqual({
      answer: "b",
      count: 1,
    });
  });
});

describe("dashboard CSV", () => {
  it("writes one row per learner and per item, escaping names", () => {
    const progress = computeLearnerProgress(learners, items, [], [], now);
    const csv = learnerProgressToCsv(progress).split("\r\n");
    expect(csv[0]).toBe("name,email,items_seen,items_total,completion_percent,retention_percent_30d,reviews_30d,overdue_cards,last_active");
    expect(csv[2]).toBe('"Bo, Jr",bo@example.test,0,3,0,,0,0,');
    const itemCsv = itemStatsToCsv(computeItemStats(items, [log("ann", "i1", 1, now, "=1+1")])).split("\r\n");
    expect(itemCsv[1]).toBe("Trade rose by?,24%,choice,percent,1,0,0,'=1+1,1,no");
  });
});
