import { describe, expect, it } from "vitest";
import { SPEECH_AFTER, SPEECH_QUESTION, SPEECH_VERBS, STEM_SPEECH } from "@/lib/generate/speech-verbs";

describe("speech verbs: one list, read in the form each rule needs", () => {
  it("every verb of the list reaches all three forms", () => {
    for (const verb of SPEECH_VERBS) {
      expect(SPEECH_QUESTION.test(`Which harbour engineer ${verb} the quay would flood?`)).toBe(true);
      expect(STEM_SPEECH.test(`The harbour engineer _____ ${verb} the quay would flood.`)).toBe(true);
      expect(SPEECH_AFTER.test(`, a harbour engineer, ${verb} the quay would flood.`)).toBe(true);
    }
  });

  it("a scorer's 'added' is no speech after a name, and a view verb is", () => {
    expect(SPEECH_AFTER.test(" added a second goal before the break.")).toBe(false);
    expect(SPEECH_AFTER.test(" added that the quay would flood.")).toBe(true);
    expect(SPEECH_AFTER.test(" estimated the repairs at two months.")).toBe(true);
  });

  it("near misses: a question or a stem without a speech verb", () => {
    expect(SPEECH_QUESTION.test("Which harbour engineer rebuilt the quay?")).toBe(false);
    expect(STEM_SPEECH.test("The harbour engineer _____ rebuilt the quay in May.")).toBe(false);
    expect(SPEECH_AFTER.test(" rebuilt the quay in May.")).toBe(false);
  });
});
