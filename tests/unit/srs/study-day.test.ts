import { describe, expect, it } from "vitest";
import {
  assertTimeZone,
  endOfStudyDay,
  InvalidTimeZoneError,
  shiftStudyDayKey,
  startOfStudyDayKey,
  studyDayKey,
  studyDaysBetween,
  studyDayStart,
  timeZoneOffsetMinutes,
} from "@/lib/srs/study-day";

const at = (iso: string) => new Date(iso);
const hours = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 3_600_000;

describe("studyDayKey", () => {
  it("counts the small hours as the previous day", () => {
    // 01:30 EST on 8 March: still the study day of 7 March
    expect(studyDayKey(at("2026-03-08T06:30:00Z"), "America/New_York")).toBe("2026-03-07");
    // 04:00 EDT exactly starts the new day
    expect(studyDayKey(at("2026-03-08T08:00:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(studyDayKey(at("2026-03-08T07:59:59Z"), "America/New_York")).toBe("2026-03-07");
  });
  it("uses the learner's zone, not UTC", () => {
    const instant = at("2026-11-22T20:00:00Z"); // 03:00 on the 23rd in Ho Chi Minh City, 09:00 on the 23rd in Auckland
    expect(studyDayKey(instant, "UTC")).toBe("2026-11-22");
    expect(studyDayKey(instant, "Asia/Ho_Chi_Minh")).toBe("2026-11-22");
    expect(studyDayKey(instant, "Pacific/Auckland")).toBe("2026-11-23");
  });
  it("crosses month and year ends", () => {
    expect(studyDayKey(at("2027-01-01T03:59:00Z"), "UTC")).toBe("2026-12-31");
    expect(shiftStudyDayKey("2026-12-31", 1)).toBe("2027-01-01");
    expect(shiftStudyDayKey("2026-03-01", -1)).toBe("2026-02-28");
    expect(studyDaysBetween("2026-12-30", "2027-01-02")).toBe(3);
    expect(studyDaysBetween("2026-03-09", "2026-03-07")).toBe(-2);
  });
});

describe("studyDayStart and endOfStudyDay across DST", () => {
  it("New York spring forward: a 23-hour study day", () => {
    const now = at("2026-03-08T06:30:00Z");
    expect(studyDayStart(now, "America/New_York").toISOString()).toBe("2026-03-07T09:00:00.000Z"); // 04:00 EST
    expect(endOfStudyDay(now, "America/New_York").toISOString()).toBe("2026-03-08T08:00:00.000Z"); // 04:00 EDT
    expect(hours(studyDayStart(now, "America/New_York"), endOfStudyDay(now, "America/New_York"))).toBe(23);
  });
  it("New York fall back: a 25-hour study day", () => {
    const now = at("2026-11-01T08:30:00Z"); // 03:30 EST, after the clocks went back
    expect(studyDayKey(now, "America/New_York")).toBe("2026-10-31");
    expect(hours(studyDayStart(now, "America/New_York"), endOfStudyDay(now, "America/New_York"))).toBe(25);
    expect(endOfStudyDay(now, "America/New_York").toISOString()).toBe("2026-11-01T09:00:00.000Z");
  });
  it("Auckland, southern hemisphere: 25 hours in April, 23 in September", () => {
    const april = at("2026-04-04T15:30:00Z"); // 03:30 NZST on 5 April, after the change
    expect(studyDayKey(april, "Pacific/Auckland")).toBe("2026-04-04");
    expect(studyDayStart(april, "Pacific/Auckland").toISOString()).toBe("2026-04-03T15:00:00.000Z");
    expect(hours(studyDayStart(april, "Pacific/Auckland"), endOfStudyDay(april, "Pacific/Auckland"))).toBe(25);
    const september = at("2026-09-26T12:00:00Z"); // 00:00 NZST on 27 September, before 02:00 becomes 03:00
    expect(hours(studyDayStart(september, "Pacific/Auckland"), endOfStudyDay(september, "Pacific/Auckland"))).toBe(23);
  });
  it("Ho Chi Minh City has no DST: always 24 hours, starting 21:00 UTC", () => {
    for (const iso of ["2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z", "2026-11-22T20:59:59Z"]) {
      const now = at(iso);
      expect(studyDayStart(now, "Asia/Ho_Chi_Minh").getUTCHours()).toBe(21);
      expect(hours(studyDayStart(now, "Asia/Ho_Chi_Minh"), endOfStudyDay(now, "Asia/Ho_Chi_Minh"))).toBe(24);
    }
  });
  it("a study day contains its start and not its end", () => {
    for (const zone of ["America/New_York", "Pacific/Auckland", "Asia/Kolkata", "Australia/Lord_Howe"]) {
      for (let day = 0; day < 366; day += 7) {
        const now = new Date(Date.UTC(2026, 0, 1, 13) + day * 86_400_000);
        const start = studyDayStart(now, zone);
        const end = endOfStudyDay(now, zone);
        expect(start.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(end.getTime()).toBeGreaterThan(now.getTime());
        expect(studyDayKey(start, zone)).toBe(studyDayKey(now, zone));
        expect(studyDayKey(new Date(end.getTime() - 1), zone)).toBe(studyDayKey(now, zone));
        expect(studyDaysBetween(studyDayKey(now, zone), studyDayKey(end, zone))).toBe(1);
      }
    }
  });
  it("startOfStudyDayKey is 4 a.m. local", () => {
    expect(startOfStudyDayKey("2026-11-22", "Asia/Ho_Chi_Minh").toISOString()).toBe("2026-11-21T21:00:00.000Z");
    expect(startOfStudyDayKey("2026-07-01", "America/New_York").toISOString()).toBe("2026-07-01T08:00:00.000Z");
  });
});

describe("time zones", () => {
  it("reports offsets in minutes east of UTC", () => {
    expect(timeZoneOffsetMinutes(at("2026-03-08T06:30:00Z"), "America/New_York")).toBe(-300);
    expect(timeZoneOffsetMinutes(at("2026-03-08T08:30:00Z"), "America/New_York")).toBe(-240);
    expect(timeZoneOffsetMinutes(at("2026-03-08T06:30:00Z"), "Asia/Kolkata")).toBe(330);
    expect(timeZoneOffsetMinutes(at("2026-03-08T06:30:00Z"), "Pacific/Auckland")).toBe(780);
  });
  it.each(["Mars/Olympus_Mons", "", "EST5EDT6"])("rejects %j with a clear error", (zone) => {
    expect(() => assertTimeZone(zone)).toThrow(InvalidTimeZoneError);
    expect(() => studyDayKey(at("2026-03-08T06:30:00Z"), zone)).toThrow(/IANA name/);
  });
});
