import { describe, expect, it } from "vitest";
import { OFFLINE_ANSWER_MAX_AGE_DAYS, resolveAnswerTime } from "@/lib/srs/offline-answer-time";

const now = new Date("2026-03-10T12:00:00Z");

describe("resolveAnswerTime", () => {
  it("counts an offline answer at the time it was given", () => {
    const answeredAt = new Date("2026-03-09T02:30:00Z");
    expect(resolveAnswerTime(answeredAt, null, now)).toEqual({ ok: true, at: answeredAt });
  });

  it("takes a device clock ahead of the server's as now", () => {
    expect(resolveAnswerTime(new Date("2026-03-10T12:05:00Z"), null, now)).toEqual({ ok: true, at: now });
  });

  it("never places an answer before the card's last review (another device's, synced first)", () => {
    const lastReview = new Date("2026-03-09T08:00:00Z");
    expect(resolveAnswerTime(new Date("2026-03-09T07:00:00Z"), lastReview, now)).toEqual({ ok: true, at: lastReview });
  });

  it("refuses an answer older than a device may keep one", () => {
    const old = new Date(now.getTime() - (OFFLINE_ANSWER_MAX_AGE_DAYS * 86_400_000 + 1000));
    expect(resolveAnswerTime(old, null, now)).toEqual({ ok: false, reason: "too_old" });
    const justInside = new Date(now.getTime() - OFFLINE_ANSWER_MAX_AGE_DAYS * 86_400_000);
    expect(resolveAnswerTime(justInside, null, now)).toEqual({ ok: true, at: justInside });
  });

  it("is now when no time was sent (an online answer)", () => {
    expect(resolveAnswerTime(null, null, now)).toEqual({ ok: true, at: now });
  });
});
