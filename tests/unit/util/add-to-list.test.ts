import { describe, expect, it } from "vitest";
import { addToList } from "@/lib/util/add-to-list";

describe("addToList", () => {
  it("starts a list for a new key and appends in order to an existing one, leaving other keys alone", () => {
    const map = new Map<string, number[]>([["b", [9]]]);
    addToList(map, "a", 1);
    addToList(map, "a", 2);
    expect(map.get("a")).toEqual([1, 2]);
    expect(map.get("b")).toEqual([9]);
  });
});
