import { describe, expect, it } from "vitest";
import { planItemSync } from "@/lib/import/plan-item-sync";

const stored = (key: string, status = "active") => ({ id: `id-${key}`, key, articleId: "a1", status });

describe("planItemSync", () => {
  it("keeps the id of an item whose key is unchanged, so progress survives a re-import", () => {
    const plan = planItemSync([stored("k1")], [{ key: "k1" }]);
    expect(plan).toEqual({ create: [], update: [{ id: "id-k1", item: { key: "k1" }, reactivate: false }], retire: [] });
  });

  it("creates new keys and retires vanished ones instead of deleting them", () => {
    const plan = planItemSync([stored("old")], [{ key: "new" }]);
    expect(plan.create).toEqual([{ key: "new" }]);
    expect(plan.retire).toEqual(["id-old"]);
  });

  it("brings back a retired item when its sentence returns", () => {
    expect(planItemSync([stored("k1", "retired")], [{ key: "k1" }]).update[0]?.reactivate).toBe(true);
  });

  it("leaves a suspended item suspended and does not retire an item twice", () => {
    const plan = planItemSync([stored("s", "suspended"), stored("r", "retired")], [{ key: "s" }]);
    expect(plan.update).toEqual([{ id: "id-s", item: { key: "s" }, reactivate: false }]);
    expect(plan.retire).toEqual([]);
  });

  it("ignores a duplicated generated key", () => {
    expect(planItemSync([], [{ key: "d" }, { key: "d" }]).create).toHaveLength(1);
  });
});
