import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_BATCHES, CHECK_BATCHES, FIT_BATCHES } from "@/scripts/lib/gold-samples";

describe("the build/check split of the blind batches", () => {
  it("puts no batch on both sides", () => {
    expect(BUILD_BATCHES.filter((b) => CHECK_BATCHES.includes(b))).toEqual([]);
  });

  it("names only gold folders that exist, each listing its sets", () => {
    for (const b of [...BUILD_BATCHES, ...CHECK_BATCHES]) expect(fs.existsSync(path.join("tests/fixtures/gold", b, "index.ts")), b).toBe(true);
  });

  it("leaves no blind batch of the repository on neither side once its first run is recorded", () => {
    const recorded = fs
      .readdirSync("tests/fixtures/gold")
      .filter((d) => d.startsWith("blind-2026-11") && fs.readdirSync(path.join("tests/fixtures/gold", d)).some((f) => /^(frozen|session-start|first-run)-/.test(f)));
    expect(recorded.filter((b) => !BUILD_BATCHES.includes(b) && !CHECK_BATCHES.includes(b))).toEqual([]);
  });

  it("fits the worth model on batches of the split only", () => {
    expect(FIT_BATCHES.filter((b) => !BUILD_BATCHES.includes(b) && !CHECK_BATCHES.includes(b))).toEqual([]);
  });
});
