import { describe, expect, it } from "vitest";
import { endOfLocalDay, formatDay, formatLastActive, formatShare, toDayInput } from "@/lib/classes/format";

const now = new Date("2026-11-22T12:00:00Z");

describe("dashboard formatting", () => {
  it("shows shares as whole percentages and nothing as a dash, not 0%", () => {
    expect(formatShare(2 / 3)).toBe("67%");
    expect(formatShare(0)).toBe("0%");
    expect(formatShare(null)).toBe("–");
  });

  it("says how long ago a learner was active", () => {
    expect(formatLastActive(null, now)).toBe("never");
    expect(formatLastActive(new Date("2026-11-22T01:00:00Z"), now)).toBe("today");
    expect(formatLastActive(new Date("2026-11-21T01:00:00Z"), now)).toBe("yesterday");
    expect(formatLastActive(new Date("2026-11-17T12:00:00Z"), now)).toBe("5 days ago");
  });

  it("ends a chosen due day at midnight on the instructor's clock and shows it back as the same day there", () => {
    const newYork = endOfLocalDay("2026-11-29", "America/New_York")!;
    expect(newYork.toISOString()).toBe("2026-11-30T04:59:59.999Z");
    expect(formatDay(newYork, "America/New_York")).toBe("29 Nov 2026");
    expect(toDayInput(newYork, "America/New_York")).toBe("2026-11-29");
    const hanoi = endOfLocalDay("2026-11-29", "Asia/Ho_Chi_Minh")!;
    expect(hanoi.toISOString()).toBe("2026-11-29T16:59:59.999Z");
    // A learner in Hanoi sees a New York deadline on the day it falls for them.
    expect(formatDay(newYork, "Asia/Ho_Chi_Minh")).toBe("30 Nov 2026");
  });

  it("ends a day correctly across a DST change and refuses an invalid day", () => {
    // Clocks go back on 1 Nov 2026 in New York: that day has 25 hours.
    expect(endOfLocalDay("2026-11-01", "America/New_York")!.toISOString()).toBe("2026-11-02T04:59:59.999Z");
    expect(endOfLocalDay("2026-10-31", "America/New_York")!.toISOString()).toBe("2026-11-01T03:59:59.999Z");
    expect(endOfLocalDay("", "UTC")).toBeNull();
    expect(endOfLocalDay("2026-13-45", "UTC")).toBeNull();
    expect(endOfLocalDay("2026-02-30", "UTC")).toBeNull();
  });
});
