import { describe, expect, it } from "vitest";
import { endOfDayIso, formatDay, formatLastActive, formatShare, toDayInput } from "@/lib/classes/format";

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

  it("stores a chosen due day as its end in UTC and shows it back as the same day", () => {
    const iso = endOfDayIso("2026-11-29")!;
    expect(iso).toBe("2026-11-29T23:59:59.000Z");
    expect(formatDay(new Date(iso))).toBe("29 Nov 2026");
    expect(toDayInput(new Date(iso))).toBe("2026-11-29");
    expect(endOfDayIso("")).toBeNull();
    expect(endOfDayIso("2026-13-45")).toBeNull();
  });
});
