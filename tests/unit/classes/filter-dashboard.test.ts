import { describe, expect, it } from "vitest";
import { DashboardQuerySchema, filterDashboardItems, filterDashboardLearners, findLearnersBehind } from "@/lib/classes/filter-dashboard";
import { paginate } from "@/lib/classes/paginate";

const query = (q: Record<string, string>) => DashboardQuerySchema.parse(q);
const learner = (i: number) => ({
  userId: `u${i}`,
  name: i === 3 ? "Đặng Thị Hồng" : `Learner ${i}`,
  email: `learner${i}@school.test`,
  itemsSeen: i % 4 === 0 ? 0 : 5,
  overdueCards: i % 5 === 0 ? 2 : 0,
});
const learners = Array.from({ length: 60 }, (_, i) => learner(i));
const item = (i: number) => ({ prompt: `Question ${i}`, answer: i === 8 ? "Hà Nội" : `${i}`, kind: i % 2 ? "count" : "place", attempts: i % 3 ? 4 : 0, flagged: i === 10 || i === 20 });
const items = Array.from({ length: 40 }, (_, i) => item(i));

describe("paginate", () => {
  it("pages 25 at a time, a page past the end shows the last and an empty list has one empty page", () => {
    expect(paginate(learners, 1, 25)).toMatchObject({ total: 60, page: 1, pages: 3 });
    const last = paginate(learners, 9, 25);
    expect({ page: last.page, first: last.items[0]?.userId, count: last.items.length }).toEqual({ page: 3, first: "u50", count: 10 });
    expect(paginate([], 4, 25)).toEqual({ items: [], total: 0, page: 1, pages: 1 });
  });
});

describe("filterDashboardLearners", () => {
  const none = new Set<string>();
  it("searches every word in the name or email, accents and case ignored, and pages what matches", () => {
    expect(filterDashboardLearners(learners, none, query({ lq: "dang HONG" })).items.map((l) => l.userId)).toEqual(["u3"]);
    expect(filterDashboardLearners(learners, none, query({ lq: "learner41@school" })).items.map((l) => l.userId)).toEqual(["u41"]);
    const page2 = filterDashboardLearners(learners, none, query({ lq: "school.test", lpage: "2" }));
    expect({ total: page2.total, page: page2.page, first: page2.items[0]?.userId }).toEqual({ total: 60, page: 2, first: "u25" });
  });

  it("keeps only those behind, with overdue reviews or not started", () => {
    const behind = findLearnersBehind([
      { learners: [{ userId: "u1", status: "overdue" }, { userId: "u2", status: "done" }] },
      { learners: [{ userId: "u7", status: "overdue" }, { userId: "u1", status: "open" }] },
    ] as never);
    expect([...behind].sort()).toEqual(["u1", "u7"]);
    expect(filterDashboardLearners(learners, behind, query({ lshow: "behind" })).items.map((l) => l.userId)).toEqual(["u1", "u7"]);
    expect(filterDashboardLearners(learners, none, query({ lshow: "overdue" })).total).toBe(12);
    expect(filterDashboardLearners(learners, none, query({ lshow: "not-started", lq: "learner2" })).items.map((l) => l.userId)).toEqual(["u20", "u24", "u28"]);
  });
});

describe("filterDashboardItems", () => {
  it("searches prompt and answer, filters by kind and answered/flagged, in the order given", () => {
    expect(filterDashboardItems(items, query({ iq: "ha noi" })).items.map((i) => i.prompt)).toEqual(["Question 8"]);
    expect(filterDashboardItems(items, query({ ishow: "flagged" })).items.map((i) => i.prompt)).toEqual(["Question 10", "Question 20"]);
    expect(filterDashboardItems(items, query({ ikind: "count", ishow: "unanswered" })).items.map((i) => i.prompt)).toEqual(
      ["Question 3", "Question 9", "Question 15", "Question 21", "Question 27", "Question 33", "Question 39"],
    );
    expect(filterDashboardItems(items, query({ ishow: "answered", ipage: "2" }))).toMatchObject({ total: 26, page: 2, pages: 2 });
  });

  it("reads a tampered URL as no filter rather than failing", () => {
    expect(query({ lshow: "asleep", ikind: "colour", ishow: "x", lpage: "-2", ipage: "abc", lq: "  ada " })).toEqual({
      lq: "ada", lshow: "", lpage: 1, iq: "", ikind: "", ishow: "", ipage: 1,
    });
  });
});
