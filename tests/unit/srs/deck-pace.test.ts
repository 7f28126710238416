import { describe, expect, it } from "vitest";
import { deckPace, describeInfeasibleAssignment, MAX_SENSIBLE_NEW_PER_DAY, pacingDueAt } from "@/lib/srs/deck-pace";
import { endOfLocalDay } from "@/lib/classes/format";

const zone = "Europe/Paris";
const at = (iso: string) => new Date(iso);
const due = (day: string) => endOfLocalDay(day, zone)!;

describe("deckPace", () => {
  it("spreads a 143-item deck due in 5 days over the 5 study days left, today included", () => {
    // Monday 10:00 in Paris; due at the end of Friday.
    const pace = deckPace({ unseen: 143, introducedToday: 0, dueAt: due("2026-12-04"), now: at("2026-11-30T09:00:00Z"), timeZone: zone });
    expect(pace).toEqual({ perDay: 29, newToday: 29, studyDaysLeft: 5, feasible: true });
  });

  it("keeps the day's figure as cards are introduced: 20 met today leave 9 of today's 29", () => {
    const pace = deckPace({ unseen: 123, introducedToday: 20, dueAt: due("2026-12-04"), now: at("2026-11-30T15:00:00Z"), timeZone: zone });
    expect(pace).toMatchObject({ perDay: 29, newToday: 9 });
  });

  it("asks for 33 today of 99 items due in 3 days, more than the default 20", () => {
    expect(deckPace({ unseen: 99, introducedToday: 0, dueAt: due("2026-12-02"), now: at("2026-11-30T09:00:00Z"), timeZone: zone }).newToday).toBe(33);
  });

  it("counts study days from 4 a.m.: at 2 a.m. it is still yesterday's study day", () => {
    // 02:00 Tuesday in Paris is Monday's study day: Monday to Wednesday is 3 days.
    const pace = deckPace({ unseen: 30, introducedToday: 0, dueAt: due("2026-12-02"), now: at("2026-12-01T01:00:00Z"), timeZone: zone });
    expect(pace.studyDaysLeft).toBe(3);
  });

  it("puts everything left in today once the due date has passed, and says it cannot be done sensibly when that is too much", () => {
    const late = deckPace({ unseen: 80, introducedToday: 5, dueAt: due("2026-11-29"), now: at("2026-11-30T09:00:00Z"), timeZone: zone });
    expect(late).toEqual({ perDay: 85, newToday: 80, studyDaysLeft: 1, feasible: false });
  });

  it("is feasible up to the limit and not past it", () => {
    const now = at("2026-11-30T09:00:00Z");
    expect(deckPace({ unseen: MAX_SENSIBLE_NEW_PER_DAY, introducedToday: 0, dueAt: due("2026-11-30"), now, timeZone: zone }).feasible).toBe(true);
    expect(deckPace({ unseen: MAX_SENSIBLE_NEW_PER_DAY + 1, introducedToday: 0, dueAt: due("2026-11-30"), now, timeZone: zone }).feasible).toBe(false);
  });

  it("needs nothing more once every item is seen", () => {
    expect(deckPace({ unseen: 0, introducedToday: 12, dueAt: due("2026-12-04"), now: at("2026-11-30T09:00:00Z"), timeZone: zone })).toMatchObject({ newToday: 0 });
  });
});

describe("pacingDueAt", () => {
  const now = at("2026-11-30T09:00:00Z");
  it("takes the soonest due date still ahead, else the latest passed, else none", () => {
    expect(pacingDueAt([null, due("2026-12-09"), due("2026-12-02"), due("2026-11-20")], now)).toEqual(due("2026-12-02"));
    expect(pacingDueAt([due("2026-11-20"), due("2026-11-25")], now)).toEqual(due("2026-11-25"));
    expect(pacingDueAt([null], now)).toBeNull();
    expect(pacingDueAt([], now)).toBeNull();
  });
});

describe("describeInfeasibleAssignment", () => {
  const now = at("2026-11-30T09:00:00Z");
  it("warns when a learner starting today would need more than a sensible number of new cards a day", () => {
    expect(describeInfeasibleAssignment({ deckItems: 143, dueAt: due("2026-12-01"), now, timeZone: zone })).toBe(
      "143 items in 2 days: a learner starting today needs 72 new cards a day, more than the 60 anyone learns well. Consider a later due date.",
    );
  });
  it("says nothing for a feasible deck or one without a due date", () => {
    expect(describeInfeasibleAssignment({ deckItems: 143, dueAt: due("2026-12-04"), now, timeZone: zone })).toBeNull();
    expect(describeInfeasibleAssignment({ deckItems: 999, dueAt: null, now, timeZone: zone })).toBeNull();
  });
});
