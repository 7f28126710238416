// What a study page opened offline studies. The service worker answers every /study address with its last copy
// of the study page (whatever deck or custom session that copy was rendered for), so the address itself says
// which deck and which custom session the learner asked for, and the device's cards are chosen by it.
import type { StudyCard } from "@/components/study/study-api";
import { studyQueryParams } from "@/lib/study/study-query";

export interface OfflineScope {
  deckId: string | null;
  /** custom study of one kind of fact: the kept cards of that kind */
  kind: string | null;
  /** a custom session the device cannot choose the cards of: it knows neither past misses nor due dates */
  needsConnection: "misses" | "ahead" | null;
}

export const CUSTOM_NEEDS_CONNECTION: Record<"misses" | "ahead", string> = {
  misses: "Studying recent misses needs a connection (the device does not keep your answer history): these are the cards kept for studying offline.",
  ahead: "Studying ahead needs a connection (the device does not keep due dates): these are the cards kept for studying offline.",
};

/** The scope a /study address asks for (its query string, as location.search gives it). */
export function offlineScopeFromSearch(search: string): OfflineScope {
  const params = new URLSearchParams(search);
  const focus = params.get("focus");
  return {
    deckId: params.get("deck") || null,
    kind: focus === "kind" ? params.get("kind") || null : null,
    needsConnection: focus === "misses" || focus === "ahead" ? focus : null,
  };
}

/** The kept cards that belong to the scope, in the order kept. */
export function cardsInOfflineScope(cards: StudyCard[], scope: Pick<OfflineScope, "kind">): StudyCard[] {
  return scope.kind === null ? cards : cards.filter((card) => card.kind === scope.kind);
}

/** How many cards each refill of the device's store asks for. */
export const OFFLINE_REFILL_LIMIT = 50;

/**
 * The cards route's parameters for refilling the device's store of a study page: its deck, and in free study the
 * learner's choice of questions, so the cards kept for days offline are the ones the session offered.
 */
export function offlineRefillParams(scope: { deckId: string | null; allQuestions: boolean }): URLSearchParams {
  return studyQueryParams({ limit: OFFLINE_REFILL_LIMIT, deckId: scope.deckId, allQuestions: scope.allQuestions });
}
