// The query string of a study address and of the cards route (they read the same parameters): built in one place so
// the study page's links, its prefetch and the offline refill ask for the same session. Only pure imports: the study
// page's client code builds its addresses from this.
import { customStudyParams, type CustomStudy } from "@/lib/srs/custom-study-params";

/** The study address's parameter (and the cards route's) that includes the more questions: `?questions=all`. */
export const MORE_QUESTIONS_PARAM = "questions";
export const MORE_QUESTIONS_VALUE = "all";

export interface StudyQuery {
  /** how many cards the cards route returns */
  limit?: number;
  deckId?: string | null;
  /** study more: cards not yet due */
  more?: boolean;
  /** free study with the more questions included (a deck offers all its items, so it is left out with one) */
  allQuestions?: boolean;
  custom?: CustomStudy | null;
}

/**
 * The parameters of a study session, in a fixed order (limit, deck, the custom session's, more, questions); a default
 * (no limit, no deck, not more, core questions only, no custom session) is left out.
 */
export function studyQueryParams(query: StudyQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.limit !== undefined) params.set("limit", String(query.limit));
  if (query.deckId) params.set("deck", query.deckId);
  for (const [name, value] of customStudyParams(query.custom ?? null)) params.set(name, value);
  if (query.more) params.set("more", "1");
  if (query.allQuestions && !query.deckId) params.set(MORE_QUESTIONS_PARAM, MORE_QUESTIONS_VALUE);
  return params;
}

/** The study page's address of a session: `/study` alone when every parameter is a default. */
export function studyAddress(query: Omit<StudyQuery, "limit">): string {
  const search = studyQueryParams(query).toString();
  return search ? `/study?${search}` : "/study";
}
