import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLock } from "@/lib/server/sqlite-adapter";

// The turns on SQLite's one in-process connection (lib/server/sqlite-adapter.ts): first come, first served, and a
// waiter gives up after its bound without taking the turns after it down with it.
describe("the SQLite connection's turn lock", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("serves waiters in order, gives up on one that waited past its bound as busy, and passes its place on", async () => {
    const acquire = createLock();
    const order: string[] = [];
    const first = await acquire(1000);
    const patient = acquire(10_000).then((release) => (order.push("patient"), release));
    const hasty = acquire(500).then(
      (release) => (order.push("hasty"), release),
      (error: unknown) => (order.push("hasty gave up"), error),
    );
    const last = acquire(10_000).then((release) => (order.push("last"), release));

    await vi.advanceTimersByTimeAsync(499);
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(order).toEqual(["hasty gave up"]);
    // the driver's "busy" (SQLITE_BUSY) error, which the routes answer with a 503 to retry
    expect(await hasty).toMatchObject({ name: "DriverAdapterError", cause: { kind: "SocketTimeout" } });

    first();
    first(); // a second release of one turn changes nothing
    (await patient)();
    (await last)();
    expect(order).toEqual(["hasty gave up", "patient", "last"]);
    // free again: the next turn comes at once
    const next = await acquire(0);
    next();
  });

  it("lets a waiter whose turn comes within its bound keep it for as long as it needs", async () => {
    const acquire = createLock();
    const first = await acquire(1000);
    const second = acquire(1000);
    await vi.advanceTimersByTimeAsync(999);
    first();
    const release = await second;
    let thirdServed = false;
    const third = acquire(60_000).then((r) => ((thirdServed = true), r));
    await vi.advanceTimersByTimeAsync(5000);
    expect(thirdServed).toBe(false);
    release();
    (await third)();
    expect(thirdServed).toBe(true);
  });
});
