import { describe, expect, it } from "vitest";
import { computeAssignmentCompletion } from "@/lib/classes/assignment-completion";
import { assignmentCompletionToCsv } from "@/lib/classes/dashboard-csv";

const now = new Date("2026-11-22T10:00:00Z");
const learners = [
  { userId: "a", name: "Ana", email: "ana@example.test" },
  { userId: "b", name: "Ben", email: "ben@example.test" },
];
const assignments = [
  { deckId: "d1", deckTitle: "Week 1", dueAt: new Date("2026-11-20T23:59:59Z"), itemIds: ["i1", "i2", "i3"] },
  { deckId: "d2", deckTitle: "Week 2", dueAt: new Date("2026-11-30T23:59:59Z"), itemIds: ["i3", "i4"] },
];
const cards = [
  { userId: "a", itemId: "i1", reps: 1 },
  { userId: "a", itemId: "i2", reps: 2 },
  { userId: "a", itemId: "i3", reps: 1 },
  { userId: "b", itemId: "i1", reps: 1 },
  // an undone first answer: not seen
  { userId: "b", itemId: "i3", reps: 0 },
];

describe("computeAssignmentCompletion", () => {
  it("counts each learner against each deck's due date: done, overdue once the date passed, open before", () => {
    const [week1, week2] = computeAssignmentCompletion(assignments, learners, cards, now);
    expect(week1).toMatchObject({ learnersDone: 1, learnersOverdue: 1, averagePercent: 66 });
    expect(week1!.learners.map((l) => [l.name, l.itemsSeen, l.completionPercent, l.status])).toEqual([
      ["Ana", 3, 100, "done"],
      ["Ben", 1, 33, "overdue"],
    ]);
    expect(week2!.learners.map((l) => [l.name, l.itemsSeen, l.status])).toEqual([
      ["Ana", 1, "open"],
      ["Ben", 0, "open"],
    ]);
  });

  it("writes one CSV row per deck and learner, the deck named", () => {
    const csv = assignmentCompletionToCsv(computeAssignmentCompletion(assignments, learners, cards, now));
    expect(csv.split("\r\n").slice(0, 3)).toEqual([
      "deck,due_at,name,email,items_seen,items_total,completion_percent,status",
      "Week 1,2026-11-20T23:59:59.000Z,Ana,ana@example.test,3,3,100,done",
      "Week 1,2026-11-20T23:59:59.000Z,Ben,ben@example.test,1,3,33,overdue",
    ]);
  });
});
