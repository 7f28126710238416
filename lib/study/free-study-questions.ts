// Which generated items free study ("All content", no deck) offers. Core items by default: the "more questions" (a fact
// worth below CORE_FROM) are the ones strict readers mostly judge not worth learning, and a deck leaves them out too.
// The learner may include them. Only pure imports: the study page's client code builds its links from this.
import { isCoreWorth } from "@/lib/generate/item-tier";
import type { CustomStudy } from "@/lib/srs/custom-study-params";
import { MORE_QUESTIONS_VALUE, studyAddress } from "./study-query";

export { MORE_QUESTIONS_PARAM, MORE_QUESTIONS_VALUE } from "./study-query";

/** Whether a study address (its parameter's value) asks for the more questions too. */
export function includesMoreQuestions(value: string | null | undefined): boolean {
  return value === MORE_QUESTIONS_VALUE;
}

export interface FreeStudyItem {
  /** the fact's worth (lib/generate/fact-worth.ts); hand-written items have 1 */
  worth: number;
  /** the learner has a card of it: they met it, and its reviews stay due whatever its tier */
  studied: boolean;
}

/**
 * Whether free study offers the item: a core one, one the learner has studied (never drop their progress), or any with
 * the more questions included. Its SQL twin (without the more questions) is the All content total of the progress
 * page, countAllContentItems in lib/server/progress.ts: a change here is made there too.
 */
export function offeredInFreeStudy(item: FreeStudyItem, includeMore: boolean): boolean {
  return includeMore || item.studied || isCoreWorth(item.worth);
}

/** The free study address of a session (study more, a custom session) with the more questions included or not. */
export function freeStudyAddress(session: { more: boolean; custom: CustomStudy | null }, includeMore: boolean): string {
  return studyAddress({ more: session.more, custom: session.custom, allQuestions: includeMore });
}
