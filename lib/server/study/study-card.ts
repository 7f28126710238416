import "server-only";
import { applyItemOverrides } from "@/lib/classes/item-overrides";

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
}

export const STUDY_ITEM_SELECT = {
  id: true,
  type: true,
  kind: true,
  prompt: true,
  answer: true,
  choices: true,
  article: { select: { title: true } },
} as const;

export interface StudyItemRow {
  id: string;
  type: string;
  kind: string;
  prompt: string;
  answer: string;
  choices: string;
  article: { title: string };
}

/**
 * Builds the question from an item row and, when studying a deck, the deck's edits of it (its
 * DeckItem's overrides JSON; null in free study). The answer is read here only to apply edits and is dropped.
 */
export function toStudyCard(row: StudyItemRow, cardVersion: number, isNew: boolean, deckOverrides: string | null = null): StudyCard {
  const shown = applyItemOverrides(row, deckOverrides);
  const hasChoices = shown.type === "choice" || shown.type === "truefalse";
  return {
    itemId: row.id,
    cardVersion,
    type: shown.type,
    kind: shown.kind,
    prompt: shown.prompt,
    choices: hasChoices ? (JSON.parse(shown.choices) as string[]) : [],
    articleTitle: row.article.title,
    isNew,
  };
}
