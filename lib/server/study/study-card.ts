import "server-only";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { isOwnCardsArticle } from "@/lib/own-cards/own-store";

/** A card as the learner sees it before answering: never the answer, accepted forms or source sentence. */
export interface StudyCard {
  itemId: string;
  cardVersion: number;
  type: string;
  kind: string;
  prompt: string;
  choices: string[];
  articleTitle: string;
  isNew: boolean;
  /** one of the learner's own cards: no source to link to, and nobody to flag it to (they edit it instead) */
  own: boolean;
}

export const STUDY_ITEM_SELECT = {
  id: true,
  type: true,
  kind: true,
  prompt: true,
  answer: true,
  choices: true,
  article: { select: { title: true, slug: true, handWritten: true } },
} as const;

export interface StudyItemRow {
  id: string;
  type: string;
  kind: string;
  prompt: string;
  answer: string;
  choices: string;
  article: { title: string; slug: string; handWritten: boolean };
}

/**
 * Builds the question from an item row and, when studying a deck, the deck's edits of it (its
 * DeckItem's overrides JSON; null in free study). The answer is read here only to apply edits and is dropped.
 */
export function toStudyCard(
  row: StudyItemRow,
  cardVersion: number,
  isNew: boolean,
  deckOverrides: string | null = null,
  random: () => number = Math.random,
): StudyCard {
  const shown = applyItemOverrides(row, deckOverrides);
  const choices = JSON.parse(shown.choices) as string[];
  return {
    itemId: row.id,
    cardVersion,
    type: shown.type,
    kind: shown.kind,
    prompt: shown.prompt,
    // A multiple choice in a new order at every showing, so the answer is recalled, not its place (as Anki and
    // Quizlet do); True before False always, as anyone expects them.
    choices: shown.type === "choice" ? shuffled(choices, random) : shown.type === "truefalse" ? choices : [],
    // The title is shown above the prompt: one that states the answer would hand it over before the learner answers.
    articleTitle: shown.type !== "truefalse" && statesWord(row.article.title, shown.answer) ? "" : row.article.title,
    isNew,
    own: isOwnCardsArticle(row.article),
  };
}

/** Whether `text` has `answer` as whole words, whatever the case: "in Vietnam" has "Vietnam", not "Viet". */
function statesWord(text: string, answer: string): boolean {
  const a = answer.trim().toLowerCase();
  if (!a) return false;
  const t = text.toLowerCase();
  for (let at = t.indexOf(a); at >= 0; at = t.indexOf(a, at + 1)) {
    const before = t.slice(0, at);
    const after = t.slice(at + a.length);
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** A Fisher–Yates shuffle into a new array. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
