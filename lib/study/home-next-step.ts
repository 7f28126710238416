// What the home page offers next. The daily new-card limit can be used up while an assigned deck still needs new cards
// today to finish by its due date (its pace goes past the limit): then the learner is not "all caught up".

export interface HomeCounts {
  dueNow: number;
  newAvailable: number;
}

export interface AssignedPace {
  deckId: string;
  deckTitle: string;
  /** new cards this deck needs today to finish on time; 0 once today's share is done or without a due date */
  newToday: number;
}

export type HomeNextStep =
  | { kind: "study"; count: number }
  | { kind: "assigned"; deckId: string; deckTitle: string; newToday: number }
  | { kind: "caught-up" };

export function homeNextStep(counts: HomeCounts, assigned: readonly AssignedPace[]): HomeNextStep {
  const count = counts.dueNow + counts.newAvailable;
  if (count > 0) return { kind: "study", count };
  const behind = assigned.filter((d) => d.newToday > 0).sort((a, b) => b.newToday - a.newToday)[0];
  return behind ? { kind: "assigned", deckId: behind.deckId, deckTitle: behind.deckTitle, newToday: behind.newToday } : { kind: "caught-up" };
}
