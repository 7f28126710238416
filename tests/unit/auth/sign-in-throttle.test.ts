import { describe, expect, it } from "vitest";
import { ACCOUNT_RULE, describeWait, getLockRemainingMs, recordFailure } from "@/lib/auth/sign-in-throttle";

const t0 = new Date("2026-11-22T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("recordFailure", () => {
  it("starts a window at the first failure", () => {
    expect(recordFailure(null, ACCOUNT_RULE, t0)).toEqual({ failures: 1, windowStart: t0, lockedUntil: null });
  });

  it("locks at the fifth failure inside one window, for fifteen minutes", () => {
    let counter = recordFailure(null, ACCOUNT_RULE, t0);
    for (let i = 1; i < 4; i++) counter = recordFailure(counter, ACCOUNT_RULE, at(i));
    expect(counter.lockedUntil).toBeNull();
    counter = recordFailure(counter, ACCOUNT_RULE, at(4));
    expect(counter).toEqual({ failures: 5, windowStart: t0, lockedUntil: at(19) });
  });

  it("starts over once the window has passed", () => {
    const old = { failures: 4, windowStart: t0, lockedUntil: null };
    expect(recordFailure(old, ACCOUNT_RULE, at(15))).toEqual({ failures: 1, windowStart: at(15), lockedUntil: null });
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
  it("rounds up to whole minutes", () => {
    expect(describeWait(30_000)).toBe("a minute");
    expect(describeWait(14 * 60_000 + 1)).toBe("15 minutes");
  });
});
