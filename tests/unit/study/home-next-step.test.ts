import { describe, expect, it } from "vitest";
import { homeNextStep } from "@/lib/study/home-next-step";

const deck = (deckId: string, newToday: number) => ({ deckId, deckTitle: `Deck ${deckId}`, newToday });

describe("homeNextStep", () => {
  it("offers the ordinary session while anything is due or new", () => {
    expect(homeNextStep({ dueNow: 3, newAvailable: 2 }, [deck("a", 9)])).toEqual({ kind: "study", count: 5 });
    expect(homeNextStep({ dueNow: 0, newAvailable: 1 }, [])).toEqual({ kind: "study", count: 1 });
  });

  it("is not caught up when the daily limit is used but an assigned deck needs new cards today", () => {
    expect(homeNextStep({ dueNow: 0, newAvailable: 0 }, [deck("a", 0), deck("b", 12), deck("c", 4)])).toEqual({
      kind: "assigned",
      deckId: "b",
      deckTitle: "Deck b",
      newToday: 12,
    });
  });

  it("is caught up when no deck needs anything today", () => {
    expect(homeNextStep({ dueNow: 0, newAvailable: 0 }, [deck("a", 0)])).toEqual({ kind: "caught-up" });
    expect(homeNextStep({ dueNow: 0, newAvailable: 0 }, [])).toEqual({ kind: "caught-up" });
  });
});
