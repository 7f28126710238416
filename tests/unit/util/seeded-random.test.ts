import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { shuffleWithKey } from "@/lib/generate/hash-key";
import { createPrng } from "@/lib/util/seeded-random";

// The generator borrowed the scheduler's PRNG (lib/generate imported lib/srs); both now share lib/util's. The
// draws must not change with the move: every item key's option order and every simulation depend on them.
describe("the shared seeded PRNG", () => {
  it("draws the same mulberry32 sequence as before the move", () => {
    const next = createPrng(42);
    expect([next(), next(), next()].map((x) => x.toFixed(10))).toEqual(["0.6011037519", "0.4482905590", "0.8524657935"]);
  });

  it("shuffles a key's options as before", () => {
    expect(shuffleWithKey(["a", "b", "c", "d"], "options")).toEqual(["b", "c", "a", "d"]);
  });

  it("lib/generate imports nothing from lib/srs", () => {
    const dir = path.join(process.cwd(), "lib/generate");
    const importers = fs.readdirSync(dir).filter((f) => /from "(?:\.\.\/srs|@\/lib\/srs)\//.test(fs.readFileSync(path.join(dir, f), "utf8")));
    expect(importers).toEqual([]);
  });
});
