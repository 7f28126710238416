import { describe, expect, it } from "vitest";
import { CORE_FROM } from "@/lib/generate/item-tier";
import { freeStudyAddress, includesMoreQuestions, offeredInFreeStudy } from "@/lib/study/free-study-questions";

describe("offeredInFreeStudy", () => {
  it("offers a core item, from CORE_FROM up, by default", () => {
    expect(offeredInFreeStudy({ worth: CORE_FROM, studied: false }, false)).toBe(true);
    expect(offeredInFreeStudy({ worth: 1, studied: false }, false)).toBe(true);
  });

  it("leaves a new more question (worth below CORE_FROM) out by default", () => {
    expect(offeredInFreeStudy({ worth: CORE_FROM - 0.01, studied: false }, false)).toBe(false);
    expect(offeredInFreeStudy({ worth: 0.2, studied: false }, false)).toBe(false);
  });

  it("offers a more question when the learner includes them", () => {
    expect(offeredInFreeStudy({ worth: 0.2, studied: false }, true)).toBe(true);
  });

  it("keeps a more question the learner has studied: its reviews stay due whatever its tier (never drop their progress)", () => {
    expect(offeredInFreeStudy({ worth: 0.2, studied: true }, false)).toBe(true);
  });
});

describe("includesMoreQuestions", () => {
  it("is on only for ?questions=all", () => {
    expect(includesMoreQuestions("all")).toBe(true);
    for (const value of [null, undefined, "", "1", "core", "ALL"]) expect(includesMoreQuestions(value)).toBe(false);
  });
});

describe("freeStudyAddress", () => {
  it("adds or drops the parameter and keeps the session's others", () => {
    expect(freeStudyAddress({ more: false, custom: null }, false)).toBe("/study");
    expect(freeStudyAddress({ more: false, custom: null }, true)).toBe("/study?questions=all");
    expect(freeStudyAddress({ more: true, custom: null }, true)).toBe("/study?more=1&questions=all");
    expect(freeStudyAddress({ more: false, custom: { focus: "kind", kind: "date" } }, true)).toBe("/study?focus=kind&kind=date&questions=all");
    expect(freeStudyAddress({ more: false, custom: { focus: "kind", kind: "date" } }, false)).toBe("/study?focus=kind&kind=date");
  });
});
