"use server";

import { DeckFilterSchema } from "@/lib/classes/deck-filter";
import { CloseFlagSchema } from "@/lib/flags/flag-rules";
import { authorized } from "@/lib/server/action";
import { deleteDeck, renameDeck, RenameDeckSchema } from "@/lib/server/deck-admin";
import { importDeckFromCsv, ImportDeckCsvSchema } from "@/lib/server/deck-csv";
import { addHandWrittenItem, AddHandWrittenItemSchema } from "@/lib/server/hand-written-items";
import { closeFlag } from "@/lib/server/item-flags";
import { addArticleMoreQuestions, AddArticleMoreQuestionsSchema, addMoreQuestion, AddMoreQuestionSchema } from "@/lib/server/more-questions";
import {
  createDeck,
  CreateDeckSchema,
  DeckIdSchema,
  DeckItemRefSchema,
  previewDeckItems,
  publishDeck,
  removeDeckItem,
  RemovedDeckItemSchema,
  restoreDeckItem,
  SetItemSuspendedSchema,
  setDeckItemSuspended,
  updateDeckItem,
  UpdateDeckItemSchema,
} from "@/lib/server/decks";

export const previewDeckItemsAction = authorized("deck:manage", DeckFilterSchema, (filter, user) => previewDeckItems(user.id, filter));

export const createDeckAction = authorized("deck:manage", CreateDeckSchema, (input, user) => createDeck(user.id, input));

export const updateDeckItemAction = authorized("deck:manage", UpdateDeckItemSchema, (input, user) => updateDeckItem(user.id, input));

export const setDeckItemSuspendedAction = authorized("deck:manage", SetItemSuspendedSchema, (input, user) => setDeckItemSuspended(user.id, input));

export const removeDeckItemAction = authorized("deck:manage", DeckItemRefSchema, (input, user) => removeDeckItem(user.id, input));

export const restoreDeckItemAction = authorized("deck:manage", RemovedDeckItemSchema, (input, user) => restoreDeckItem(user.id, input));

export const addMoreQuestionAction = authorized("deck:manage", AddMoreQuestionSchema, (input, user) => addMoreQuestion(user.id, input));

export const addArticleMoreQuestionsAction = authorized("deck:manage", AddArticleMoreQuestionsSchema, (input, user) => addArticleMoreQuestions(user.id, input));

export const publishDeckAction = authorized("deck:manage", DeckIdSchema, ({ deckId }, user) => publishDeck(user.id, deckId, new Date()));

export const renameDeckAction = authorized("deck:manage", RenameDeckSchema, (input, user) => renameDeck(user.id, input));

export const deleteDeckAction = authorized("deck:manage", DeckIdSchema, ({ deckId }, user) => deleteDeck(user.id, deckId));

export const addHandWrittenItemAction = authorized("deck:manage", AddHandWrittenItemSchema, (input, user) => addHandWrittenItem(user.id, input));

export const importDeckCsvAction = authorized("deck:manage", ImportDeckCsvSchema, (input, user) => importDeckFromCsv(user.id, input));
export const closeFlagAction = authorized("deck:manage", CloseFlagSchema, (input, user) => closeFlag(user.id, input, new Date()));
