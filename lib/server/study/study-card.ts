import "server-only";
import { applyItemOverrides } from "@/lib/classes/item-overrides";
import { hasWholeWord } from "@/lib/generate/whole-word";
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
    articleTitle: shown.type !== "truefalse" && shown.answer.trim() !== "" && hasWholeWord(row.article.title, shown.answer.trim()) ? "" : row.article.title,
    isNew,
    own: isOwnCardsArticle(row.article),
  };
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
