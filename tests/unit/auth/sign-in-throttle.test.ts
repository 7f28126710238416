import { describe, expect, it } from "vitest";
import { ACCOUNT_ADDRESS_RULE, delayMsAfter, describeWait, getLockRemainingMs, recordFailure } from "@/lib/auth/sign-in-throttle";

const t0 = new Date("2026-11-22T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const rule = ACCOUNT_ADDRESS_RULE; // 5 free, then 30 s doubling up to 15 minutes, 1-hour window

describe("recordFailure", () => {
  it("starts a window at the first failure", () => {
    expect(recordFailure(null, rule, t0)).toEqual({ failures: 1, windowStart: t0, lockedUntil: null });
  });

  it("starts a short delay at the fifth failure inside one window", () => {
    let counter = recordFailure(null, rule, t0);
    for (let i = 1; i < 4; i++) counter = recordFailure(counter, rule, at(i));
    expect(counter.lockedUntil).toBeNull();
    counter = recordFailure(counter, rule, at(4));
    expect(counter).toEqual({ failures: 5, windowStart: t0, lockedUntil: new Date(at(4).getTime() + 30_000) });
  });

  it("starts over once the window has passed", () => {
    const old = { failures: 4, windowStart: t0, lockedUntil: null };
    expect(recordFailure(old, rule, at(60))).toEqual({ failures: 1, windowStart: at(60), lockedUntil: null });
  });
});

describe("delayMsAfter", () => {
  it("doubles with each failure past the limit and stops at the ceiling, never a fixed lockout", () => {
    expect([4, 5, 6, 7, 8].map((n) => delayMsAfter(n, rule))).toEqual([0, 30_000, 60_000, 120_000, 240_000]);
    expect(delayMsAfter(10, rule)).toBe(15 * 60_000);
    expect(delayMsAfter(10_000, rule)).toBe(15 * 60_000);
  });
});

describe("getLockRemainingMs", () => {
  it("is zero without a lock and after it ends", () => {
    expect(getLockRemainingMs(null, t0)).toBe(0);
    expect(getLockRemainingMs({ failures: 5, windowStart: t0, lockedUntil: at(15) }, at(15))).toBe(0);
  });

  it("counts down while locked", () => {
    expect(getLockRemainingMs({ failures: 5, windowStart: t0, lockedUntil: at(15) }, at(10))).toBe(5 * 60_000);
  });
});

describe("describeWait", () => {
  it("says seconds for short waits and rounds longer ones up to whole minutes", () => {
    expect(describeWait(10_000)).toBe("a few seconds");
    expect(describeWait(30_000)).toBe("a minute");
    expect(describeWait(14 * 60_000 + 1)).toBe("15 minutes");
  });
});
