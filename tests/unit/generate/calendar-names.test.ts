import { describe, expect, it } from "vitest";
import { MONTHS, MONTH_PREFIX_SOURCE, MONTH_SHORT_SOURCE, MONTH_SOURCE, WEEKDAYS, WEEKDAY_SOURCE, monthIndex } from "@/lib/generate/calendar-names";

describe("calendar names: the one source of month and weekday names", () => {
  it("indexes as Date does: months from January, weekdays from Sunday", () => {
    const d = new Date(Date.UTC(2026, 10, 30));
    expect(MONTHS[d.getUTCMonth()]).toBe("November");
    expect(WEEKDAYS[d.getUTCDay()]).toBe("Monday");
  });

  it("writes the short forms newspapers use, Sept with Sep and no short May", () => {
    expect(MONTH_SHORT_SOURCE).toBe("Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec");
    expect(MONTH_PREFIX_SOURCE).toBe("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec");
    const whole = new RegExp(`^(?:${MONTH_SOURCE})$`);
    expect(["March", "Sept", "Sep", "Dec", "May"].every((m) => whole.test(m))).toBe(true);
    expect(whole.test("Ma")).toBe(false);
    expect(new RegExp(`^(?:${WEEKDAY_SOURCE})$`).test("Thursday")).toBe(true);
  });

  it("reads a month's index from its name or short form", () => {
    expect(monthIndex("Sept.")).toBe(8);
    expect(monthIndex("march")).toBe(2);
    expect(monthIndex("Ma")).toBeNull();
    expect(monthIndex("Mayday")).toBeNull();
  });
});
